// Gold spans (character offsets, as PolNeAR's brat files give them) turned into one BIO label per token: the
// training signal of the tagger. Cues win over sources and sources over contents where spans overlap
// (a cue inside a quoted content is still a cue).
import type { ArticleDocument } from '../document';
import type { Label } from './perceptron';

export interface AnnotatedSpan {
  kind: 'Cue' | 'Source' | 'Content';
  start: number;
  end: number;
}

const KIND_LABEL = { Cue: 'CUE', Source: 'SRC', Content: 'CON' } as const;
const PRIORITY = { Cue: 3, Source: 2, Content: 1 } as const;

export function labelTokens(doc: ArticleDocument, spans: readonly AnnotatedSpan[]): Label[] {
  const owner: (number | null)[] = new Array(doc.tokens.length).fill(null);
  const sorted = spans.map((span, index) => ({ span, index })).sort((a, b) => a.span.start - b.span.start);
  let first = 0;
  for (const { span, index } of sorted) {
    while (first < doc.tokens.length && doc.tokens[first]!.end <= span.start) first++;
    for (let t = first; t < doc.tokens.length && doc.tokens[t]!.start < span.end; t++) {
      const current = owner[t];
      if (current === null || current === undefined || PRIORITY[span.kind] > PRIORITY[spans[current]!.kind])
        owner[t] = index;
    }
  }
  return owner.map((span, t) => {
    if (span === null || span === undefined) return 'O';
    const kind = KIND_LABEL[spans[span]!.kind];
    return t > 0 && owner[t - 1] === span ? (`I-${kind}` as Label) : (`B-${kind}` as Label);
  });
}
