// "the 1980 killings of prisoners", "the 2005 slaughter": a year naming an event is no count of its victims.
import { word } from '../tokens';
import type { FigureVeto } from './rule';

/** Four digits without a comma that could be a year of the last two centuries. */
const YEAR = /^(1[89]|20)\d\d$/;
const DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'this', 'that']);

export const yearBeforeHarm: FigureVeto = {
  id: 'year-before-harm',
  why: 'A year between "the" and a harm noun ("the 1994 massacre", "the 1980 killings") dates the event, it counts no one.',
  examples: [
    { input: 'He was linked to the 1980 killings of prisoners.', figures: [] },
    { input: 'The commission studied the 2005 slaughter of migrants.', figures: [] },
    { input: 'The quake left 1900 people dead.', figures: [{ value: 1900 }] },
  ],
  rejects: ({ tokens, quantity, sentenceStart }, match) => {
    const number = tokens[quantity.firstToken]!;
    if (quantity.phraseStart !== quantity.firstToken || !YEAR.test(number.text)) return false;
    const before = quantity.phraseStart - 1 >= sentenceStart ? word(tokens[quantity.phraseStart - 1]) : '';
    // the harm word right after the number, as in "the 1980 killings", not a count's noun ("the 2000 people killed")
    return DETERMINERS.has(before) && match.end === quantity.endToken + 1;
  },
};
