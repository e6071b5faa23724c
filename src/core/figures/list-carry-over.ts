// "89 workers died: one in Oman, two in Kuwait": a count listed after a figure carries its casualty word.
import { NOT_PEOPLE } from '../lexicon/casualty-words';
import { joined, word } from '../tokens';
import type { FigureMatch, FigureShape, ShapeContext } from './rule';
import { isValue, kindOf } from './words';

const MAX_ITEM_WORDS = 5;
const ITEM_OPENERS = new Set(['in', 'on', 'at', 'from', 'others', 'other', 'more', 'each', 'apiece']);

export const listCarryOver: FigureShape = {
  id: 'list-carry-over',
  why: 'In a list that follows a figure, each count goes on counting the same casualty: "killed: four in 2018, two in 2019".',
  examples: [
    {
      input: 'Thirty-one miners died abroad: four in Chile, two in Peru and one in Bolivia.',
      figures: [
        { value: 31 },
        { text: 'four in Chile', value: 4, kind: 'killed' },
        { text: 'two in Peru', value: 2 },
        { text: 'one in Bolivia', value: 1 },
      ],
    },
    { input: 'Five guards were wounded, two seriously.', figures: [{ value: 5 }] },
  ],
  match: carriedOver,
};

function carriedOver({ tokens, quantity, previous, sentenceEnd }: ShapeContext): FigureMatch | null {
  if (!previous || tokens[previous.end - 1]!.sentence !== tokens[quantity.firstToken]!.sentence) return null;
  const gap = quantity.phraseStart - previous.end;
  const separated =
    (gap === 0 && /[,:;]/.test(tokens[previous.end - 1]!.after)) || (gap === 1 && word(tokens[previous.end]) === 'and');
  // the previous figure may end on a place or date of its own ("killed in 2018, two in 2019")
  const lastItem = previous.end - 1;
  const afterItem =
    !separated &&
    gap <= 4 &&
    tokens
      .slice(previous.end, quantity.phraseStart)
      .every((t, k, all) =>
        k === all.length - 1 ? /[,:;]/.test(t.after) || word(tokens[quantity.phraseStart - 1]) === 'and' : joined(t),
      );
  if (!separated && !(afterItem && lastItem >= 0)) return null;
  const opener = word(tokens[quantity.endToken]);
  if (!ITEM_OPENERS.has(opener) || isValue(tokens[quantity.endToken])) return null;
  let end = quantity.endToken;
  while (end < sentenceEnd && end - quantity.endToken < MAX_ITEM_WORDS) {
    const t = tokens[end]!;
    if (kindOf(t) || t.tags.has('Verb') || NOT_PEOPLE.has(word(t))) return null;
    end++;
    if (!joined(t) || word(tokens[end]) === 'and') break;
  }
  return { quantity, first: quantity.phraseStart, end, kind: previous.kind };
}
