import { describe, expect, it } from 'vitest';
import { parseDocument } from '../document';
import { labelTokens } from './align';
import { tokenFeatures } from './features';
import { LABELS, Perceptron, type Label, type TrainingSequence } from './perceptron';

// a small fixed sample, written for this test: the cue, source and content of each sentence marked by hand
const SAMPLE = [
  {
    text: 'The mayor said the bridge would close.',
    cue: 'said',
    source: 'The mayor',
    content: 'the bridge would close',
  },
  {
    text: 'Jane Roe argued that taxes were too high.',
    cue: 'argued',
    source: 'Jane Roe',
    content: 'taxes were too high',
  },
  { text: '“We will rebuild,” the minister said.', cue: 'said', source: 'the minister', content: '“We will rebuild,”' },
  {
    text: 'Officials warned that the storm would hit.',
    cue: 'warned',
    source: 'Officials',
    content: 'the storm would hit',
  },
];

function sequences(): TrainingSequence[] {
  return SAMPLE.map(({ text, cue, source, content }) => {
    const doc = parseDocument(text);
    const span = (kind: 'Cue' | 'Source' | 'Content', words: string) => ({
      kind,
      start: text.indexOf(words),
      end: text.indexOf(words) + words.length,
    });
    return {
      features: tokenFeatures(doc),
      labels: labelTokens(doc, [span('Cue', cue), span('Source', source), span('Content', content)]),
    };
  });
}

describe('labelTokens', () => {
  it('marks the first token of a span B and the rest I, a cue winning over the content around it', () => {
    const text = 'Roe said taxes rose.';
    const doc = parseDocument(text);
    const labels = labelTokens(doc, [
      { kind: 'Source', start: 0, end: 3 },
      { kind: 'Content', start: 4, end: 19 },
      { kind: 'Cue', start: 4, end: 8 },
    ]);
    expect(labels).toEqual(['B-SRC', 'B-CUE', 'B-CON', 'I-CON']);
  });
});

describe('Perceptron', () => {
  it('trains to the same weights from the same sample and seed', () => {
    const first = Perceptron.train(sequences(), 3, 7);
    const second = Perceptron.train(sequences(), 3, 7);
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
    expect(Object.keys(first.weights).length).toBeGreaterThan(0);
  });

  it('learns its training sample well enough to tag it back', () => {
    const model = Perceptron.load(Perceptron.train(sequences(), 20, 7, { minWeight: 1 }));
    for (const { features, labels } of sequences()) expect(model.tag(features)).toEqual(labels);
  });

  it('chooses the labels of the whole sentence, not of each token alone', () => {
    // alone, the first token would rather be O; but only a content begun on it lets the second be I-CON
    const model = Perceptron.load({
      scale: 1,
      weights: { first: [2, 0, 0, 0, 0, 1, 0], second: [0, 0, 0, 0, 0, 0, 9] },
    });
    expect(model.tag([['first'], ['second']])).toEqual(['B-CON', 'I-CON']);
  });

  it('never emits an invalid BIO sequence, whatever the weights', () => {
    // weights drawn from a fixed generator, leaning to I labels so that invalid paths would score best
    let state = 5;
    const draw = (): number => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state / 2147483648;
    };
    const lean = LABELS.map((label) => (label.startsWith('I-') ? 3 : 0));
    const weights: Record<string, number[]> = {};
    for (const feature of ['f0', 'f1', 'f2', 'f3', ...LABELS.map((_, previous) => `L1=${previous}`)])
      weights[feature] = LABELS.map((_, l) => Math.round((draw() - 0.5) * 10) + lean[l]!);
    const model = Perceptron.load({ scale: 1, weights });
    for (let run = 0; run < 200; run++) {
      const sequence = Array.from({ length: 1 + Math.floor(draw() * 12) }, () => [`f${Math.floor(draw() * 4)}`]);
      const labels = model.tag(sequence);
      expect(labels).toHaveLength(sequence.length);
      labels.forEach((label, t) => {
        const before: Label = t === 0 ? 'O' : labels[t - 1]!;
        if (label.startsWith('I-')) expect([`B-${label.slice(2)}`, label]).toContain(before);
      });
    }
  });

  it('tags what it would leave out once the O label pays a penalty', () => {
    const model = Perceptron.load({ scale: 1, weights: { weak: [3, 0, 0, 0, 0, 1, 0] } });
    expect(model.tag([['weak']])).toEqual(['O']);
    expect(model.tag([['weak']], 5)).toEqual(['B-CON']);
  });

  it('never starts a span with an I label', () => {
    const model = Perceptron.load({ scale: 1, weights: { b: [0, 0, 0, 0, 0, 0, 5] } });
    expect(model.tag([['b'], ['b']])).toEqual(['B-CON', 'I-CON']);
  });
});
