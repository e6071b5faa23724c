// The core's one entry point: article text in, findings out. One compromise parse, shared by every stage.
import { findAttributions, LEARNED_RULE } from './attributions';
import { parseDocument } from './document';
import { findFigures } from './figures';
import { collectSources } from './sources';
import type { Extraction } from './types';

export interface ExtractOptions {
  title?: string | null;
}

export function extract(text: string, options: ExtractOptions = {}): Extraction {
  const doc = parseDocument(text);
  const attributions = findAttributions(doc);
  // figures and named sources stand on the hand rules' attributions: the learned pass's extra speakers cost the
  // figures scorer more than they bring (attributed_acc 0.881 -> 0.875, source_F1 0.800 -> 0.789 with them)
  const ruled = attributions.filter((a) => a.rule !== LEARNED_RULE);
  const figures = findFigures(doc, ruled);
  const sources = collectSources(doc, ruled, figures);
  return { title: options.title ?? null, text, sources, figures, attributions };
}
