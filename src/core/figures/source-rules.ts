// Who stands behind a figure, rule by rule, in the order they run (FIGURE_SOURCE_RULES in index.ts).
import { DEED_CUES } from '../lexicon/casualty-words';
import { accordingTo } from '../sources/according-to';
import { isCitable } from '../sources/citable';
import { word } from '../tokens';
import { isBackground, speakerName } from './background';
import type { FigureSourceRule } from './rule';

export const pairedToll: FigureSourceRule = {
  id: 'paired-toll',
  why: 'The second toll of a pair ("left one dead and dozens injured") is told by whoever tells the first.',
  examples: [
    {
      input: 'The blast left two people dead and dozens injured, the fire brigade said.',
      figures: [{ value: 2 }, { value: null }],
    },
  ],
  source: ({ doc, match, earlier }) => {
    const previous = earlier[earlier.length - 1];
    const adjacent =
      previous && match.first === previous.match.end + 1 && word(doc.tokens[previous.match.end]) === 'and';
    return adjacent ? previous.source : undefined;
  },
};

export const heldByAttribution: FigureSourceRule = {
  id: 'held-by-attribution',
  why: 'A figure inside what someone is reported to have said is theirs ("Dana Howell said 7 workers were injured").',
  examples: [
    { input: 'Inspector Dana Howell said 7 workers were injured.', figures: [{ value: 7, source: 'Dana Howell' }] },
    {
      input: 'The junta responded to the march by killing at least 30 people and wounding 200.',
      figures: [{ source: null }, { source: null }],
    },
  ],
  source: ({ doc, match, start, end, attributions }) => {
    // the innermost report that names someone who can stand behind it ("Roundup: X say ..." is X's); a deed
    // ("responded by killing") names the doer, not a reporter
    const holding = attributions
      .filter(
        (a) =>
          a.contentStart <= start &&
          end <= a.contentEnd &&
          speakerName(doc, a.source) &&
          !DEED_CUES.has(a.cue.toLowerCase()),
      )
      .sort((a, b) => a.contentEnd - a.contentStart - (b.contentEnd - b.contentStart))[0];
    if (!holding || isBackground(doc.tokens, match.first, holding.contentStart)) return undefined;
    return speakerName(doc, holding.source) ?? undefined;
  },
};

export const quotedSpeaker: FigureSourceRule = {
  id: 'quoted-speaker',
  why: 'A figure inside a quotation belongs to whoever the quotation is attributed to, background clause or not.',
  examples: [
    {
      input: '"It is a campaign of terror that has seen 12 fishermen killed," the harbour master, Ivo Brandt, said.',
      figures: [{ value: 12, source: 'Ivo Brandt' }],
    },
  ],
  source: ({ doc, start, end, attributions }) => {
    const quote = doc.quotations.find((q) => q.innerStart <= start && end <= q.innerEnd);
    if (!quote) return undefined;
    const speaker = attributions.find(
      (a) => a.contentStart < quote.end && quote.start < a.contentEnd && speakerName(doc, a.source),
    );
    return (speaker && speakerName(doc, speaker.source)) ?? undefined;
  },
};

export const accordingToSource: FigureSourceRule = {
  id: 'according-to',
  why: '"According to X" in the figure’s sentence names X as its source.',
  examples: [
    {
      input: 'At least 15 people were killed, according to the regional health ministry.',
      figures: [{ source: 'regional health ministry' }],
    },
  ],
  source: ({ doc, sentence }) => {
    const s = doc.sentences[sentence]!;
    const name = accordingTo(doc, s.firstToken, s.endToken)?.name;
    return name && isCitable(doc, name) ? name : undefined;
  },
};

export const backgroundClause: FigureSourceRule = {
  id: 'background-clause',
  why: 'A figure in an "after ..." or relative clause recalls an event: the sentence’s speaker speaks of something else.',
  examples: [
    {
      input: 'After five officers were killed in Dallas, the police department tweeted a photo of a suspect.',
      figures: [{ value: 5, source: null }],
    },
  ],
  source: ({ doc, match, sentence }) =>
    isBackground(doc.tokens, match.first, doc.sentences[sentence]!.start) ? null : undefined,
};

export const leadsIntoReport: FigureSourceRule = {
  id: 'leads-into-report',
  why: 'A figure leading into a report in its own sentence ("Besides two deaths, the office said ...") is the reporter’s.',
  examples: [
    {
      input: 'Besides the two deaths at the mine, the labour office said another 14 miners were hurt.',
      figures: [
        { value: 2, source: 'the labour office' },
        { value: 14, source: 'the labour office' },
      ],
    },
    // a relative clause's report opens at its pronoun, before the speaker, and still follows the figure
    {
      input: 'Two guards died in a clash that prison officials claimed was an escape attempt.',
      figures: [{ value: 2, source: 'prison officials' }],
    },
    // the next sentence is no lead, though the parse missed the stop inside the quotes
    {
      input: 'Of these, dozens have been “disappeared.” The Harbor Ombudsman had reported 40 missing people by May.',
      figures: [
        { value: null, source: null },
        { value: 40, source: 'The Harbor Ombudsman' },
      ],
    },
  ],
  source: ({ doc, end, sentence, attributions }) => {
    const s = doc.sentences[sentence]!;
    // "X were hurt, and rescuers said ...": a clause of its own, not a lead into the report
    // (nor is the next sentence, where the parse missed a stop inside quotes: 'have been "disappeared." The office')
    const ownClause = (sourceStart: number): boolean =>
      /,\s*(and|but|while)\s/i.test(doc.text.slice(end, sourceStart + 1)) ||
      /[.!?]["”’)]*\s+\p{Lu}/u.test(doc.text.slice(end, sourceStart + 1));
    const reporting = attributions.find(
      (a) =>
        a.source &&
        a.sourceStart !== null &&
        end <= a.sourceStart &&
        a.sourceStart >= s.start &&
        // what was said follows the figure ("that officials claimed was ..." opens before its speaker)
        a.contentStart >= end &&
        a.contentEnd <= s.end &&
        !ownClause(a.sourceStart),
    );
    return (reporting && speakerName(doc, reporting.source)) ?? undefined;
  },
};
