// The one a figure is attributed to is a source, though no attribution names them.
import type { SourceRule } from './rule';

export const figureSource: SourceRule = {
  id: 'figure-source',
  why: 'A figure’s source (an author whose report the paragraph carries on) stands behind a claim of the article.',
  examples: [{ input: 'Forty people died, the Tidewater Relief Agency said.', sources: ['Tidewater Relief Agency'] }],
  cites: (_doc, _attributions, figures) =>
    figures.flatMap((f) => (f.source ? [{ name: f.source, span: null, rule: 'figure-source' }] : [])),
};
