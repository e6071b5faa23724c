// Which of the tagger's finds to show. The tagger decodes leaning towards tagging (tagger.ts, RECALL_BIAS): it then
// reaches more of the attitudes and cues the rules miss, and more fragments and misread sentences too. A logistic
// regression (classifier.ts, weights in keep-filter.json written by test/tools/train-keep-filter.ts from the
// tagger's finds on PolNeAR train) reads what a find looks like (its cue, the shape and first word of its content,
// where the content and the speaker lie, what the speaker's head is) and keeps those likely to be an attribution.
import type { ArticleDocument, Token } from '../document';
import { CUE_WORDS } from '../lexicon/cues';
import { bucket, coarse } from './features';
import stored from './keep-filter.json' with { type: 'json' };
import { Classifier, type StoredClassifier } from './classifier';

/** A find as the filter reads it: token ranges [first, end) of its cue, content and speaker. */
export interface LearnedFind {
  cueFirst: number;
  cueEnd: number;
  contentFirst: number;
  contentEnd: number;
  speaker: { first: number; end: number };
  /** Whether the tagger tagged the speaker (else the rules found it by structure). */
  speakerTagged: boolean;
}

/**
 * The probability under which a find is dropped. On PolNeAR dev and on 150 train articles held out from the
 * filter's training, thresholds from 0.25 to 0.35 score alike (content_F1 within 0.002, e2e_F1 within 0.003); 0.3
 * keeps more of the attitudes outside the cue lexicon ("has long opposed"), which the tagger is there to find.
 */
export const KEEP_THRESHOLD = 0.3;

const QUOTE = /["“”„«»]/;

export function findFeatures(doc: ArticleDocument, find: LearnedFind): string[] {
  const { tokens } = doc;
  const cue = tokens.slice(find.cueFirst, find.cueEnd);
  const cueWords = cue.map((t) => t.normal).join(' ');
  const first = tokens[find.contentFirst]!;
  const last = tokens[find.contentEnd - 1]!;
  const after = find.contentFirst >= find.cueEnd;
  const gap = after ? find.contentFirst - find.cueEnd : find.cueFirst - find.contentEnd;
  const between = after ? tokens[find.cueEnd] : tokens[find.contentEnd];
  const head = tokens[find.speaker.end - 1]!;
  const speakerSide = find.speaker.end <= find.cueFirst ? 'left' : 'right';
  const quoted = tokens.slice(find.contentFirst, find.contentEnd).some((t: Token) => QUOTE.test(t.before + t.after));
  return [
    'bias',
    `cue=${cueWords}`,
    `cue-pos=${coarse(cue[0])}`,
    `cue-learned=${CUE_WORDS.has(cue[0]!.normal)}`,
    `cue-length=${bucket(cue.length)}`,
    `content-length=${bucket(find.contentEnd - find.contentFirst)}`,
    `content-first=${first.normal}`,
    `content-first-pos=${coarse(first)}`,
    `content-last=${last.normal}`,
    `content-quoted=${quoted}`,
    `content-after-cue=${after}`,
    `gap=${bucket(gap)}`,
    `between=${gap > 0 && between ? between.normal : '-'}`,
    `speaker-head=${head.normal}`,
    `speaker-head-pos=${coarse(head)}`,
    `speaker-length=${bucket(find.speaker.end - find.speaker.first)}`,
    `speaker-capitalized=${/^\p{Lu}/u.test(tokens[find.speaker.first]!.text)}`,
    `speaker-side=${speakerSide}`,
    `speaker-tagged=${find.speakerTagged}`,
    `cue|content-first=${cueWords}|${first.normal}`,
    `sides=${after}|${speakerSide}`,
    `before-content=${tokens[find.contentFirst - 1]?.after.trim() ?? ''}${first.before.trim()}`,
    `after-content=${last.after.trim().slice(0, 2)}`,
  ];
}

let model: Classifier | null = null;
const loaded = (): Classifier => (model ??= Classifier.load(stored as StoredClassifier));

/** Whether the tagger's find looks enough like an attribution to show. */
export const keepsFind = (doc: ArticleDocument, find: LearnedFind): boolean =>
  loaded().probability(findFeatures(doc, find)) >= KEEP_THRESHOLD;
