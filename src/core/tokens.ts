// Helpers on the tokens of the one parse that every rule module shares.
import type { Token } from './document';

/** A token's text lower-cased with one apostrophe: the form word lists are written in. */
export const word = (t: Token | undefined): string => (t ? t.text.toLowerCase().replace(/[’']/g, "'") : '');

/** No punctuation between two tokens except quote marks: "200,000" could die" stays one phrase. */
export const joined = (t: Token): boolean => /^["“”'’]*$/.test(t.after);
