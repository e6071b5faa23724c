// Whether a name a rule found can stand behind a claim at all: places, dates, events and words that are
// capitalized only because they open a sentence ("Read", "Insecurity:") are no source, nor a bare noun phrase
// that names nobody who speaks.
import type { ArticleDocument, Token } from '../document';
import { lookupKnownSource } from '../lexicon/known-sources';
import { ANONYMOUS_HEADS, DOCUMENT_WORDS, NAMES_ONLY_CAPITALIZED, ORGANIZATION_WORDS } from '../lexicon/source-words';
import { isGivenName } from '../lexicon/given-names';
import { tokensWritten } from '../tokens';

/** Invisible format characters (joiners) at a name's edges: no part of the name. */
const EDGE_FORMAT = /^[\s\p{Cf}]+|[\s\p{Cf}]+$/gu;

/**
 * A name as a source list writes it: no article, no "-based" or "-backed" before it, no possessive, no trailing
 * punctuation but the period of an initial ("U.N.", "Robert E.").
 */
export const cleanName = (name: string): string =>
  name
    .replace(/\s+/g, ' ')
    .replace(EDGE_FORMAT, '')
    .replace(/^(the|a|an)\s+/i, '')
    // "the Geneva-based Union for Clean Rivers": where a body sits or who backs it is no part of its name
    .replace(/^(?:[\p{L}.]+-(?:based|backed|led|run|owned|funded|affiliated|allied|linked)\s+)+/iu, '')
    // "Roy Cooper (D-N.C.": a bracket the name's span cut open is no part of the name
    .replace(/\s*\([^()]*$/, '')
    .replace(/['’]s$/, '')
    .replace(/[,;:]+$/, '')
    .replace(/(?<!(?:^|[\s.])\p{Lu})\.+$/u, '')
    .replace(EDGE_FORMAT, '');

/** A place or a date is not a source: "Beijing said" names a government we cannot tell, "Thursday" nobody. */
export function isPlaceOrDate(doc: ArticleDocument, name: string): boolean {
  const words = name.split(' ').filter((w) => !/^(of|the|in|and|de|al)$/i.test(w));
  // "Jane Hill", "Senator Ron Lake": a given name before a word of the land is a person
  if (words.slice(0, -1).some(isGivenName)) return false;
  if (words.some((w) => ORGANIZATION_WORDS.has(w.toLowerCase()) || ANONYMOUS_HEADS.has(w.toLowerCase()))) return false;
  const named = words.some((w) =>
    tokensWritten(doc, w).some((t) => t.tags.has('Person') || t.tags.has('Organization')),
  );
  if (named) return false;
  // every word is written somewhere, and everywhere as a place or a date ("Deir Al Balah", "Friday morning")
  return words.every((w) => {
    const written = tokensWritten(doc, w);
    return written.length > 0 && written.every((t) => t.tags.has('Place') || t.tags.has('Date'));
  });
}

/**
 * A single capitalized word the article never writes capitalized inside a sentence, nor as a name, is a common word.
 */
function isOnlyCapitalizedFirst(doc: ArticleDocument, name: string): boolean {
  if (name.includes(' ') || /^\p{Lu}{2,}$/u.test(name) || ANONYMOUS_HEADS.has(name.toLowerCase())) return false;
  const written = [name, `${name}'s`, `${name}’s`].flatMap((form) => tokensWritten(doc, form));
  const named = written.some((t) => t.tags.has('Person') || t.tags.has('Organization'));
  const opensSentence = (t: Token): boolean => doc.tokens[doc.sentences[t.sentence]!.firstToken] === t;
  const afterColonOrDash = (t: Token): boolean =>
    /[:—–-]\s*$/.test(doc.text.slice(Math.max(0, t.start - t.before.length - 4), t.start - t.before.length));
  const inside = tokensWritten(doc, name).some((t) => !opensSentence(t) && !afterColonOrDash(t));
  return !named && !inside;
}

/** "KARACHI: ...", "MARLOW - ...": a word in capitals the text writes only as a dateline (a colon, bracket or dash). */
function isLabelOnly(doc: ArticleDocument, name: string): boolean {
  if (!/^\p{Lu}{3,}$/u.test(name)) return false;
  const written = tokensWritten(doc, name);
  return written.length > 0 && written.every((t) => /^\s*(?:[:(—–]|-\s)/.test(doc.text.slice(t.end, t.end + 3)));
}

export function isCitable(doc: ArticleDocument, raw: string): boolean {
  const name = cleanName(raw);
  // "that all the passengers", "the fact that the group": a clause's subject, cut from what was said
  if (!name || /^(?:that|fact that)\s/i.test(name)) return false;
  // "away.CreditCredit...Ann Roe/Agency": a caption glued to the text around it, not a name
  if (/\.\.\.|…|\p{Ll}\.\p{Lu}\p{Ll}/u.test(name)) return false;
  if (lookupKnownSource(name)) return true;
  // "one of them said": a member of a group the text has named
  if (/^\p{L}+ of (?:them|those|us)$/iu.test(name)) return true;
  if (isPlaceOrDate(doc, name) || isOnlyCapitalizedFirst(doc, name) || isLabelOnly(doc, name)) return false;
  // "Iraqi", "Libyan": a nationality alone names no one who speaks
  const demonym = tokensWritten(doc, name);
  if (!name.includes(' ') && demonym.length > 0 && demonym.every((t) => t.tags.has('Demonym')) && !/s$/.test(name))
    return false;
  const words = name.split(' ');
  const head = words[words.length - 1]!.toLowerCase();
  // "the statement", "report": a document with no author named is nobody who speaks
  if (words.length === 1 && DOCUMENT_WORDS.has(head) && head !== 'reports') return false;
  // "gunmen", "a suicide attack", "recent times": a lower-case phrase names a source only by a head that can speak
  return (
    !/^\p{Ll}/u.test(words[words.length - 1]!) ||
    ANONYMOUS_HEADS.has(head) ||
    DOCUMENT_WORDS.has(head) ||
    (ORGANIZATION_WORDS.has(head) && !NAMES_ONLY_CAPITALIZED.has(head))
  );
}
