// A structured (Collins) averaged perceptron tagging each token as part of a cue, a source or a content (BIO).
// A sentence is decoded whole by Viterbi over first-order transitions (the previous label, and the previous label
// with the word), so a content is chosen as one span rather than token by token; the decoder only walks BIO-valid
// paths (an I-X follows B-X or I-X). Training lives here beside decoding so both score with one function;
// test/tools/train-attributions.ts runs the training on PolNeAR train and writes the weights (model.json), which
// inference reads as data.

export const LABELS = ['O', 'B-CUE', 'I-CUE', 'B-SRC', 'I-SRC', 'B-CON', 'I-CON'] as const;
export type Label = (typeof LABELS)[number];
const LABEL_COUNT = LABELS.length;
/** The label before a sentence's first token, as far as transitions and BIO validity go. */
const OUTSIDE = 0;

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

const LABEL_BIGRAMS = LABELS.map((_, previous) => `L1=${previous}`);
/** The features of moving from label `previous` onto a token whose word is `word`. */
const transitionFeatures = (previous: number, word: string): [string, string] => [
  LABEL_BIGRAMS[previous]!,
  `L1w=${previous}|${word}`,
];

/** For each label before, the weights of its two transition features, either absent from the model. */
type TransitionWeights = ReadonlyArray<readonly [Float64Array | undefined, Float64Array | undefined]>;
/** No word a tokenizer gives (words are never empty): the index's entry for words without weights of their own. */
const OTHER_WORD = '';

/** The word feature is the second of every list (features.ts puts it there). */
const wordOf = (features: readonly string[]): string =>
  features[1]?.startsWith('w=') ? features[1].slice(2) : (features.find((f) => f.startsWith('w='))?.slice(2) ?? '');

/** Whether label `label` may follow label `previous`: an I-X only continues a span of its own kind. */
const ALLOWED: readonly (readonly boolean[])[] = LABELS.map((before) =>
  LABELS.map((label) => !label.startsWith('I-') || before.slice(2) === label.slice(2)),
);

export class Perceptron {
  private readonly weights: Map<string, Float64Array>;
  /**
   * A loaded model's transition weights by word, read once from `weights` (a model in training has none: its
   * weights gain features as it learns). Decoding then looks a word up once, not 2 × LABEL_COUNT strings per token.
   */
  private readonly transitionsByWord: Map<string, TransitionWeights> | null;

  private constructor(weights: Map<string, Float64Array>, indexTransitions = false) {
    this.weights = weights;
    this.transitionsByWord = indexTransitions ? this.indexTransitions() : null;
  }

  /** The weights of moving from each label onto `word`: the label bigram's and the label-and-word feature's. */
  private transitionWeights(word: string): TransitionWeights {
    return LABELS.map((_, previous) => {
      const [bigram, withWord] = transitionFeatures(previous, word);
      return [this.weights.get(bigram), this.weights.get(withWord)] as const;
    });
  }

  private indexTransitions(): Map<string, TransitionWeights> {
    const index = new Map<string, TransitionWeights>();
    for (const feature of this.weights.keys()) {
      const word = feature.startsWith('L1w=') ? feature.slice(feature.indexOf('|') + 1) : null;
      if (word !== null && !index.has(word)) index.set(word, this.transitionWeights(word));
    }
    // every other word moves by the label bigrams alone
    index.set(OTHER_WORD, this.transitionWeights(OTHER_WORD));
    return index;
  }

  static load(stored: StoredModel): Perceptron {
    const weights = new Map<string, Float64Array>();
    for (const [feature, values] of Object.entries(stored.weights))
      weights.set(
        feature,
        Float64Array.from(values, (v) => v / stored.scale),
      );
    return new Perceptron(weights, true);
  }

  /** Adds the weights of `features` to `scores`, one score per label. */
  private addScores(features: readonly string[], scores: Float64Array): void {
    for (const feature of features) {
      const w = this.weights.get(feature);
      if (w) for (let l = 0; l < LABEL_COUNT; l++) scores[l]! += w[l]!;
    }
  }

  /**
   * The best BIO-valid labels of one run of tokens (a sentence): Viterbi over each token's own features and the
   * transition from the label before it, LABEL_COUNT² steps per token, so linear in the sentence's length.
   * `outsidePenalty` is taken off every O score: a decoder leaning towards tagging, for more finds to filter.
   */
  tag(sequence: readonly (readonly string[])[], outsidePenalty = 0): Label[] {
    const n = sequence.length;
    const back = new Int8Array(n * LABEL_COUNT);
    // the best score of a path ending in each label; before the first token only OUTSIDE is reached
    let best = Float64Array.from(LABELS, (_, l) => (l === OUTSIDE ? 0 : -Infinity));
    let next = new Float64Array(LABEL_COUNT);
    const emission = new Float64Array(LABEL_COUNT);
    const transition = new Float64Array(LABEL_COUNT);
    sequence.forEach((features, t) => {
      const word = wordOf(features);
      emission.fill(0);
      this.addScores(features, emission);
      emission[OUTSIDE]! -= outsidePenalty;
      next.fill(-Infinity);
      const moves =
        this.transitionsByWord?.get(word) ?? this.transitionsByWord?.get(OTHER_WORD) ?? this.transitionWeights(word);
      for (let p = 0; p < LABEL_COUNT; p++) {
        if (best[p] === -Infinity) continue;
        const [bigram, withWord] = moves[p]!;
        for (let l = 0; l < LABEL_COUNT; l++) transition[l] = (bigram?.[l] ?? 0) + (withWord?.[l] ?? 0);
        for (let l = 0; l < LABEL_COUNT; l++) {
          const score = best[p]! + transition[l]! + emission[l]!;
          if (ALLOWED[p]![l] && score > next[l]!) {
            next[l] = score;
            back[t * LABEL_COUNT + l] = p;
          }
        }
      }
      [best, next] = [next, best];
    });
    let label = 0;
    for (let l = 1; l < LABEL_COUNT; l++) if (best[l]! > best[label]!) label = l;
    const out: Label[] = new Array(n);
    for (let t = n - 1; t >= 0; t--) {
      out[t] = LABELS[label]!;
      label = back[t * LABEL_COUNT + label]!;
    }
    return out;
  }

  /**
   * Trains on `sequences` for `epochs` passes, visiting them in an order shuffled from `seed` (the same seed
   * and data give the same model): each sentence is decoded whole, and where the decoded path differs from the
   * gold one the gold path's features gain and the decoded path's lose (where both paths agree on a token and on the
   * label before it, the two updates cancel and neither is made). Returns the averaged weights rounded to 1/`scale`,
   * features whose largest weight stays under `minWeight` dropped (they would only swell model.json).
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
    const update = (features: readonly string[], label: number, delta: number): void => {
      for (const feature of features) {
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
      }
    };
    const model = new Perceptron(weights);
    for (const order of shuffledPasses(sequences.length, epochs, seed)) {
      for (const index of order) {
        step++;
        const { features, labels } = sequences[index]!;
        const guess = model.tag(features).map((label) => LABELS.indexOf(label));
        const gold = labels.map((label) => LABELS.indexOf(label));
        for (let t = 0; t < gold.length; t++) {
          const word = wordOf(features[t]!);
          const goldBefore = t === 0 ? OUTSIDE : gold[t - 1]!;
          const guessBefore = t === 0 ? OUTSIDE : guess[t - 1]!;
          if (gold[t] !== guess[t]) {
            update(features[t]!, gold[t]!, 1);
            update(features[t]!, guess[t]!, -1);
          }
          if (gold[t] !== guess[t] || goldBefore !== guessBefore) {
            update(transitionFeatures(goldBefore, word), gold[t]!, 1);
            update(transitionFeatures(guessBefore, word), guess[t]!, -1);
          }
        }
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

/**
 * For each of `epochs` passes, the indices 0 … count − 1 in an order shuffled (Fisher–Yates) from `seed`, each pass
 * shuffling the last: the same count, epochs and seed give the same orders, so a training run is repeatable.
 */
export function* shuffledPasses(count: number, epochs: number, seed: number): Generator<readonly number[]> {
  const order = Array.from({ length: count }, (_, i) => i);
  const random = seededRandom(seed);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    yield order;
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
