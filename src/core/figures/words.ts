// Token tests the figure rules share.
import type { Token } from '../document';
import { KIND_OF_WORD } from '../lexicon/casualty-words';
import { joined, word } from '../tokens';
import type { CasualtyKind } from '../types';

/** compromise sometimes glues a word to what follows a full stop ("wounded.--Kevin"): read the word alone. */
export const kindOf = (t: Token | undefined): CasualtyKind | undefined =>
  KIND_OF_WORD[
    word(t)
      .replace(/\u00ad/g, '')
      .split(/[.,;:!?]|--/)[0]!
  ];

/**
 * Nouns and adjectives of the victims' noun phrase ("other people", "pro-government demonstrators", "of worshipers").
 */
export function isNounWord(t: Token, afterNumber = false): boolean {
  const w = word(t);
  // compromise reads a plural right after a number as a verb at times ("two cooks", "nine engineers")
  if (afterNumber && t.tags.has('PresentTense') && /\p{Ll}s$/u.test(t.text)) return true;
  if (w === 'of' || w === 'other' || w === 'others' || w === 'more') return true;
  if (t.tags.has('Preposition') || t.tags.has('Conjunction') || t.tags.has('Determiner') || t.tags.has('Pronoun'))
    return false;
  if (t.tags.has('Verb') && !t.tags.has('Adjective') && !t.tags.has('Noun')) return false;
  return /^[\p{L}][\p{L}.'’­-]*$/u.test(t.text);
}

/** A quantity word opening a noun phrase: "five", "12", "dozens"; compromise tags the "of" of "2 of 17" a value too. */
export const isValue = (t: Token | undefined): boolean =>
  !!t && t.tags.has('Value') && !t.tags.has('Ordinal') && !t.tags.has('Preposition');

/** Takes the victims' noun ("people", "foreign tourists") into the text. */
export function objectEnd(tokens: Token[], from: number, sentenceEnd: number): number {
  let end = from;
  if (word(tokens[end]) === 'of' && end + 1 < sentenceEnd) end++;
  while (
    end < sentenceEnd &&
    end - from < 3 &&
    joined(tokens[end - 1]!) &&
    (tokens[end]!.tags.has('Noun') || word(tokens[end]) === 'other') &&
    !kindOf(tokens[end])
  )
    end++;
  if (word(tokens[end - 1]) === 'of') end--;
  return end;
}
