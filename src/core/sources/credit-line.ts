// "Source: CDC, Chicago Department of Public Health": a credit line under a chart or photo names its sources.
import type { Cite, SourceRule } from './rule';

export const creditLine: SourceRule = {
  id: 'credit-line',
  why: 'A paragraph that opens with "Source:" lists who the chart or photo above it comes from.',
  examples: [
    {
      input: 'Deaths by county.\n\nSource: Ohio Department of Health, Gallia Tribune',
      sources: ['Ohio Department of Health', 'Gallia Tribune'],
    },
  ],
  cites: (doc) => {
    const cites: Cite[] = [];
    for (const paragraph of doc.paragraphs) {
      const line = doc.text.slice(paragraph.start, paragraph.end);
      const credit = /^sources?:\s*/i.exec(line);
      if (!credit) continue;
      const names = /[^,;]+/g;
      const list = line.slice(credit[0].length);
      for (let m = names.exec(list); m; m = names.exec(list)) {
        const name = m[0].trim();
        const at = paragraph.start + credit[0].length + m.index + (m[0].length - m[0].trimStart().length);
        if (/^\p{Lu}/u.test(name)) cites.push({ name, span: [at, at + name.length], rule: 'credit-line' });
      }
    }
    return cites;
  },
};
