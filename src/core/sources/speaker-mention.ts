// The speaker as the text writes it whole, where the attribution's mention is only a part of it: the possessor of
// "Rajesh's wife told", the pronoun of "one of them said".
import type { ArticleDocument } from '../document';
import { lookupKnownSource } from '../lexicon/known-sources';
import { ROLE_WORDS } from '../lexicon/source-words';
import { tokensWritten } from '../tokens';
import { acronymsOf } from './acronyms';
import type { Attribution, Span } from '../types';

export const ROLE_NOUNS = new RegExp(`\\b(?:${ROLE_WORDS.join('|')})\\b`, 'i');
/** ", Olugbenga Fadeyi," or ", Osai Ojigho." right after a role: two to four capitalized words, then a stop. */
const APPOSED_NAME =
  /^(?:\s+(?:in|of|for|at)\s+[^,.;]{1,40})?,\s+((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’-]*)(?=\s*[,.;]|\s*$)/u;
/** "Angela Roe, the group's Africa coordinator said": a name that opens a clause, then a comma and its role. */
const NAME_BEFORE_ROLE =
  /(?:^|[.!?”"]\s+|\n)((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’-]*),\s+((?:(?:a|an|the)\s+)?[^,.;]{0,60})$/u;

/**
 * "the spokesman of the state police, Ivo Stern, said", "Ivo Stern, a spokesman for the state police said": the
 * person a role phrase stands in apposition to is the speaker; null when no name stands by the role.
 */
export function apposedName(doc: ArticleDocument, roleStart: number, roleEnd: number): string | null {
  const role = doc.text.slice(roleStart, roleEnd);
  const before = NAME_BEFORE_ROLE.exec(doc.text.slice(Math.max(0, roleStart - 120), roleStart));
  // "On Wednesday, the group's director said" opens with a date, not a name
  const dated = (name: string): boolean =>
    name.split(/\s+/).some((w) => tokensWritten(doc, w).some((t) => t.tags.has('Date') || t.tags.has('Preposition')));
  if (before && ROLE_NOUNS.test(before[2]! + role) && !dated(before[1]!)) return before[1]!;
  if (!ROLE_NOUNS.test(role)) return null;
  return APPOSED_NAME.exec(doc.text.slice(roleEnd, roleEnd + 80))?.[1] ?? null;
}

/**
 * Where `name` is written around a mention's span: running on from its start ("Rajesh's | wife") or up to its end
 * ("Food and | Drug Administration"); null when the text writes it neither way.
 */
export function spanOfNameAround(text: string, span: Span, name: string): Span | null {
  if (text.slice(span[0], span[0] + name.length) === name) return [span[0], span[0] + name.length];
  const from = span[1] - name.length;
  return from >= 0 && text.slice(from, span[1]) === name ? [from, span[1]] : null;
}

/** Words between a speaker and its cue that belong to neither: "had told", "also said", "recently wrote". */
const BEFORE_CUE = /^(?:had|has|have|was|were|is|are|also|will|would|could|can|may|might|been|then|\p{L}+ly)$/u;
const PARTITIVE = /\b(?:one|some|many|most|several|two|three|four|none|each|both|few|all) of\s*$/i;

/** One name of a list: capitalized words and the words inside names ("Mwatana for Human Rights"). */
const LISTED_NAME = /^(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|of|for|the|on|to|de))*$/u;
const LIST_WINDOW = 240;

/**
 * "Amnesty International, Mwatana for Human Rights and the Samir Kassir Foundation have said": the names listed
 * before the speaker, with it, speak together; [] when no list of names ends in "and" right before the mention.
 */
export function listedWith(doc: ArticleDocument, a: Attribution): string[] {
  if (a.sourceStart === null || a.cueStart <= a.sourceStart) return [];
  const before = doc.text.slice(Math.max(0, a.sourceStart - LIST_WINDOW), a.sourceStart);
  const list = /^(.*?),?\s+and\s+$/su.exec(before);
  const mention = doc.text.slice(a.sourceStart, a.sourceEnd ?? a.sourceStart);
  if (!list || !LISTED_NAME.test(mention) || spelledOutAround(doc, a.sourceStart, mention)) return [];
  const items = list[1]!.split(/,\s+/);
  const names: string[] = [];
  for (let k = items.length - 1; k >= 0 && LISTED_NAME.test(items[k]!.trim()); k--) names.unshift(items[k]!.trim());
  return names;
}

/** Capitalized words and a word that joins them to the mention: "Committee to | Protect Journalists". */
const NAME_START = /((?:\p{Lu}[\p{L}'’-]*\s+){1,4})(of|for|to|on|and)\s+$/u;

/**
 * A long name the mention is the end of: "Syrian Observatory for | Human Rights", "Actors on | the ground", "Labour
 * Education and | Research" ("and" only before one word: "Amnesty and Human Rights Watch" are two).
 */
function wholeName(doc: ArticleDocument, at: number, mention: string): string | null {
  if (lookupKnownSource(mention)) return null;
  let name = mention;
  let start = at;
  for (let step = 0; step < 3; step++) {
    const before = NAME_START.exec(doc.text.slice(Math.max(0, start - 60), start));
    // "According to the report" opens a sentence, it names nothing
    if (
      !before ||
      /\baccording\b/i.test(before[1]!) ||
      (before[2] === 'and' && (name.includes(' ') || !/^\p{Lu}/u.test(name)))
    )
      break;
    name = `${before[0]}${name}`;
    start -= before[0].length;
  }
  return name === mention ? null : name;
}

/**
 * "the US Food and | Drug Administration (FDA)": a name the text spells out before its acronym, whose end the mention
 * is, is one name, "and" or not.
 */
function spelledOutAround(doc: ArticleDocument, at: number, mention: string): string | null {
  for (const name of acronymsOf(doc).acronymOf.keys()) {
    if (name.length <= mention.length || !name.endsWith(` ${mention}`)) continue;
    if (doc.text.slice(at + mention.length - name.length, at + mention.length) === name) return name;
  }
  return null;
}

/**
 * "Rajesh's" of "Rajesh's wife had told" → "Rajesh's wife"; "them" of "one of them said" → "one of them"; otherwise
 * the attribution's own source.
 */
export function speakerName(doc: ArticleDocument, a: Attribution): string | null {
  if (!a.source || a.sourceStart === null || a.sourceEnd === null) return a.source;
  const mention = doc.text.slice(a.sourceStart, a.sourceEnd);
  // the mention "Rajesh's wife" resolved to its possessor ("Rajesh's", "Rajesh")
  if (mention.startsWith(a.source) && mention.length > a.source.length && /\p{L}['’]s \p{Ll}/u.test(mention))
    return mention;
  if (mention !== a.source) return a.source;
  const apposed = apposedName(doc, a.sourceStart, a.sourceEnd);
  if (apposed) return apposed;
  // the spelled-out name may be part of a longer one still: "Karamat Ali of | Pakistan Institute of ... (PILER)"
  const spelled = spelledOutAround(doc, a.sourceStart, mention);
  const whole = spelled
    ? (wholeName(doc, a.sourceEnd - spelled.length, spelled) ?? spelled)
    : wholeName(doc, a.sourceStart, mention);
  if (whole) return whole;
  if (/^(?:them|those|us)$/i.test(mention)) {
    const partitive = PARTITIVE.exec(doc.text.slice(Math.max(0, a.sourceStart - 16), a.sourceStart));
    return partitive ? `${partitive[0].trim()} ${mention}` : a.source;
  }
  if (!/\p{L}['’]s$/u.test(mention) || a.cueStart <= a.sourceEnd) return a.source;
  const between = doc.text.slice(a.sourceEnd, a.cueStart);
  if (/[^\p{L}\s'’.-]/u.test(between)) return a.source;
  const words = between.trim().split(/\s+/);
  while (words.length > 0 && BEFORE_CUE.test(words[words.length - 1]!.toLowerCase())) words.pop();
  return words.length > 0 && words.length <= 5 ? `${mention} ${words.join(' ')}` : a.source;
}
