// The annotated articles of a PolNeAR split, as the trainers read them: text files in name order, each with the
// first annotator's brat file in name order (the one the scorer scores against); articles nobody annotated are left
// out. One place for this rule, so every model trains on what the scorer measures.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface AnnotatedArticle {
  text: string;
  annotation: string;
}

export function* annotatedArticles(split: string): Generator<AnnotatedArticle> {
  const annotations = readdirSync(path.join(split, 'attributions')).sort();
  for (const file of readdirSync(path.join(split, 'text')).sort()) {
    const base = file.replace(/\.txt$/, '');
    const annotation = annotations.find((a) => a.startsWith(base + '_'));
    if (!annotation) continue;
    yield {
      text: readFileSync(path.join(split, 'text', file), 'utf8'),
      annotation: readFileSync(path.join(split, 'attributions', annotation), 'utf8'),
    };
  }
}
