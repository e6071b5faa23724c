// Rule `events/place-words`: the words that say where a toll happened, which is what ties reports of one
// event together however each outlet words it ("the Harlow dam collapse", "the dam disaster in Harlow").
// They are the capitalised words of the claim's sentence past its first word (crossref's context words),
// without dates, and without the words of the source's own name where the sentence names the source: the
// "Harlow Rights Group" is no place, while "in Harlow" elsewhere in the same sentence is.
import { contextWords, isDateWord, words } from '../crossref';
import type { ClaimSource } from '../formats/claim';

export const PLACE_WORDS_RULE = 'events/place-words';

/** Every way the source is written, longest first, so a full name is removed before the surname in it. */
function sourceForms(source: ClaimSource | null): string[] {
  if (!source) return [];
  return [source.name, ...source.aliases].filter((form) => form.trim() !== '').sort((a, b) => b.length - a.length);
}

function withoutMentions(text: string, forms: readonly string[]): string {
  let rest = text;
  for (const form of forms) rest = rest.split(form).join(' · ');
  return rest;
}

/**
 * A headline in Title Case capitalises every word, so its capitals say nothing about places; in a
 * sentence-case headline ("Dam collapse in Harlow kills 12") they do.
 */
export function isSentenceCase(title: string): boolean {
  const long = [...title.matchAll(/\p{L}{4,}/gu)].map((match) => match[0]);
  const capitalised = long.filter((word) => /^\p{Lu}/u.test(word)).length;
  return long.length > 0 && capitalised * 2 < long.length;
}

/**
 * A page's title without the site name pages append ("Dam gives way | The Harlow Courier", "... - Valley
 * Times"): the outlet is no place. The last part after a spaced separator goes when three words are left.
 */
export function headlineOf(title: string): string {
  const parts = title.split(/\s+[|–—-]\s+/);
  if (parts.length < 2) return title;
  const headline = parts.slice(0, -1).join(' - ');
  return headline.split(/\s+/).length >= 3 ? headline : title;
}

/** The folded place words of a claim: its sentence first, then its page's headline when that is sentence-case. */
export function placeWords(claim: {
  text: string;
  source: ClaimSource | null;
  page: { title: string | null };
}): string[] {
  const forms = sourceForms(claim.source);
  const found = new Set(contextWords(withoutMentions(claim.text, forms)).filter((word) => !isDateWord(word)));
  const title = claim.page.title && headlineOf(claim.page.title);
  if (title && isSentenceCase(title))
    for (const word of contextWords(withoutMentions(title, forms))) if (!isDateWord(word)) found.add(word);
  return [...found];
}

/** How a folded place word is written in `texts` ("harlow" → "Harlow"), for labels. */
export function writtenForm(word: string, texts: readonly string[]): string {
  for (const text of texts) {
    for (const match of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu))
      if (words(match[0]).includes(word) && /^\p{Lu}/u.test(match[0])) return match[0].replace(/['’]s$/u, '');
  }
  return word;
}
