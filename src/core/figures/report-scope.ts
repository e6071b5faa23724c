// "Human Rights Watch said in a report ... . Its researchers found 40 civilians were killed": a report's findings go on
// past the sentence that names it, until another source or the paper's own voice takes over.
import { sentenceAt, type ArticleDocument } from '../document';
import { DEED_CUES } from '../lexicon/casualty-words';
import { accordingTo } from '../sources/according-to';
import { isCitable } from '../sources/citable';
import type { Attribution } from '../types';
import { speakerName } from './background';
import type { FigureSourceRule } from './rule';

/** How many sentences back a report's findings still reach. */
const REACH = 2;
/**
 * Openers that carry a report on into a new paragraph ("Its researchers found", "The report also"): a paragraph that
 * starts otherwise is the paper's own.
 */
const CARRY_ON = /^(its|it|the report|the study|the statement|the survey|the data|they|these|those|researchers)\b/i;

/** Words that make a statement a report whose findings can go on: "said in a report", "according to data". */
const REPORT_WORDS =
  /\b(report|reports|statement|study|survey|data|findings|figures|tally|count|records|investigation|announcement|documented|compiled)\b/i;

/** The named speaker of each sentence that has one (its last report), worked out once per extraction. */
interface Speaker {
  name: string;
  /** The sentence names a report, a statement or data, not only a speaker. */
  report: boolean;
}

const speakersBySentence = new WeakMap<Attribution[], Map<number, Speaker>>();

function sentenceSpeakers(doc: ArticleDocument, attributions: Attribution[]): Map<number, Speaker> {
  let known = speakersBySentence.get(attributions);
  if (known) return known;
  known = new Map();
  for (const a of attributions) {
    const name = speakerName(doc, a.source);
    if (!name || DEED_CUES.has(a.cue.toLowerCase())) continue;
    const k = sentenceAt(doc, a.cueStart);
    const sentence = doc.sentences[k];
    if (sentence) known.set(k, { name, report: REPORT_WORDS.test(doc.text.slice(sentence.start, sentence.end)) });
  }
  speakersBySentence.set(attributions, known);
  return known;
}

export const reportScope: FigureSourceRule = {
  id: 'report-scope',
  why: 'A figure in the sentences that carry on a named report or statement is its author’s, until another voice speaks.',
  examples: [
    {
      input:
        'The Harbour Trust said in a report on Monday that the port had been shelled for a week. ' +
        'Its researchers found 40 dockers were killed.',
      figures: [{ value: 40, source: 'The Harbour Trust' }],
    },
    {
      input: 'The Harbour Trust said in a report that the port was shelled.\n\nAt least 40 dockers were killed in May.',
      figures: [{ value: 40, source: null }],
    },
    {
      input:
        'According to figures from the Dock Union, 12 cranes were burned. There were also 9 raids. ' +
        'Four of these dockers were wounded.',
      figures: [{ value: 4, source: 'Dock Union' }],
    },
    {
      input: 'The mayor said the port was shelled. At least 40 dockers were killed in May.',
      figures: [{ value: 40, source: null }],
    },
  ],
  source: ({ doc, sentence, attributions }) => {
    const speakers = sentenceSpeakers(doc, attributions);
    // another voice in the figure's own sentence takes over: the rules before this one have said what it holds
    if (speakers.has(sentence)) return undefined;
    const paragraph = doc.sentences[sentence]!.paragraph;
    const carriesOn = (k: number): boolean =>
      CARRY_ON.test(doc.text.slice(doc.sentences[k]!.start, doc.sentences[k]!.start + 20));
    for (let k = sentence - 1; k >= Math.max(0, sentence - REACH); k--) {
      const earlier = doc.sentences[k]!;
      const cited = accordingTo(doc, earlier.firstToken, earlier.endToken)?.name;
      // "according to data compiled by X" cites a report as much as "X said in a report" does
      const speaker = speakers.get(k) ?? (cited && isCitable(doc, cited) ? { name: cited, report: true } : undefined);
      // a new paragraph is the paper's own unless it opens by carrying the report on
      if (earlier.paragraph !== paragraph && (!carriesOn(k + 1) || doc.sentences[k + 1]!.paragraph !== paragraph))
        return undefined;
      // a speaker's own words end with their sentence unless a report, or the figure's sentence, carries them on
      if (speaker) return speaker.report || carriesOn(sentence) ? speaker.name : undefined;
    }
    return undefined;
  },
};
