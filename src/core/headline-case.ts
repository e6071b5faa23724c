// Headlines and subheads are written in title case ("Obama Says Museum Will Tell of 'Suffering'"), and compromise
// reads a capitalized word as a name: "Says", "Will" and "Tell" came out proper nouns, and no rule or model saw the
// verb. Before the parse, a title-case line is put in sentence case, word by word as the article itself writes the
// word: "says" stays lower case in the body, "Obama" stays capitalized. The parse reads the recased copy; tokens
// keep the text as written (document.ts slices it from the original), so no offset moves.
import type { Paragraph, Quotation } from './document';

/** The words title case leaves in lower case (Chicago and AP style): they tell nothing about the line's case. */
const MINOR_WORDS: ReadonlySet<string> = new Set(
  'a an and as at but by for from in into nor of on onto or over per the to up upon via vs with'.split(' '),
);
const WORD = /\p{L}[\p{L}\p{M}]*/gu;
/** Lines longer than this are prose, whatever their case. */
const MAX_HEADLINE_WORDS = 30;
/** The share of a line's other words that must be capitalized for the line to be in title case. */
const TITLE_CASE_SHARE = 0.8;

const isCapitalized = (word: string): boolean => /^\p{Lu}/u.test(word);
const isAllCapitals = (word: string): boolean => word.length > 1 && word === word.toUpperCase();

/** Whether a line is in title case: short, and nearly every word but the minor ones capitalized. */
export function isTitleCase(line: string): boolean {
  // a paragraph of prose is longer than any headline: no need to split it into words to know
  if (line.length > MAX_HEADLINE_WORDS * 25) return false;
  const words = line.match(WORD) ?? [];
  if (words.length < 3 || words.length > MAX_HEADLINE_WORDS) return false;
  const major = words.slice(1).filter((word) => !MINOR_WORDS.has(word.toLowerCase()));
  if (major.length < 2) return false;
  return major.filter(isCapitalized).length >= TITLE_CASE_SHARE * major.length;
}

/** The paragraphs of `text` written in title case: its headline and subheads. */
export const titleCaseLines = (text: string, paragraphs: readonly Paragraph[]): Paragraph[] =>
  paragraphs.filter((line) => isTitleCase(text.slice(line.start, line.end)));

/**
 * `text` with its `headlines` (title-case lines, sorted) put in sentence case, one code unit for one: a word is
 * lowered where the rest of the text writes it lower case more often than capitalized inside a sentence; a word the
 * rest never writes, a line's first word and a word in capitals (an acronym) keep their case.
 */
export function sentenceCased(text: string, headlines: readonly Paragraph[]): string {
  if (headlines.length === 0) return text;
  const usage = caseUsage(text, headlines);
  let out = '';
  let copied = 0;
  for (const line of headlines) {
    let first = true;
    for (const match of text.slice(line.start, line.end).matchAll(WORD)) {
      const word = match[0];
      const isFirst = first;
      first = false;
      if (isFirst || !isCapitalized(word) || isAllCapitals(word)) continue;
      const seen = usage.get(word.toLowerCase());
      if (seen && seen.capitalized >= seen.lower) continue;
      const lowered = word[0]!.toLowerCase() + word.slice(1);
      if (lowered.length !== word.length) continue;
      const at = line.start + match.index;
      out += text.slice(copied, at) + lowered;
      copied = at + word.length;
    }
  }
  return out + text.slice(copied);
}

/**
 * How the text outside the headlines writes each word: lower case, or capitalized inside a sentence (after a word,
 * not at a sentence's or a line's start, where every word is capitalized).
 */
function caseUsage(text: string, headlines: readonly Paragraph[]): Map<string, { lower: number; capitalized: number }> {
  const usage = new Map<string, { lower: number; capitalized: number }>();
  let next = 0;
  for (const match of text.matchAll(WORD)) {
    while (next < headlines.length && headlines[next]!.end <= match.index) next++;
    const headline = headlines[next];
    if (headline && headline.start <= match.index) continue;
    const word = match[0];
    const key = word.toLowerCase();
    const seen = usage.get(key) ?? { lower: 0, capitalized: 0 };
    if (!isCapitalized(word)) seen.lower++;
    else if (!isAllCapitals(word) && insideSentence(text, match.index)) seen.capitalized++;
    else continue;
    usage.set(key, seen);
  }
  return usage;
}

/** Whether the word at `index` follows another word of its sentence (the last thing before it is no sentence end). */
function insideSentence(text: string, index: number): boolean {
  for (let i = index - 1; i >= 0; i--) {
    const c = text[i]!;
    if (c === '\n') return false;
    if (/\s/.test(c) || /["“”'‘’([]/.test(c)) continue;
    return !/[.!?:;]/.test(c);
  }
  return false;
}

/** A single-quoted phrase as headlines write one: ‘ after a space, a colon or the line's start, ’ before a break. */
const HEADLINE_QUOTE = /(?<=^|[\s:(—–-])‘([^‘’]*(?:’\p{L}[^‘’]*)*)’(?=[.,;:!?]*(?:\s|$))/gu;

/**
 * The quotations of `headlines` (title-case lines) written in single marks, which headlines use where prose uses
 * double ones ("Warren Hammers Wells Fargo CEO: ‘You Should Be Criminally Investigated.’"); an apostrophe inside a word
 * ("Clinton’s") neither opens nor closes one. Lines in prose are left to the quotation finder: there a single mark
 * is as often an apostrophe or a quote inside a quote.
 */
export function headlineQuotations(text: string, headlines: readonly Paragraph[]): Quotation[] {
  const found: Quotation[] = [];
  for (const line of headlines) {
    const body = text.slice(line.start, line.end);
    for (const match of body.matchAll(HEADLINE_QUOTE)) {
      const start = line.start + match.index;
      const end = start + match[0].length;
      found.push({ start, end, innerStart: start + 1, innerEnd: end - 1 });
    }
  }
  return found;
}
