// The core's one entry point: article text in, findings out. One compromise parse, shared by every stage.
import { findAttributions } from './attributions';
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
  const figures = findFigures(doc, attributions);
  const sources = collectSources(doc, attributions, figures);
  return { title: options.title ?? null, text, sources, figures, attributions };
}
