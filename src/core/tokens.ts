// Helpers on the tokens of the one parse that every rule module shares.
import type { ArticleDocument, Token } from './document';

/** A token's text lower-cased with one apostrophe: the form word lists are written in. */
export const word = (t: Token | undefined): string => (t ? t.text.toLowerCase().replace(/[’']/g, "'") : '');

/** No punctuation between two tokens except quote marks: "200,000" could die" stays one phrase. */
export const joined = (t: Token): boolean => /^["“”'’]*$/.test(t.after);

const tokensByText = new WeakMap<ArticleDocument, Map<string, Token[]>>();

/**
 * The tokens written as `text`, from an index built once per document: each cite asks about its words, and
 * scanning every token for each of thousands of cites was the quadratic part of a long page (issue 12).
 */
export function tokensWritten(doc: ArticleDocument, text: string): Token[] {
  let index = tokensByText.get(doc);
  if (!index) {
    index = new Map();
    for (const token of doc.tokens) {
      const same = index.get(token.text);
      if (same) same.push(token);
      else index.set(token.text, [token]);
    }
    tokensByText.set(doc, index);
  }
  return index.get(text) ?? [];
}
