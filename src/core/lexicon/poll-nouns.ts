// Nouns naming a measurement of opinion, as data. Origin: written for this project from the ways election reports
// open a finding ("In a CNN poll released Monday, ..."); PolNeAR's annotators mark such a poll as the source and
// "In" as the cue.
export const POLL_NOUNS: ReadonlySet<string> = new Set([
  'poll',
  'polls',
  'polling',
  'survey',
  'surveys',
  'tracker',
  'canvass',
]);
