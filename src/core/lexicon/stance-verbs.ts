// Participles of stance and report whose passive subject, with a "by" agent, is what the agent said or stood by:
// "The plan was backed by the union", "The meeting was first reported by Politico". Origin: written for this
// project from the passives with a "by" agent in PolNeAR train whose subject the annotators mark as the agent's
// content (40 of the 112 such passives of a lexicon cue); acts ("nominated", "decided", "passed"), hearers ("was
// asked by", "was told by") and feelings ("was angered by") are left out: their subject is no content.

/** Stance and report participles read as "CONTENT was <participle> by SOURCE". */
export const PASSIVE_STANCE_VERBS: ReadonlySet<string> = new Set([
  'reported',
  'echoed',
  'claimed',
  'backed',
  'supported',
  'endorsed',
  'rejected',
  'opposed',
  'criticized',
  'criticised',
  'condemned',
  'denounced',
  'praised',
  'applauded',
  'championed',
  'shared',
  'mentioned',
  'confirmed',
  'disputed',
  'denied',
  'derided',
  'mocked',
  'ridiculed',
  'attacked',
  'questioned',
  'challenged',
  'authored',
  'tweeted',
  'projected',
  'proposed',
  'favored',
  'welcomed',
  'cited',
]);
