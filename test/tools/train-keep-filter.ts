// Trains the filter on the tagger's finds and writes src/core/attribution-model/keep-filter.json.
//   npm run train:keep-filter [-- ../shared/corpus/polnear/train]
// Each article runs through the extractor with every tagger find kept; a find is a positive example where its
// content has a character Jaccard of at least 0.5 with a gold content (the scorer's match), a negative one otherwise.
// Deterministic: files in name order, the first annotator's file per article as the scorer reads, SGD order from
// the seed. Run it again after retraining the tagger (npm run train:attributions): the finds it judges change.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from '../../src/core/document';
import { findAttributions } from '../../src/core/attributions';
import { findFeatures } from '../../src/core/attribution-model/keep-filter';
import { Classifier, type LabelledExample } from '../../src/core/attribution-model/classifier';
import { annotatedArticles } from './polnear-articles';

/**
 * Weights under this (in thousandths) are left out of keep-filter.json: 100 keeps 11k features (370 kB) and scores
 * on PolNeAR dev as a floor of 20 does; 250 keeps 9k and loses 0.001 of content_F1.
 */
const MIN_WEIGHT = 100;

/** TRAIN_SKIP=150 leaves out the first 150 articles, so that scoring them measures the filter on unseen text. */
const skip = Number(process.env.TRAIN_SKIP ?? 0);

const split =
  process.argv[2] ?? path.join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'polnear', 'train');

interface Span {
  start: number;
  end: number;
}

/** The Content spans of a brat standoff file, a discontinuous one from its first piece to its last (as scored). */
function goldContents(ann: string): Span[] {
  const spans: Span[] = [];
  for (const line of ann.split('\n')) {
    const [id, body] = line.split('\t');
    if (!id?.startsWith('T') || !body?.startsWith('Content ')) continue;
    const offsets = body.slice('Content '.length).split(/[ ;]/).map(Number);
    if (offsets.every(Number.isFinite)) spans.push({ start: Math.min(...offsets), end: Math.max(...offsets) });
  }
  return spans;
}

const jaccard = (a: Span, b: Span): number => {
  const shared = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  return shared / (a.end - a.start + (b.end - b.start) - shared || 1);
};

const examples: LabelledExample[] = [];
let articles = 0;
let seen = 0;
for (const { text, annotation } of annotatedArticles(split)) {
  if (seen++ < skip) continue;
  articles++;
  const doc = parseDocument(text);
  const gold = goldContents(annotation);
  findAttributions(doc, {
    keepLearned: (d, find, attribution) => {
      const content = { start: attribution.contentStart, end: attribution.contentEnd };
      examples.push({ features: findFeatures(d, find), label: gold.some((g) => jaccard(g, content) >= 0.5) });
      return true;
    },
  });
}
const model = Classifier.train(examples, { minWeight: MIN_WEIGHT });
const out = path.join(import.meta.dirname, '..', '..', 'src', 'core', 'attribution-model', 'keep-filter.json');
writeFileSync(
  out,
  JSON.stringify({
    origin: `test/tools/train-keep-filter.ts on PolNeAR train (${articles} articles${skip ? `, the first ${skip} left out` : ''}, ${examples.length} tagger finds), min weight ${MIN_WEIGHT}`,
    ...model,
  }) + '\n',
);
const positives = examples.filter((e) => e.label).length;
console.log(
  `${articles} articles, ${examples.length} finds (${positives} matching gold), ${Object.keys(model.weights).length} features -> ${out}`,
);
