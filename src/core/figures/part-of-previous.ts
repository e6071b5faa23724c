// "killing 19 people, including 17 foreigners": a part of the figure before it, with that figure's kind.
import { joined, word } from '../tokens';
import type { FigureMatch, FigureShape, ShapeContext } from './rule';
import { kindOf } from './words';

const MAX_GAP = 2;

export const partOfPrevious: FigureShape = {
  id: 'part-of-previous',
  why: 'A count after "including", "along with" or before "of them" counts some of the victims just named: it is a figure of the same kind.',
  examples: [
    {
      input: 'The raid killed 14 people, including 9 children.',
      figures: [{ value: 14 }, { text: '14 people, including 9 children', value: 9 }],
    },
    {
      input: 'Some 21 hostages, 20 of them fishermen, were freed.',
      figures: [{ value: 21 }, { text: '21 hostages, 20 of them', value: 20 }],
    },
    {
      input: 'Bandits took away 19 pupils, along with two cooks.',
      figures: [{ value: 19 }, { text: '19 pupils, along with two', value: 2, kind: 'abducted' }],
    },
    {
      input: 'More than 30 people, including 12 children, were hospitalized.',
      figures: [{ value: 30 }, { text: '12 children, were hospitalized', value: 12 }],
    },
  ],
  match: asPartOf,
};

function asPartOf({ tokens, quantity, previous, sentenceEnd }: ShapeContext): FigureMatch | null {
  if (!previous || tokens[previous.first]!.sentence !== tokens[quantity.firstToken]!.sentence) return null;
  const before = (k: number): string => word(tokens[quantity.phraseStart - k]);
  // "took 27 students, along with three teachers": a count joined to the victims goes with them
  const including = before(1) === 'including' || (before(1) === 'with' && /^(along|together)$/.test(before(2)));
  const ofThem =
    word(tokens[quantity.endToken]) === 'of' && ['them', 'whom'].includes(word(tokens[quantity.endToken + 1]));
  if (!including && !ofThem) return null;
  // "More than 30 people, including 12 children, were hospitalized": a part inside the figure's own aside
  if (quantity.phraseStart > previous.first && quantity.endToken < previous.end)
    return { quantity, first: quantity.phraseStart, end: previous.end, kind: previous.kind };
  if (quantity.phraseStart - previous.end > MAX_GAP) return null;
  let end = quantity.endToken + (ofThem ? 2 : 0);
  const reach = ofThem ? 4 : 2;
  while (
    end < sentenceEnd &&
    end - quantity.endToken < reach &&
    joined(tokens[end - 1]!) &&
    tokens[end]!.tags.has('Noun') &&
    !kindOf(tokens[end])
  )
    end++;
  return { quantity, first: previous.first, end, kind: previous.kind };
}
