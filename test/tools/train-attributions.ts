// Trains the attribution tagger on PolNeAR train and writes src/core/attribution-model/model.json.
//   npm run train:attributions [-- ../shared/corpus/polnear/train]
// Each article is parsed once (the extractor's own parse), its brat Cue/Source/Content spans become BIO labels on
// the tokens (a token in a cue is a cue, else in a source a source, else in a content a content), and the
// structured averaged perceptron learns from the sentences, each decoded whole. Deterministic: the files are read
// in name order, the first annotator's file per article as the scorer does, and the visiting order comes from SEED.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from '../../src/core/document';
import { tokenFeatures } from '../../src/core/attribution-model/features';
import { labelTokens, type AnnotatedSpan } from '../../src/core/attribution-model/align';
import { Perceptron, type TrainingSequence } from '../../src/core/attribution-model/perceptron';
import { annotatedArticles } from './polnear-articles';

const SEED = 11;
const EPOCHS = 6;
/**
 * Features whose averaged weights all stay under this are left out of model.json: on PolNeAR, 4 keeps 50k of
 * 123k features (1.6 MB, not 4.0) and the dev scores do not move.
 */
const MIN_WEIGHT = 4;

const split =
  process.argv[2] ?? path.join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'polnear', 'train');
const limit = Number(process.env.TRAIN_LIMIT ?? Infinity);

/** The Cue, Source and Content spans of a brat standoff file (discontinuous spans give one span per piece). */
function readSpans(ann: string): AnnotatedSpan[] {
  const spans: AnnotatedSpan[] = [];
  for (const line of ann.split('\n')) {
    const [id, body] = line.split('\t');
    if (!id?.startsWith('T') || !body) continue;
    const [kind, ...offsets] = body.split(' ');
    if (kind !== 'Cue' && kind !== 'Source' && kind !== 'Content') continue;
    for (const range of offsets.join(' ').split(';')) {
      const [start, end] = range.split(' ').map(Number);
      if (Number.isFinite(start) && Number.isFinite(end)) spans.push({ kind, start: start!, end: end! });
    }
  }
  return spans;
}

const sequences: TrainingSequence[] = [];
let articles = 0;
for (const { text, annotation } of annotatedArticles(split)) {
  if (articles >= limit) break;
  articles++;
  const doc = parseDocument(text);
  const features = tokenFeatures(doc);
  const labels = labelTokens(doc, readSpans(annotation));
  for (const sentence of doc.sentences) {
    sequences.push({
      features: features.slice(sentence.firstToken, sentence.endToken),
      labels: labels.slice(sentence.firstToken, sentence.endToken),
    });
  }
}
const model = Perceptron.train(sequences, EPOCHS, SEED, { minWeight: MIN_WEIGHT });
const out = path.join(import.meta.dirname, '..', '..', 'src', 'core', 'attribution-model', 'model.json');
writeFileSync(
  out,
  JSON.stringify({
    origin: `test/tools/train-attributions.ts on PolNeAR train (${articles} articles), ${EPOCHS} epochs, seed ${SEED}, min weight ${MIN_WEIGHT}`,
    ...model,
  }) + '\n',
);
console.log(
  `${articles} articles, ${sequences.length} sentences, ${Object.keys(model.weights).length} features -> ${out}`,
);
