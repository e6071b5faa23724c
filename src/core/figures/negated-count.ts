// "No one was hurt", "none of the 30 passengers died": a negated count is no figure.
import { word } from '../tokens';
import type { FigureVeto } from './rule';

export const negatedCount: FigureVeto = {
  id: 'negated-count',
  why: 'A count the text negates ("no one", "none of the 30", "not a single", "zero") says nobody was harmed.',
  examples: [
    { input: 'No one was injured in the blaze.', figures: [] },
    { input: 'None of the 30 passengers died.', figures: [] },
    { input: 'Not one soldier was wounded.', figures: [] },
    { input: 'Zero people were killed on the roads.', figures: [] },
    { input: 'Two people were not injured.', figures: [] },
  ],
  rejects: ({ tokens, quantity, sentenceStart }, match) => {
    const before = (k: number): string =>
      quantity.phraseStart - k >= sentenceStart ? word(tokens[quantity.phraseStart - k]) : '';
    if (quantity.value === 0 || before(1) === 'no' || (before(1) === 'not' && quantity.value === 1)) return true;
    if (before(1) === 'single' && before(2) === 'a' && before(3) === 'not') return true;
    if (
      (before(1) === 'of' && before(2) === 'none') ||
      (before(1) === 'the' && before(2) === 'of' && before(3) === 'none')
    )
      return true;
    // "were not injured": the casualty word itself is negated
    const verb = match.end - 1;
    return verb - 1 > quantity.endToken && /^(not|never|n't)$/.test(word(tokens[verb - 1]));
  },
};
