// Quantities read off doc.tokens: digits ("1,500", "3.5 million"), number words in any case ("TWO",
// "forty-nine", "a dozen"), vague collectives ("dozens", "tens of thousands") and their qualifiers
// ("at least", "nearly", "between 100 and 200"). compromise's numbers() misses the vague forms and
// ranges, and calling it would parse again, so this works from the tokens of the one parse.
import type { ArticleDocument, Token } from './document';
import { joined, word } from './tokens';
import type { Qualifier } from './types';

export interface Quantity {
  /** Token range of the number itself, qualifier excluded. */
  firstToken: number;
  endToken: number;
  /** Token where the quantity phrase starts: the qualifier's first token, or firstToken. */
  phraseStart: number;
  value: number | null;
  qualifier: Qualifier;
  /** The qualifier as written ("as many as"), null when none. */
  qualifierText: string | null;
  /** For the low end of a range ("between 100 and 200"), the high end. */
  rangeHigh?: Quantity;
}

const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  dozen: 12,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000 };
/** Plural collectives that stand for an unstated number ("dozens were hurt"). */
const VAGUE = new Set(['dozens', 'scores', 'hundreds', 'thousands', 'millions', 'tens']);
/** 1,500 and 3.5, also the Indian grouping of lakhs and crores (1,97,666). */
const DIGITS = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d{1,2}(?:,\d{2})*,\d{3}$|^\d+(?:\.\d+)?$/;

/** Qualifiers, longest first so "more than" wins over "more". Lower-case token sequences. */
const QUALIFIERS: ReadonlyArray<readonly [string[], Qualifier]> = [
  [['no', 'fewer', 'than'], 'at_least'],
  [['no', 'less', 'than'], 'at_least'],
  [['at', 'least'], 'at_least'],
  [['a', 'minimum', 'of'], 'at_least'],
  [['more', 'than'], 'more_than'],
  [['upwards', 'of'], 'more_than'],
  [['in', 'excess', 'of'], 'more_than'],
  [['over'], 'more_than'],
  [['above'], 'more_than'],
  [['beyond'], 'more_than'],
  [['as', 'many', 'as'], 'up_to'],
  [['up', 'to'], 'up_to'],
  [['nearly'], 'up_to'],
  [['almost'], 'up_to'],
  [['close', 'to'], 'up_to'],
  [['fewer', 'than'], 'fewer_than'],
  [['less', 'than'], 'fewer_than'],
  [['under'], 'fewer_than'],
  [['an', 'estimated'], 'about'],
  [['approximately'], 'about'],
  [['roughly'], 'about'],
  [['around'], 'about'],
  [['about'], 'about'],
  [['some'], 'about'],
  [['estimated'], 'about'],
];

/** A token's word in lower case with straight apostrophes; '' past the end. */

/** compromise tags the day of "March 3" as a Date, and sometimes a count after a weekday: a comma tells a count. */
const isNumeric = (t: Token): boolean =>
  DIGITS.test(t.text) &&
  !t.tags.has('Money') &&
  !t.tags.has('Percent') &&
  !t.tags.has('Ordinal') &&
  (t.text.includes(',') || (!t.tags.has('Date') && !t.tags.has('Year')));

/** Parses the number starting at token i; returns its value (null when vague) and its end, or null. */
function readNumber(tokens: Token[], i: number, sentenceEnd: number): { value: number | null; end: number } | null {
  const first = tokens[i]!;
  const w = word(first);
  if (first.tags.has('Ordinal') || first.tags.has('Money') || first.tags.has('Percent')) return null;
  // "On Saturday, 14 students": compromise reads a count after a weekday as the day of a month none follows
  const afterWeekday =
    !!tokens[i - 1]?.tags.has('WeekDay') &&
    tokens[i - 1]!.after === ',' &&
    !tokens[i + 1]?.tags.has('Month') &&
    /^\d{1,3}$/.test(first.text);
  if (isNumeric(first) || afterWeekday) {
    // "40-year-old", "3-month": a measure, not a count
    const next = tokens[i + 1];
    if (first.after === '-' && next && next.start === first.end + 1 && !isNumeric(next)) return null;
    let value = Number(first.text.replaceAll(',', ''));
    let end = i + 1;
    if (next && end < sentenceEnd && joined(first) && SCALES[word(next)] !== undefined) {
      value *= SCALES[word(next)]!;
      end++;
    }
    // a run of digits past 2^53 ("999…9 killed") is no count anyone reports, and would not stay exact
    return Number.isSafeInteger(Math.round(value)) ? { value: Math.round(value), end } : null;
  }
  if (w === 'tens' || w === 'hundreds') {
    // "tens of thousands", "hundreds of thousands": still vague
    const of = tokens[i + 1];
    const scale = tokens[i + 2];
    if (word(of) === 'of' && scale && i + 2 < sentenceEnd && VAGUE.has(word(scale)) && word(scale) !== 'tens')
      return { value: null, end: i + 3 };
    return w === 'tens' ? null : { value: null, end: i + 1 };
  }
  if (VAGUE.has(w)) return { value: null, end: i + 1 };
  if (
    w === 'a' &&
    i + 1 < sentenceEnd &&
    (word(tokens[i + 1]) === 'dozen' || SCALES[word(tokens[i + 1])] !== undefined)
  ) {
    const scaleWord = word(tokens[i + 1]);
    return { value: scaleWord === 'dozen' ? 12 : SCALES[scaleWord]!, end: i + 2 };
  }
  return readNumberWords(tokens, i, sentenceEnd);
}

/** "forty-nine", "one hundred and twenty", "TWO", "three thousand". */
function readNumberWords(tokens: Token[], i: number, sentenceEnd: number): { value: number; end: number } | null {
  let total = 0;
  let current = 0;
  let end = i;
  let seen = false;
  while (end < sentenceEnd) {
    const t = tokens[end]!;
    const w = word(t);
    if (UNITS[w] !== undefined && w !== 'dozen') {
      current += UNITS[w]!;
    } else if (seen && (SCALES[w] !== undefined || w === 'dozen')) {
      current = Math.max(current, 1) * (SCALES[w] ?? UNITS[w]!);
      if ((SCALES[w] ?? 0) >= 1000) {
        total += current;
        current = 0;
      }
    } else if (
      seen &&
      w === 'and' &&
      UNITS[word(tokens[end + 1])] !== undefined &&
      SCALES[word(tokens[end - 1])] !== undefined
    ) {
      // "one hundred and twenty"
    } else if (
      seen &&
      w === 'and' &&
      word(tokens[end + 1]) === 'a' &&
      word(tokens[end + 2]) === 'half' &&
      SCALES[word(tokens[end + 3])] !== undefined
    ) {
      // "two and a half thousand"
      current += 0.5;
      end += 2;
    } else break;
    seen = true;
    end++;
    // a comma or full stop ends the number: "two, three" are two numbers
    if (!t.text.includes('-') && !joined(t) && t.after !== '-') break;
  }
  if (!seen || !Number.isSafeInteger(total + current)) return null;
  return { value: total + current, end };
}

/** The qualifier written right before token i, if any. */
function readQualifier(
  tokens: Token[],
  i: number,
  sentenceStart: number,
): { start: number; qualifier: Qualifier; text: string } | null {
  for (const [words, qualifier] of QUALIFIERS) {
    const start = i - words.length;
    if (start < sentenceStart) continue;
    if (
      words.every((w, k) => word(tokens[start + k]) === w) &&
      words.slice(0, -1).every((_, k) => joined(tokens[start + k]!))
    ) {
      if (!joined(tokens[i - 1]!)) continue;
      return {
        start,
        qualifier,
        text: tokens
          .slice(start, i)
          .map((t) => t.text)
          .join(' '),
      };
    }
  }
  return null;
}

/** Every quantity in the document, in text order. */
export function findQuantities(doc: ArticleDocument): Quantity[] {
  const quantities: Quantity[] = [];
  for (const sentence of doc.sentences) {
    let i = sentence.firstToken;
    while (i < sentence.endToken) {
      const number = readNumber(doc.tokens, i, sentence.endToken);
      if (!number) {
        i++;
        continue;
      }
      const qualified = readQualifier(doc.tokens, i, sentence.firstToken);
      const vague = number.value === null;
      quantities.push({
        firstToken: i,
        endToken: number.end,
        phraseStart: qualified?.start ?? i,
        value: number.value,
        qualifier: vague ? 'vague' : (qualified?.qualifier ?? 'exact'),
        qualifierText: qualified?.text ?? null,
      });
      i = number.end;
    }
  }
  markRanges(doc.tokens, quantities);
  return quantities;
}

/** "between 100 and 200": the low end is a floor, the high end a ceiling. */
function markRanges(tokens: Token[], quantities: Quantity[]): void {
  for (let k = 0; k + 1 < quantities.length; k++) {
    const low = quantities[k]!;
    const high = quantities[k + 1]!;
    if (low.value === null || high.value === null || low.qualifier !== 'exact' || high.qualifier !== 'exact') continue;
    const between = word(tokens[low.firstToken - 1]) === 'between';
    const link = high.firstToken === low.endToken + 1 ? word(tokens[low.endToken]) : '';
    const dash = high.firstToken === low.endToken && /^[-–]$/.test(tokens[low.endToken - 1]!.after);
    if ((between && link === 'and') || ((link === 'to' || dash) && high.value > low.value && !between)) {
      low.qualifier = 'at_least';
      low.qualifierText = between ? 'between' : null;
      if (between) low.phraseStart = low.firstToken - 1;
      low.rangeHigh = high;
      high.qualifier = 'up_to';
      high.qualifierText = null;
    }
  }
}
