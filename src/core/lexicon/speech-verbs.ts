// Verbs that report speech, as data. Origin: written for this project from the reporting verbs of news English
// (the commonest cues of PolNeAR train among them); unlike the learned cue lexicon (cues.ts) these say that someone
// spoke, never an attitude ("wants") or an act ("released").

/** Verbs of saying that take no prepositional object: after them "of X", "in Ohio" tell about, not what was said. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'said',
  'says',
  'say',
  'added',
  'adds',
  'asked',
  'asks',
  'wrote',
  'writes',
  'recalled',
  'explained',
  'remarked',
  'continued',
  'stated',
  'declared',
  'insisted',
  'joked',
  'quipped',
  'replied',
  'exclaimed',
]);

/** Verbs of saying that take an object or a hearer ("told reporters", "announced a curfew"), speech all the same. */
export const REPORTING_SPEECH_VERBS: ReadonlySet<string> = new Set([
  ...SPEECH_VERBS,
  'told',
  'tells',
  'announced',
  'announces',
  'alleged',
  'alleges',
  'claimed',
  'claims',
  'reported',
  'reports',
  'noted',
  'notes',
]);
