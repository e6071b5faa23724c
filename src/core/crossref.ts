// Cross-referencing a page's findings against saved claims (issue 4). Pure: this module derives the index
// keys the store looks claims up by, and judges the candidates the look-ups return, so the cost per finding
// depends on how many claims share a key, never on the size of the library.
import { claimSource, type ClaimFigure, type ClaimSource, type SavedClaim } from './formats/claim';
import type { CasualtyKind, Extraction, Qualifier } from './types';

export type Relation = 'same-source' | 'same-figure' | 'conflict' | 'near-duplicate';

export interface CrossReference {
  /** Which finding on the page (its probe id). */
  probeId: string;
  claimId: string;
  relation: Relation;
  /** A short human explanation: which name matched, which ranges clash, how similar the text is. */
  detail: string;
}

/** One finding of the current page, reduced to what cross-referencing needs. */
export interface CrossrefProbe {
  id: string;
  /** The sentence the finding sits in. */
  text: string;
  figure: Pick<ClaimFigure, 'value' | 'qualifier' | 'kind'> | null;
  source: ClaimSource | null;
}

/** The keys a claim is indexed under (multi-entry indexes in the store). */
export interface ClaimIndexKeys {
  sourceKeys: string[];
  /** `kind|value`: the same count of the same kind. */
  figureKeys: string[];
  /** `kind|word` for the place and date words around the figure: where conflicts are looked for. */
  contextKeys: string[];
  /** A bottom-k sketch of the claim's content words: near-duplicates share some of them. */
  textKeys: string[];
}

const TITLES = new Set(
  (
    'mr mrs ms miss dr prof sir dame lord lady rev fr sheikh imam president vice prime minister secretary ' +
    'senator sen rep governor gov mayor chief judge justice gen general lt col colonel maj major capt captain ' +
    'cmdr commander sgt sergeant adm admiral brig lieutenant spokesman spokeswoman spokesperson officer ' +
    'minister king queen prince princess pope st'
  ).split(' '),
);

const STOPWORDS = new Set(
  (
    'a an the and or but of in on at to for from by with as is are was were be been being has have had ' +
    'that this these those it its their there they he she his her we our you your not no than then said says ' +
    'say told according also who which what when where while after before into over about up out more least ' +
    'least some least all any each other such only own same so too very can will would could should may might'
  ).split(' '),
);

const MONTHS = new Set(
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'.split(
    ' ',
  ),
);
const WEEKDAYS = new Set('monday tuesday wednesday thursday friday saturday sunday'.split(' '));

/** Lower-case words with accents folded, so "Jacques" and "JACQUES" and "Jacqués" meet. */
export function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

function nameWithoutTitles(name: string): string[] {
  const parts = words(name);
  let first = 0;
  while (first < parts.length - 1 && TITLES.has(parts[first] ?? '')) first += 1;
  return parts.slice(first);
}

/**
 * Keys under which a source is found again: every written form without titles ("Maj. Josh Jacques" →
 * "josh jacques"), and for people the surname alone, which is how articles name them after first mention.
 */
export function sourceKeys(source: ClaimSource): string[] {
  const keys = new Set<string>();
  for (const form of [source.name, ...source.aliases]) {
    const parts = nameWithoutTitles(form);
    if (parts.length === 0) continue;
    keys.add(parts.join(' '));
    if (source.kind === 'person' && parts.length > 1) keys.add(parts[parts.length - 1] ?? '');
  }
  keys.delete('');
  return [...keys];
}

/** The closed range of counts a figure allows; null when the figure gives no number ("dozens"). */
export function figureRange(figure: Pick<ClaimFigure, 'value' | 'qualifier'>): [number, number] | null {
  const { value, qualifier } = figure;
  if (value === null || qualifier === 'vague') return null;
  const ranges: Record<Exclude<Qualifier, 'vague'>, [number, number]> = {
    exact: [value, value],
    at_least: [value, Infinity],
    more_than: [value + 1, Infinity],
    // "about 200": a tenth either way, at least one, is what a reader would not call a contradiction
    about: [Math.floor(value - Math.max(1, value * 0.1)), Math.ceil(value + Math.max(1, value * 0.1))],
    up_to: [0, value],
    fewer_than: [0, value - 1],
  };
  return ranges[qualifier];
}

export function rangesOverlap(a: [number, number], b: [number, number]): boolean {
  return a[0] <= b[1] && b[0] <= a[1];
}

/** A weekday, a month or a year, as `words` folds it: a date word, never a place. */
export const isDateWord = (word: string): boolean =>
  WEEKDAYS.has(word) || MONTHS.has(word) || /^(1[89]|20)\d\d$/.test(word);

/**
 * Place and date words of a sentence: capitalised words past the sentence's first word, months, weekdays
 * and years. Words of the figure's own source are left out: a clash needs the same event, not the same speaker.
 */
export function contextWords(sentence: string, exclude: Iterable<string> = []): string[] {
  const excluded = new Set([...exclude].flatMap((form) => words(form)));
  const found = new Set<string>();
  const tokens = [...sentence.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)];
  tokens.forEach((match, index) => {
    const raw = match[0];
    for (const word of words(raw)) {
      const startsUpper = /^\p{Lu}/u.test(raw);
      // "may" is a month only when written "May"
      const isDate = isDateWord(word) && (word !== 'may' || startsUpper);
      if (excluded.has(word)) continue;
      if (isDate || (index > 0 && startsUpper && !STOPWORDS.has(word) && !TITLES.has(word))) found.add(word);
    }
  });
  return [...found];
}

/** FNV-1a, 32 bits: a stable, cheap hash for the text sketch (and, with a second seed, for claim ids). */
export function hash(word: string, seed = 0x811c9dc5): number {
  let h = seed;
  for (let i = 0; i < word.length; i += 1) {
    h ^= word.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const SKETCH_SIZE = 4;

function contentWords(text: string): string[] {
  return words(text).filter((word) => !STOPWORDS.has(word));
}

/**
 * Bottom-k sketch keyed by pairs: the k smallest hashes of the content words, indexed two by two. Similar
 * texts share most of their smallest hashes, so some pair; unrelated texts that share one common word
 * rarely share a pair, which keeps each key's list of claims short.
 */
export function textSketch(text: string): string[] {
  const smallest = [...new Set(contentWords(text).map(hash))].sort((a, b) => a - b).slice(0, SKETCH_SIZE);
  if (smallest.length === 1) return [(smallest[0] ?? 0).toString(36)];
  return smallest.flatMap((first, i) =>
    smallest.slice(i + 1).map((second) => `${first.toString(36)}.${second.toString(36)}`),
  );
}

function trigrams(text: string): Set<string> {
  const folded = ` ${contentWords(text).join(' ')} `;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= folded.length; i += 1) grams.add(folded.slice(i, i + 3));
  return grams;
}

/** Jaccard similarity of character trigrams over content words, in [0, 1]. */
export function textSimilarity(a: string, b: string): number {
  const left = trigrams(a);
  const right = trigrams(b);
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const gram of left) if (right.has(gram)) shared += 1;
  return shared / (left.size + right.size - shared);
}

/** Similarity above which two claim texts count as the same claim reworded. */
export const NEAR_DUPLICATE_THRESHOLD = 0.6;

function figureKey(kind: CasualtyKind, value: number): string {
  return `${kind}|${value}`;
}

export function probeKeys(probe: CrossrefProbe): ClaimIndexKeys {
  const figure = probe.figure;
  const exclude = probe.source ? [probe.source.name, ...probe.source.aliases] : [];
  return {
    sourceKeys: probe.source ? sourceKeys(probe.source) : [],
    figureKeys: figure && figure.value !== null ? [figureKey(figure.kind, figure.value)] : [],
    contextKeys: figure ? contextWords(probe.text, exclude).map((word) => `${figure.kind}|${word}`) : [],
    textKeys: textSketch(probe.text),
  };
}

export function claimIndexKeys(claim: SavedClaim): ClaimIndexKeys {
  return probeKeys({ id: claim.id, text: claim.text, figure: claim.figure, source: claim.source });
}

function describeRange([low, high]: [number, number]): string {
  if (low === high) return `${low}`;
  return high === Infinity ? `${low} or more` : `${low}–${high}`;
}

/** What one saved claim has to do with one finding of the page: none, one or several relations. */
export function relate(
  probe: CrossrefProbe,
  claim: SavedClaim,
  // callers judging many pairs pass keys they already have (the store keeps each claim's keys)
  keys: ClaimIndexKeys = probeKeys(probe),
  saved: ClaimIndexKeys = claimIndexKeys(claim),
): CrossReference[] {
  const found: CrossReference[] = [];
  const add = (relation: Relation, detail: string): void => {
    found.push({ probeId: probe.id, claimId: claim.id, relation, detail });
  };

  if (probe.source && claim.source) {
    const shared = keys.sourceKeys.find((key) => saved.sourceKeys.includes(key));
    if (shared !== undefined) add('same-source', `${probe.source.name} = ${claim.source.name}`);
  }

  if (probe.figure && claim.figure && probe.figure.kind === claim.figure.kind) {
    const mine = figureRange(probe.figure);
    const theirs = figureRange(claim.figure);
    const sharedContext = keys.contextKeys.filter((key) => saved.contextKeys.includes(key));
    if (mine && theirs && rangesOverlap(mine, theirs)) {
      if (probe.figure.value === claim.figure.value || sharedContext.length > 0) {
        add('same-figure', `${describeRange(mine)} ${probe.figure.kind} agrees with ${describeRange(theirs)}`);
      }
    } else if (mine && theirs && sharedContext.length > 0) {
      const place = sharedContext.map((key) => key.slice(key.indexOf('|') + 1)).join(', ');
      add('conflict', `${describeRange(mine)} ${probe.figure.kind} vs ${describeRange(theirs)} saved (${place})`);
    }
  }

  const similarity = textSimilarity(probe.text, claim.text);
  if (similarity >= NEAR_DUPLICATE_THRESHOLD) add('near-duplicate', `${Math.round(similarity * 100)}% similar wording`);
  return found;
}

/** The sentence (or line) around a span: what a saved claim quotes and a probe compares. */
export function sentenceSpan(text: string, start: number, end: number): [number, number] {
  const before = text.slice(0, start);
  const sentenceStart = Math.max(
    before.lastIndexOf('. '),
    before.lastIndexOf('\n'),
    before.lastIndexOf('? '),
    before.lastIndexOf('! '),
  );
  const after = text.slice(end).search(/[.!?](\s|$)|\n/);
  let from = sentenceStart === -1 ? 0 : sentenceStart + 1;
  while (from < start && /\s/.test(text[from] ?? '')) from += 1;
  return [from, after === -1 ? text.length : end + after + 1];
}

function sentenceAround(text: string, start: number, end: number): string {
  const [from, to] = sentenceSpan(text, start, end);
  return text.slice(from, to).trim();
}

/** The probes of a page: one per figure (with its source when named) and one per named source. */
export function probesFromExtraction(extraction: Extraction): CrossrefProbe[] {
  const byName = new Map(extraction.sources.map((source) => [source.name, source]));
  const figureProbes = extraction.figures.map((figure, index): CrossrefProbe => {
    const named = figure.source === null ? undefined : byName.get(figure.source);
    return {
      id: `figure-${index}`,
      text: sentenceAround(extraction.text, figure.start, figure.end),
      figure: { value: figure.value, qualifier: figure.qualifier, kind: figure.kind },
      source: claimSource(figure.source, named),
    };
  });
  const sourceProbes = extraction.sources
    .filter((source) => source.kind !== 'anonymous')
    .map((source, index): CrossrefProbe => {
      const first = source.mentions[0] ?? [0, 0];
      return {
        id: `source-${index}`,
        text: sentenceAround(extraction.text, first[0], first[1]),
        figure: null,
        source: { name: source.name, kind: source.kind, aliases: source.aliases },
      };
    });
  return [...figureProbes, ...sourceProbes];
}
