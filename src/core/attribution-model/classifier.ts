// A logistic regression over feature strings: the probability that something is so, learned by stochastic gradient
// descent with L2 shrinkage. keep-filter.ts uses it to judge the tagger's finds; test/tools/train-keep-filter.ts
// trains it. Small on purpose: binary features, one weight each, no feature hashing.
import { shuffledPasses } from './perceptron';

/** The weights as stored: one integer per feature, scaled by `scale`. */
export interface StoredClassifier {
  scale: number;
  weights: Record<string, number>;
}

export interface LabelledExample {
  features: string[];
  label: boolean;
}

export class Classifier {
  private readonly weights: Map<string, number>;

  private constructor(weights: Map<string, number>) {
    this.weights = weights;
  }

  static load(stored: StoredClassifier): Classifier {
    return new Classifier(new Map(Object.entries(stored.weights).map(([f, w]) => [f, w / stored.scale])));
  }

  probability(features: readonly string[]): number {
    let total = 0;
    for (const feature of features) total += this.weights.get(feature) ?? 0;
    return 1 / (1 + Math.exp(-total));
  }

  /**
   * Trains for `epochs` passes over `examples`, in an order shuffled from `seed` (the same seed and data give the
   * same weights). Weights are rounded to 1/`scale`; those that round to under `minWeight` are dropped.
   */
  static train(
    examples: readonly LabelledExample[],
    { epochs = 15, seed = 11, rate = 0.1, l2 = 1e-4, scale = 1000, minWeight = 1 } = {},
  ): StoredClassifier {
    const weights = new Map<string, number>();
    const model = new Classifier(weights);
    for (const order of shuffledPasses(examples.length, epochs, seed)) {
      for (const index of order) {
        const { features, label } = examples[index]!;
        const gradient = (label ? 1 : 0) - model.probability(features);
        for (const feature of features)
          weights.set(feature, (weights.get(feature) ?? 0) * (1 - rate * l2) + rate * gradient);
      }
    }
    const stored: Record<string, number> = {};
    for (const feature of [...weights.keys()].sort()) {
      const rounded = Math.round(weights.get(feature)! * scale);
      if (Math.abs(rounded) >= minWeight) stored[feature] = rounded;
    }
    return { scale, weights: stored };
  }
}
