// "the death toll rose to 267": the count is the value a toll or a count of the dead reaches.
import { TOLL_LINK, TOLL_NOUNS } from '../lexicon/casualty-words';
import { word } from '../tokens';
import type { FigureMatch, FigureShape, ShapeContext } from './rule';
import { kindOf } from './words';

const REACH = 10;

export const tollValue: FigureShape = {
  id: 'toll-value',
  why: 'A death toll or a count of the dead names its value after a linking word: "the toll rose to 267", "the dead numbered 40".',
  examples: [
    {
      input: 'Officials raised the death toll from the storm to 412.',
      figures: [{ text: 'death toll from the storm to 412', value: 412 }],
    },
    {
      input: 'The number of injured stands at 38.',
      figures: [{ text: 'number of injured stands at 38', kind: 'injured' }],
    },
    { input: 'By nightfall the dead numbered 61.', figures: [{ text: 'dead numbered 61', value: 61, kind: 'killed' }] },
  ],
  match: asTollValue,
};

function asTollValue({ tokens, quantity, sentenceStart }: ShapeContext): FigureMatch | null {
  const link = word(tokens[quantity.phraseStart - 1]);
  if (!TOLL_LINK.has(link)) return null;
  const reach = Math.max(sentenceStart, quantity.phraseStart - REACH);
  for (let i = quantity.phraseStart - 2; i >= reach; i--) {
    const w = word(tokens[i]);
    const numberOf = word(tokens[i - 1]) === 'of' && word(tokens[i - 2]) === 'number';
    let kind: FigureMatch['kind'] | undefined;
    if (w === 'toll') kind = word(tokens[i - 1]) === 'injury' ? 'injured' : 'killed';
    else if (w === 'casualties') kind = 'killed';
    else if (TOLL_NOUNS.has(w) || numberOf) kind = kindOf(tokens[i]);
    if (!kind) continue;
    let first = w === 'toll' && word(tokens[i - 1]) === 'death' ? i - 1 : i;
    if (numberOf && !TOLL_NOUNS.has(w)) first = i - 2;
    return { quantity, first, end: quantity.endToken, kind };
  }
  return null;
}
