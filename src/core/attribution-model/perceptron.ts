// An averaged perceptron tagging each token as part of a cue, a source or a content (BIO), decoded greedily
// left to right with the two previous labels as features. Training lives here beside decoding so the
// history features are built by one function for both; test/tools/train-attributions.ts runs the training
// on PolNeAR train and writes the weights (model.json), which inference reads as data.

export const LABELS = ['O', 'B-CUE', 'I-CUE', 'B-SRC', 'I-SRC', 'B-CON', 'I-CON'] as const;
export type Label = (typeof LABELS)[number];
const LABEL_COUNT = LABELS.length;

/** The weights as stored: one integer per label for each feature, scaled by `scale`. */
export interface StoredModel {
  scale: number;
  weights: Record<string, number[]>;
}

/** One sentence's worth of tokens for training: their features (label history excluded) and gold labels. */
export interface TrainingSequence {
  features: string[][];
  labels: Label[];
}

/** Features of the labels decoded so far: what lets "I-CON" follow "B-CON" and not "O". */
function historyFeatures(previous: number, beforePrevious: number, word: string): string[] {
  return [`L1=${previous}`, `L2=${beforePrevious}|${previous}`, `L1w=${previous}|${word}`];
}

/** The word feature is the second of every list (features.ts puts it there). */
const wordOf = (features: readonly string[]): string =>
  features[1]?.startsWith('w=') ? features[1].slice(2) : (features.find((f) => f.startsWith('w='))?.slice(2) ?? '');

/** A BIO label may only continue a span of its own kind: "I-CON" after "O" is read as "B-CON". */
function repaired(label: number, previous: number): number {
  const name = LABELS[label]!;
  if (!name.startsWith('I-')) return label;
  const kind = name.slice(2);
  const before = LABELS[previous]!;
  return before === `B-${kind}` || before === `I-${kind}` ? label : LABELS.indexOf(`B-${kind}` as Label);
}

export class Perceptron {
  private readonly weights: Map<string, Float64Array>;

  private constructor(weights: Map<string, Float64Array>) {
    this.weights = weights;
  }

  static load(stored: StoredModel): Perceptron {
    const weights = new Map<string, Float64Array>();
    for (const [feature, values] of Object.entries(stored.weights))
      weights.set(
        feature,
        Float64Array.from(values, (v) => v / stored.scale),
      );
    return new Perceptron(weights);
  }

  private best(features: readonly string[], history: readonly string[] = []): number {
    const scores = new Float64Array(LABEL_COUNT);
    for (const list of [features, history]) {
      for (const feature of list) {
        const w = this.weights.get(feature);
        if (w) for (let l = 0; l < LABEL_COUNT; l++) scores[l]! += w[l]!;
      }
    }
    let best = 0;
    for (let l = 1; l < LABEL_COUNT; l++) if (scores[l]! > scores[best]!) best = l;
    return best;
  }

  /** The labels of one run of tokens (a sentence), each chosen knowing the two before it. */
  tag(sequence: readonly (readonly string[])[]): Label[] {
    const out: Label[] = [];
    let previous = 0;
    let beforePrevious = 0;
    for (const features of sequence) {
      const label = repaired(
        this.best(features, historyFeatures(previous, beforePrevious, wordOf(features))),
        previous,
      );
      out.push(LABELS[label]!);
      beforePrevious = previous;
      previous = label;
    }
    return out;
  }

  /**
   * Trains on `sequences` for `epochs` passes, visiting them in an order shuffled from `seed` (the same seed
   * and data give the same model), and returns the averaged weights rounded to 1/`scale`, features whose
   * largest weight stays under `minWeight` dropped (on PolNeAR, 2 keeps 75k of 156k features: 2.4 MB, not 5.9).
   */
  static train(
    sequences: readonly TrainingSequence[],
    epochs: number,
    seed: number,
    { scale = 1, minWeight = 2 } = {},
  ): StoredModel {
    const weights = new Map<string, Float64Array>();
    const totals = new Map<string, Float64Array>();
    const stamps = new Map<string, Float64Array>();
    let step = 0;
    const update = (feature: string, label: number, delta: number): void => {
      let w = weights.get(feature);
      if (!w) {
        w = new Float64Array(LABEL_COUNT);
        weights.set(feature, w);
        totals.set(feature, new Float64Array(LABEL_COUNT));
        stamps.set(feature, new Float64Array(LABEL_COUNT));
      }
      const total = totals.get(feature)!;
      const stamp = stamps.get(feature)!;
      // averaging without summing every weight at every step: catch up the total since the last change
      total[label]! += (step - stamp[label]!) * w[label]!;
      stamp[label] = step;
      w[label]! += delta;
    };
    const model = new Perceptron(weights);
    const order = sequences.map((_, i) => i);
    const random = seededRandom(seed);
    for (let epoch = 0; epoch < epochs; epoch++) {
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
      for (const index of order) {
        const { features, labels } = sequences[index]!;
        let previous = 0;
        let beforePrevious = 0;
        features.forEach((tokenFeatures, t) => {
          step++;
          const all = [...tokenFeatures, ...historyFeatures(previous, beforePrevious, wordOf(tokenFeatures))];
          const guess = model.best(all);
          const gold = LABELS.indexOf(labels[t]!);
          if (guess !== gold) {
            for (const feature of all) {
              update(feature, gold, 1);
              update(feature, guess, -1);
            }
          }
          // the history is the model's own guesses, as at inference
          beforePrevious = previous;
          previous = repaired(guess, previous);
        });
      }
    }
    const stored: Record<string, number[]> = {};
    for (const feature of [...weights.keys()].sort()) {
      const w = weights.get(feature)!;
      const total = totals.get(feature)!;
      const stamp = stamps.get(feature)!;
      const averaged = Array.from(w, (value, l) =>
        Math.round(((total[l]! + (step - stamp[l]!) * value) / step) * scale),
      );
      if (averaged.some((v) => Math.abs(v) >= minWeight)) stored[feature] = averaged;
    }
    return { scale, weights: stored };
  }
}

/** mulberry32: a small deterministic generator, so a training run is repeatable from its seed. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
