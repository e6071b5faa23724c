// The sources an article cites: speakers of its attributions, "according to X", the sources of its
// figures and well-known outlets it quotes ("told AFP"). Mentions of one source are merged under its
// fullest bare name ("John J. Thomas" with "Colonel John J. Thomas" and "Thomas" as aliases).
import type { ArticleDocument, Token } from '../document';
import { isGivenName } from '../lexicon/given-names';
import { UNNAMED_PRONOUNS } from '../lexicon/pronouns';
import { lookupKnownSource, type KnownSource } from '../lexicon/known-sources';
import { DOCUMENT_WORDS, ORGANIZATION_WORDS, ROLE_WORDS, TITLES, ANONYMOUS_HEADS } from '../lexicon/source-words';
import type { Attribution, Figure, NamedSource, SourceKind, Span } from '../types';
import { accordingToRule } from './according-to';
import { attributionSpeaker } from './attribution-speaker';
import { citedKnownSource } from './cited-known-source';
import { citedObject } from './cited-object';
import { creditLine } from './credit-line';
import { acronymsOf } from './acronyms';
import { describedName } from './described-name';
import { documentAuthor } from './document-author';
import { figureSource } from './figure-source';
import { postCredit } from './post-credit';
import { cleanName, isCitable, isPlaceOrDate } from './citable';
import { reportedBy } from './reported-by';
import { toldOutlet } from './told-outlet';
import type { Cite, SourceRule } from './rule';
import { ROLE_NOUNS, spanOfNameAround } from './speaker-mention';
import { tokensWritten } from '../tokens';

const ROLE_PATTERN = ROLE_WORDS.join('|');

/** "Harbor Authority spokesman Tom Reyes": capitalized words, then a lower-case role noun, right before the name. */
const ROLE_BEFORE = new RegExp(`((?:\\p{Lu}[\\p{L}.'’-]*\\s+)+(?:${ROLE_PATTERN}))\\s*,?\\s*$`, 'u');

/** Where a source is cited, in the order they run; each source's `rule` is the rule of its first cite. */
export const SOURCE_RULES: readonly SourceRule[] = [
  attributionSpeaker,
  accordingToRule,
  figureSource,
  citedKnownSource,
  toldOutlet,
  creditLine,
  postCredit,
  reportedBy,
  documentAuthor,
  citedObject,
];

export function collectSources(
  doc: ArticleDocument,
  attributions: readonly Attribution[],
  figures: readonly Figure[],
): NamedSource[] {
  const cites = SOURCE_RULES.flatMap((rule) => rule.cites(doc, attributions, figures));

  const groups: Group[] = [];
  for (const cite of cites.flatMap((found) => splitAffiliation(doc.text, found))) addCite(doc, groups, cite);
  mergeSurnames(groups);
  mergeStaffIntoBody(groups);
  return groups.map((g) => toSource(doc, g)).sort((a, b) => (a.mentions[0]?.[0] ?? 0) - (b.mentions[0]?.[0] ?? 0));
}

interface Group {
  canonical: string;
  kind: SourceKind;
  known: KnownSource | undefined;
  forms: Set<string>;
  spans: Span[];
  rule: string;
}

/** "Jane Roe of the Daily Star", "the Star's Roe": the person and the known outlet are two sources. */
function splitAffiliation(text: string, cite: Cite): Cite[] {
  const of = /^(.+?) (?:of|at|from) (?:the )?(.+)$/i.exec(cite.name);
  if (of && lookupKnownSource(of[2]!) && /^\p{Lu}/u.test(of[1]!))
    return [
      { ...cite, name: of[1]!, span: cite.span && [cite.span[0], cite.span[0] + of[1]!.length] },
      { ...cite, name: of[2]!, span: null },
    ];
  // "James Sarnicki of the Linden Police Department": the person speaks, the body is where they work
  if (of && isAffiliatedPerson(of[1]!, of[2]!)) {
    // the mention may be the body alone, the whole name found around it: the person's span is where the name opens
    const whole = cite.span && spanOfNameAround(text, cite.span, cite.name);
    return [{ ...cite, name: of[1]!, span: whole && [whole[0], whole[0] + of[1]!.length] }];
  }
  const possessive = /^(.+?)['’]s (.+)$/.exec(cite.name);
  if (possessive && lookupKnownSource(possessive[1]!))
    return [
      { ...cite, name: possessive[1]!, span: null },
      { ...cite, name: possessive[2]!, span: cite.span && [cite.span[1] - possessive[2]!.length, cite.span[1]] },
    ];
  return [cite];
}

/** A personal name (a given name, then one to three capitalized words) and a body's name with a body's head. */
function isAffiliatedPerson(person: string, body: string): boolean {
  const words = person.split(' ');
  const bodyHead = body.split(' ').pop()!.toLowerCase();
  return (
    words.length >= 2 &&
    words.length <= 4 &&
    isGivenName(words[0]!) &&
    words.every((w) => /^\p{Lu}/u.test(w) && !ORGANIZATION_WORDS.has(w.toLowerCase())) &&
    ORGANIZATION_WORDS.has(bodyHead)
  );
}

const key = (name: string): string => cleanName(name).toLowerCase().replace(/[’]/g, "'");

/** "Assistance Association for Political Prisoners (AAPP": a name cut with its bracketed acronym. */
const BRACKETED_ACRONYM = /^(.*\S)\s*\(\p{Lu}[\p{Lu}\d&-]{1,9}\)?$/u;

function addCite(doc: ArticleDocument, groups: Group[], cite: Cite): void {
  // a name never runs across paragraphs: "By Costa Nkomo\n\nTHE Zimbabwe Congress" ends a byline, then opens a name
  const raw = cite.name.split(/\n\s*\n/).pop()!;
  const described = describedName(cleanName(raw));
  const asWritten = (described ? described.name : cleanName(raw)).replace(BRACKETED_ACRONYM, '$1');
  // "CPJ" and "Committee to Protect Journalists (CPJ)" are one source, named in full
  const { expansionOf, acronymOf } = acronymsOf(doc);
  const written = expansionOf.get(asWritten) ?? asWritten;
  // an unresolved pronoun names nobody, nor does a possessive ("The state's" is a modifier, not a speaker)
  if (
    !written ||
    (UNNAMED_PRONOUNS.has(written.toLowerCase()) && written !== written.toUpperCase()) ||
    /['’]s$/.test(raw.trim())
  )
    return;
  const known = lookupKnownSource(written);
  if (!known && !(cite.speaks ? !isPlaceOrDate(doc, written) : isCitable(doc, written))) return;
  // a speaker named by surname only ("Rajoy said") is the person named in full elsewhere in the article
  const fullName =
    !known && /^\p{Lu}\p{Ll}+$/u.test(written) && !ANONYMOUS_HEADS.has(written.toLowerCase())
      ? knownFullNameOf(doc, written)
      : null;
  const titled = known || fullName ? null : titledPerson(written);
  const kind = fullName || titled ? 'person' : (known?.kind ?? cite.kind ?? described?.kind ?? kindOf(doc, written));
  // the canonical name is written in the article: a known source keeps the fullest form the text uses
  const canonical = fullName ?? titled ?? (kind === 'person' ? bareName(written) : written);
  // "US President" without a name is a title: an unnamed reference
  if (kind === 'person' && canonical.split(' ').every((w) => TITLES.has(w.toLowerCase()))) return;
  const existing = groups.find(
    (g) =>
      (known && g.known === known) ||
      key(g.canonical) === key(canonical) ||
      [...g.forms].some((f) => key(f) === key(written)),
  );
  const group = existing ?? { canonical, kind, known, forms: new Set<string>(), spans: [], rule: cite.rule };
  if (!existing) groups.push(group);
  group.forms.add(written);
  const acronym = acronymOf.get(written);
  if (acronym) group.forms.add(acronym);
  if (described) group.forms.add(cleanName(raw));
  if (canonical.length > group.canonical.length && (group.kind === 'person' || known)) group.canonical = canonical;
  const span = cite.span && raw !== cite.name ? ([cite.span[1] - raw.length, cite.span[1]] as const) : cite.span;
  if (span) group.spans.push(span);
}

/** Drops the titles in front of a personal name: "Colonel John J. Thomas" → "John J. Thomas". */
function bareName(name: string): string {
  const words = name.split(' ');
  let first = 0;
  while (first < words.length - 1 && (TITLES.has(words[first]!.toLowerCase()) || /^[a-z]/.test(words[first]!))) first++;
  // a joiner the title stood before ("Mayor \u200dJo Roe") is now the name's edge
  return cleanName(words.slice(first).join(' '));
}

/** Role and honorific words that end a title in front of a personal name. */
const TITLE_ENDS = new RegExp(
  `^(?:${ROLE_PATTERN}|minister|mayor|chief|dr\\.?|col\\.|maj\\.|gen\\.|sgt\\.|lt\\.|capt\\.|sen\\.|rep\\.|gov\\.|mr\\.?|mrs\\.?|ms\\.?)$`,
  'i',
);

/**
 * The personal name after a title, however long the title: "Taliban spokesman Zabihullah Mujahid",
 * "Charlotte Mayor Jennifer Roberts" → the last two words. Null when no title word precedes 1-4 capitalized words.
 */
function titledPerson(name: string): string | null {
  const words = name.split(' ');
  for (let i = words.length - 2; i >= 0; i--) {
    if (!TITLE_ENDS.test(words[i]!)) continue;
    const tail = words.slice(i + 1);
    const isName =
      tail.length <= 4 && tail.every((w) => /^\p{Lu}/u.test(w) && !ORGANIZATION_WORDS.has(w.toLowerCase()));
    return isName ? cleanName(tail.join(' ')) : null;
  }
  return null;
}

const NAME_PREPOSITIONS = new Set(['of', 'for', 'at', 'in', 'from', 'on']);

function kindOf(doc: ArticleDocument, name: string): SourceKind {
  const words = name.split(' ');
  const last = words[words.length - 1]!.toLowerCase();
  const capitalized = words.filter((w) => /^\p{Lu}/u.test(w));
  // "Yemen's interior ministry", "the US military": one body that a proper name places is that body (not "the
  // spokesman of the State Command", whose head is the spokesman, nor "Kenyan media", many outlets)
  const modifiers = words.slice(0, -1);
  const placed =
    !modifiers.some((w) => NAME_PREPOSITIONS.has(w)) &&
    modifiers.some(
      (w) =>
        /^\p{Lu}.*['’]s$/u.test(w) ||
        tokensWritten(doc, w).some((t) => t.tags.has('ProperNoun') || t.tags.has('Acronym')),
    );
  if (ORGANIZATION_WORDS.has(last) && last !== 'media' && placed) return 'organization';
  // "officials", but not "the Zimbabwe Congress of Trade Unions": a capitalized head ends a name
  const capitalizedHead = words.length >= 2 && /^\p{Lu}/u.test(words[words.length - 1]!);
  if (ANONYMOUS_HEADS.has(last) && !capitalizedHead) return 'anonymous';
  if (DOCUMENT_WORDS.has(last)) return capitalized.length > 0 ? 'document' : 'anonymous';
  // names of people and bodies are capitalized: "a letter to the board", "partially" name nobody
  if (capitalized.length === 0 || /^\p{Ll}/u.test(words[0]!)) return 'anonymous';
  if (/^\p{Ll}/u.test(words[words.length - 1]!) && !ORGANIZATION_WORDS.has(last))
    return DOCUMENT_WORDS.has(last) ? 'document' : 'anonymous';
  // one unknown word that is a plural or a nationality ("Salafists", "Libyan") is a group, not a name
  if (
    words.length === 1 &&
    (/\p{Ll}s$/u.test(name) || TITLES.has(last) || tokensWritten(doc, name).some((t) => t.tags.has('Demonym')))
  )
    return 'anonymous';
  if (words.some((w) => ORGANIZATION_WORDS.has(w.toLowerCase().replace(/['’]s$/, '')))) return 'organization';
  if (/^[A-Z]{2,}$/.test(name)) return 'organization';
  return isPersonName(doc, name) ? 'person' : 'organization';
}

/** compromise tags personal names; a name it never tags Person is taken for an organization. */
function isPersonName(doc: ArticleDocument, name: string): boolean {
  const words = name.split(' ');
  const lastWord = words[words.length - 1]!;
  return (
    tokensWritten(doc, lastWord).some((t) => t.tags.has('Person')) ||
    (words.length >= 2 && words.length <= 4 && words.every((w) => /^\p{Lu}/u.test(w)))
  );
}

/** The token starting at offset `at` (tokens are in text order: a binary search), or undefined. */
function tokenStartingAt(doc: ArticleDocument, at: number): Token | undefined {
  let lo = 0;
  let hi = doc.tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const start = doc.tokens[mid]!.start;
    if (start === at) return doc.tokens[mid];
    if (start < at) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

const fullNames = new WeakMap<ArticleDocument, Map<string, string | null>>();

/** fullNameOf, read once per document and surname: it searches the whole text, and a long page cites one name often. */
function knownFullNameOf(doc: ArticleDocument, surname: string): string | null {
  let known = fullNames.get(doc);
  if (!known) fullNames.set(doc, (known = new Map()));
  if (!known.has(surname)) known.set(surname, fullNameOf(doc, surname));
  return known.get(surname)!;
}

/** "Mariano Rajoy" for "Rajoy" when the article writes the full name: capitalized words right before the surname. */
function fullNameOf(doc: ArticleDocument, surname: string): string | null {
  const escaped = surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // capitalized words or initials ("J."), never a word ending a sentence ("Island. Officials")
  const pattern = new RegExp(`((?:(?:\\p{Lu}[\\p{L}'’-]*|\\p{Lu}\\.)[ ]){1,4})${escaped}(?![\\p{L}\\p{N}])`, 'gu');
  for (const m of doc.text.matchAll(pattern)) {
    const written = `${m[1]!.trim()} ${surname}`;
    const name = titledPerson(written) ?? bareName(written);
    const first = tokenStartingAt(doc, m.index + m[0].length - name.length);
    const partOfSpeech =
      first &&
      ['Preposition', 'Determiner', 'Conjunction', 'Pronoun', 'Adverb', 'Place', 'Date'].some((tag) =>
        first.tags.has(tag),
      );
    if (name !== surname && !partOfSpeech) return name;
  }
  return null;
}

/**
 * "Thomas" said after "John J. Thomas" was named: the same person. Likewise a name that is only the start of
 * a longer cited name ("World Travel" of "World Travel and Tourism Council") is that source cut short.
 */
function mergeSurnames(groups: Group[]): void {
  for (let i = groups.length - 1; i >= 0; i--) {
    const short = groups[i]!;
    if (short.known) continue;
    const words = short.canonical.split(' ');
    const full = groups.find((g) => {
      if (g === short) return false;
      return [g.canonical, ...g.forms].some((form) => {
        const longer = form.split(' ');
        if (longer.length <= words.length) return false;
        // "De Iesu" of "Antonio De Iesu": a person's surname, however many words it has;
        const tail = words.every((w, k) => longer[longer.length - words.length + k] === w);
        // "Research" of "Institute of Labour Education and Research": a name's end, cut after the word joining it
        const cutAfterJoiner = /^(?:and|of|for|to|on)$/.test(longer[longer.length - words.length - 1] ?? '');
        return (tail && (g.kind === 'person' || cutAfterJoiner)) || words.every((w, k) => longer[k] === w);
      });
    });
    if (!full) continue;
    for (const f of short.forms) full.forms.add(f);
    full.spans.push(...short.spans);
    groups.splice(i, 1);
  }
}

/** How far back "Its researchers" looks for the body it belongs to: about a paragraph. */
const STAFF_REACH = 600;

/**
 * "The Harbour Trust said ... Its researchers found": staff named by a possessive pronoun speak for the body named
 * last before them, so they are that body's mention, not an unnamed source of their own.
 */
function mergeStaffIntoBody(groups: Group[]): void {
  for (let i = groups.length - 1; i >= 0; i--) {
    const staff = groups[i]!;
    const at = staff.spans[0]?.[0];
    if (staff.kind !== 'anonymous' || at === undefined || !/^(?:its|their) \p{Ll}/iu.test(staff.canonical)) continue;
    let body: Group | undefined;
    let bodyEnd = at - STAFF_REACH;
    for (const g of groups) {
      if (g.kind !== 'organization' && g.kind !== 'outlet') continue;
      for (const [, end] of g.spans) {
        if (end <= at && end > bodyEnd) [body, bodyEnd] = [g, end];
      }
    }
    if (!body) continue;
    for (const f of staff.forms) body.forms.add(f);
    body.spans.push(...staff.spans);
    groups.splice(i, 1);
  }
}

function toSource(doc: ArticleDocument, group: Group): NamedSource {
  const aliases = [...group.forms].filter((f) => f !== group.canonical);
  const spans = [...group.spans];
  for (const form of [group.canonical, ...aliases]) spans.push(...occurrences(doc, form));
  const unique = new Map(spans.map((s) => [`${s[0]}:${s[1]}`, s]));
  // a mention inside a longer one is the same mention ("Trump" in "Donald Trump"): keep the outermost, never
  // overlapping
  const mentions: Span[] = [];
  for (const span of [...unique.values()].sort((a, b) => a[0] - b[0] || b[1] - a[1])) {
    if (mentions.length === 0 || span[0] >= mentions[mentions.length - 1]![1]) mentions.push(span);
  }
  return {
    name: group.canonical,
    kind: group.kind,
    role: group.kind === 'person' ? roleOf(doc.text, mentions) : null,
    aliases,
    mentions,
    rule: group.rule,
  };
}

const WORD_RUN = /[\p{L}\p{N}]+/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** The whole character at `at` (both halves of a surrogate pair), NUL past the end. */
const characterAt = (text: string, at: number): string => String.fromCodePoint(text.codePointAt(at) ?? 0);
const wordStartsByText = new WeakMap<ArticleDocument, Map<string, number[]>>();

/** Where each run of letters and digits starts, by its text: read once per document, not once per name. */
function wordStarts(doc: ArticleDocument, run: string): number[] {
  let index = wordStartsByText.get(doc);
  if (!index) {
    index = new Map();
    for (const m of doc.text.matchAll(WORD_RUN)) {
      const starts = index.get(m[0]);
      if (starts) starts.push(m.index);
      else index.set(m[0], [m.index]);
    }
    wordStartsByText.set(doc, index);
  }
  return index.get(run) ?? [];
}

/**
 * Every place the text writes `form` as whole words. The candidates are the places its first word is written, so a
 * page with many sources is not scanned once per name and alias (they were a tenth of the extractor's time).
 */
function occurrences(doc: ArticleDocument, form: string): Span[] {
  const first = /^[\p{L}\p{N}]+/u.exec(form);
  if (form.length < 2 || !first) return [];
  const { text } = doc;
  return wordStarts(doc, first[0])
    .filter((start) => text.startsWith(form, start) && !LETTER_OR_DIGIT.test(characterAt(text, start + form.length)))
    .map((start) => [start, start + form.length] as const);
}

/**
 * The role the text gives a person: an apposition after a mention ("Jane Roe, a spokeswoman for the
 * ministry,") or an organization's title right before it ("Ministry spokeswoman Jane Roe").
 */
function roleOf(text: string, mentions: Span[]): string | null {
  for (const [start, end] of mentions) {
    const after = /^,\s+(?:(?:a|an|the)\s+)?([^,.;:"“”]{3,80}?)(?=[,.;:]|\s+(?:said|told|according)\b)/.exec(
      text.slice(end, end + 100),
    );
    if (after && ROLE_NOUNS.test(after[1]!) && /^\p{Ll}/u.test(after[1]!)) return after[1]!.trim();
    const before = ROLE_BEFORE.exec(text.slice(Math.max(0, start - 80), start));
    if (before) return before[1]!;
  }
  return null;
}
