// "according to various reports": the object of "according to" is the source of what the sentence says.
import type { ArticleDocument, Token } from '../document';
import { ANONYMOUS_HEADS, DOCUMENT_WORDS, ORGANIZATION_WORDS } from '../lexicon/source-words';
import { word } from '../tokens';
import type { SourceRule } from './rule';
import { apposedName } from './speaker-mention';

/** Words that join the parts of one name: "Centers for Disease Control", "Health Ministry in Gaza". */
const NAME_JOINERS = new Set(['of', 'for', 'and', 'the', 'in', 'on', 'de', 'al', '&']);
const MAX_NAME_WORDS = 10;
const SPEAKING_HEADS = [ORGANIZATION_WORDS, ANONYMOUS_HEADS, DOCUMENT_WORDS];
/** Words that end a name and open what it says or does: "witnesses who saw", "interviewees saying". */
const CLAUSE_OPENERS = new Set(['who', 'that', 'which', 'as', 'saying']);
const isAbbreviation = (t: Token): boolean =>
  t.tags.has('Abbreviation') || t.tags.has('Honorific') || /^\p{Lu}[\p{L}.]{0,3}$/u.test(t.text);
const isCapital = (t: Token): boolean => /^[\p{Lu}\d+]/u.test(t.text);
const joinedInName = (t: Token): boolean =>
  /^["“”'’]*$/.test(t.after) || /^['’]s?$/.test(t.after) || t.after === '-' || (t.after === '.' && isAbbreviation(t));

/**
 * "according to various reports" → "various reports" with its token range, or null. "according to an investigation by
 * X" cites X; a name ends at the first lower-case word after it ("a Washington Post database").
 */
type AccordingTo = { name: string; first: number; end: number } | null;
const accordingToBySentence = new WeakMap<ArticleDocument, Map<string, AccordingTo>>();

/**
 * Read once per sentence and document: every figure of a sentence asks, and so do the sources, so a sentence
 * of 1,000 figures would otherwise be read 1,000 times (issue 12: linear time on any page).
 */
export function accordingTo(doc: ArticleDocument, sentenceStart: number, sentenceEnd: number): AccordingTo {
  let known = accordingToBySentence.get(doc);
  if (!known) accordingToBySentence.set(doc, (known = new Map()));
  const key = `${sentenceStart}:${sentenceEnd}`;
  if (!known.has(key)) known.set(key, firstAccordingTo(doc, sentenceStart, sentenceEnd));
  return known.get(key)!;
}

function firstAccordingTo(doc: ArticleDocument, sentenceStart: number, sentenceEnd: number): AccordingTo {
  const { tokens } = doc;
  for (let i = sentenceStart; i + 2 < sentenceEnd; i++) {
    if (word(tokens[i]) !== 'according' || word(tokens[i + 1]) !== 'to') continue;
    return nameFrom(doc, i + 2, sentenceEnd);
  }
  return null;
}

/**
 * The name that starts at token `from` (an article and a document's "report by" skipped): capitalized words and
 * the words that join them, or lower-case words up to a verb or a clause ("various reports", "the Red Sea Port
 * Authority").
 */
export function nameFrom(doc: ArticleDocument, from: number, sentenceEnd: number): AccordingTo {
  const { tokens } = doc;
  let first = from;
  // "an investigation by the Lakeside Tribune", "a report from Amnesty": the author
  for (let k = first; k < Math.min(first + 4, sentenceEnd - 1); k++) {
    const named = word(tokens[k + 1]) === 'the' ? k + 2 : k + 1;
    if ((word(tokens[k]) === 'by' || word(tokens[k]) === 'from') && /^[\p{Lu}\d+]/u.test(tokens[named]?.text ?? '')) {
      first = k + 1;
      break;
    }
    if (!joinedInName(tokens[k]!)) break;
  }
  if (['the', 'a', 'an'].includes(word(tokens[first])) && first + 1 < sentenceEnd) first++;
  let end = first;
  let named = false;
  while (end < sentenceEnd && end - first < MAX_NAME_WORDS) {
    const t = tokens[end]!;
    const verb = t.tags.has('Verb') && !t.tags.has('Noun') && !t.tags.has('Adjective');
    // a capitalized word inside a name is part of it, whatever its tag ("Nigerian Air Force")
    if (end > first && ((verb && !(named && isCapital(t))) || CLAUSE_OPENERS.has(word(t)))) break;
    if (named && !isCapital(t) && !NAME_JOINERS.has(word(t))) break;
    named ||= isCapital(t);
    end++;
    if (!joinedInName(t)) break;
  }
  while (end > first + 1 && NAME_JOINERS.has(word(tokens[end - 1]))) end--;
  // "Iraqi government statistics", "Amnesty researchers": one capitalized word that qualifies a speaking head
  if (end === first + 1 && isCapital(tokens[first]!) && joinedInName(tokens[first]!)) {
    while (
      end < sentenceEnd &&
      end - first < MAX_NAME_WORDS &&
      SPEAKING_HEADS.some((heads) => heads.has(word(tokens[end])))
    )
      if (!joinedInName(tokens[end++]!)) break;
  }
  if (end === first) return null;
  return { name: doc.text.slice(tokens[first]!.start, tokens[end - 1]!.end), first, end };
}

export const accordingToRule: SourceRule = {
  id: 'according-to',
  why: '"According to X" names X as the one who stands behind what the sentence says.',
  examples: [
    { input: 'Nine people died, according to the Red Sea Port Authority.', sources: ['Red Sea Port Authority'] },
    { input: 'According to an investigation by the Lakeside Tribune, 40 homes burned.', sources: ['Lakeside Tribune'] },
    { input: 'According to the fire commissioner, Ada Rune, the roof fell first.', sources: ['Ada Rune'] },
    { input: 'According to Norland government figures, 40 homes burned.', sources: ['Norland government figures'] },
  ],
  cites: (doc) =>
    doc.sentences.flatMap((sentence) => {
      const according = accordingTo(doc, sentence.firstToken, sentence.endToken);
      if (!according) return [];
      const span = [doc.tokens[according.first]!.start, doc.tokens[according.end - 1]!.end] as const;
      // "according to the police commissioner, Ada Rune,": the person named after the role
      const apposed = apposedName(doc, span[0], span[1]);
      return [{ name: apposed ?? according.name, span: apposed ? null : span, rule: 'according-to' }];
    }),
};
