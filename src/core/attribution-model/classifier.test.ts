import { describe, expect, it } from 'vitest';
import { Classifier, type LabelledExample } from './classifier';

// a feature that decides, one that is noise, and a bias every example carries
const EXAMPLES: LabelledExample[] = Array.from({ length: 40 }, (_, i) => ({
  features: ['bias', i % 2 === 0 ? 'good' : 'bad', i % 3 === 0 ? 'noise-a' : 'noise-b'],
  label: i % 2 === 0,
}));

describe('Classifier', () => {
  it('learns which feature decides, and gives it the probability', () => {
    const model = Classifier.load(Classifier.train(EXAMPLES));
    expect(model.probability(['bias', 'good', 'noise-a'])).toBeGreaterThan(0.9);
    expect(model.probability(['bias', 'bad', 'noise-a'])).toBeLessThan(0.1);
  });

  it('trains to the same weights from the same examples and seed, and to other ones from another seed', () => {
    const first = JSON.stringify(Classifier.train(EXAMPLES, { epochs: 2 }));
    expect(JSON.stringify(Classifier.train(EXAMPLES, { epochs: 2 }))).toBe(first);
    expect(JSON.stringify(Classifier.train(EXAMPLES, { epochs: 2, seed: 12 }))).not.toBe(first);
  });

  it('drops the weights under its floor and reads an unknown feature as no evidence', () => {
    const stored = Classifier.train(EXAMPLES, { minWeight: 500 });
    expect(Object.values(stored.weights).every((w) => Math.abs(w) >= 500)).toBe(true);
    expect(Classifier.load(stored).probability(['never-seen'])).toBe(0.5);
  });
});
