// "the Committee to Protect Journalists (CPJ) ... CPJ said": a name the text spells out once, with its acronym in
// brackets after it, and the acronym are one source.
import type { ArticleDocument } from '../document';

/** An acronym in brackets; the name before it is read from a bounded window, so a page is read once. */
const BRACKETED = /\s\((\p{Lu}[\p{Lu}\d&-]{1,9})\)/gu;
const WINDOW = 120;
const INNER = /^(?:of|for|the|and|to|on|in|de)$/;
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’.-]*|of|for|the|and|to|on|in|de)$/u;

export interface Acronyms {
  /** "CPJ" → "Committee to Protect Journalists" */
  expansionOf: ReadonlyMap<string, string>;
  /** "Committee to Protect Journalists" → "CPJ" */
  acronymOf: ReadonlyMap<string, string>;
}

const byDocument = new WeakMap<ArticleDocument, Acronyms>();

/** The shortest run of words before the brackets whose capitals spell the acronym, or null. */
function spelledOut(words: readonly string[], acronym: string): string | null {
  const letters = acronym.replace(/[^\p{Lu}]/gu, '');
  for (let first = words.length - 1; first >= 0; first--) {
    if (INNER.test(words[first]!)) continue;
    const initials = words
      .slice(first)
      .filter((w) => !INNER.test(w))
      .map((w) => w[0])
      .join('');
    if (initials === letters) return words.slice(first).join(' ');
    if (initials.length > letters.length) return null;
  }
  return null;
}

/** Every acronym the document spells out, read once per document. */
export function acronymsOf(doc: ArticleDocument): Acronyms {
  let known = byDocument.get(doc);
  if (known) return known;
  const expansionOf = new Map<string, string>();
  const acronymOf = new Map<string, string>();
  for (const m of doc.text.matchAll(BRACKETED)) {
    const acronym = m[1]!;
    const before = doc.text.slice(Math.max(0, m.index - WINDOW), m.index).split(/\s+/);
    let first = before.length;
    while (first > 0 && NAME_WORD.test(before[first - 1]!)) first--;
    const name = spelledOut(before.slice(first), acronym);
    if (!name || expansionOf.has(acronym)) continue;
    expansionOf.set(acronym, name);
    acronymOf.set(name, acronym);
  }
  known = { expansionOf, acronymOf };
  byDocument.set(doc, known);
  return known;
}
