// W3C Web Annotation selectors for saved claims: created from a span of the article text, and found
// again later in a page that may have changed (re-anchoring, after the Hypothesis client's approach:
// position first, then the exact quote ranked by its context, then an approximate match).

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface ClaimSelectors {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

export interface Anchor {
  start: number;
  end: number;
  /**
   * How the anchor was found: 'position' when nothing moved, 'quote' for the exact text elsewhere, 'fuzzy' for an
   * approximate match.
   */
  method: 'position' | 'quote' | 'fuzzy';
}

/** Characters of context kept on each side: enough to tell repeated phrases apart. */
const CONTEXT_LENGTH = 32;

export function createSelectors(text: string, start: number, end: number): ClaimSelectors {
  if (start < 0 || end > text.length || start >= end) {
    throw new RangeError(`selector span [${start}, ${end}) lies outside a text of ${text.length} characters`);
  }
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: text.slice(end, end + CONTEXT_LENGTH),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}

/** Length of the common run where `a` ends and `b` ends (for prefixes) or both begin (for suffixes). */
function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n += 1;
  return n;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n += 1;
  return n;
}

function exactMatches(text: string, exact: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) found.push(at);
  return found;
}

/**
 * Approximate substring match (Sellers' dynamic programme): the end of the text window with the fewest
 * edits from `pattern`, and that edit count. O(text × pattern), so callers bound the pattern length.
 */
function closestWindow(text: string, pattern: string): { end: number; edits: number } {
  const m = pattern.length;
  let previous = new Uint32Array(m + 1);
  let current = new Uint32Array(m + 1);
  for (let i = 0; i <= m; i += 1) previous[i] = i;
  let best = { end: 0, edits: m };
  for (let j = 1; j <= text.length; j += 1) {
    current[0] = 0;
    const ch = text[j - 1];
    for (let i = 1; i <= m; i += 1) {
      const substitution = (previous[i - 1] ?? 0) + (pattern[i - 1] === ch ? 0 : 1);
      current[i] = Math.min(substitution, (previous[i] ?? 0) + 1, (current[i - 1] ?? 0) + 1);
    }
    const edits = current[m] ?? m;
    if (edits < best.edits) best = { end: j, edits };
    [previous, current] = [current, previous];
  }
  return best;
}

/** Where, ending at `end`, the pattern's best alignment begins (the same programme run backwards). */
function windowStart(text: string, pattern: string, end: number): number {
  const slack = Math.ceil(pattern.length * 0.25);
  const from = Math.max(0, end - pattern.length - slack);
  const reversedWindow = [...text.slice(from, end)].reverse().join('');
  const reversedPattern = [...pattern].reverse().join('');
  return end - closestWindow(reversedWindow, reversedPattern).end;
}

/** Longest quote the approximate search accepts: keeps the cost bounded on long pages. */
const FUZZY_PATTERN_LIMIT = 256;
/** Share of the quote that may differ for an approximate match to count. */
const FUZZY_ERROR_RATE = 0.2;

export function anchor(text: string, selectors: ClaimSelectors): Anchor | null {
  const { quote, position } = selectors;
  if (text.slice(position.start, position.end) === quote.exact) {
    return { start: position.start, end: position.end, method: 'position' };
  }
  const candidates = exactMatches(text, quote.exact);
  if (candidates.length > 0) {
    const score = (at: number): number =>
      commonSuffixLength(text.slice(Math.max(0, at - quote.prefix.length), at), quote.prefix) +
      commonPrefixLength(
        text.slice(at + quote.exact.length, at + quote.exact.length + quote.suffix.length),
        quote.suffix,
      ) -
      // ties go to the occurrence nearest the old position
      Math.abs(at - position.start) / (text.length + 1);
    const best = candidates.reduce((a, b) => (score(b) > score(a) ? b : a));
    return { start: best, end: best + quote.exact.length, method: 'quote' };
  }
  if (quote.exact.length === 0 || quote.exact.length > FUZZY_PATTERN_LIMIT) return null;
  const { end, edits } = closestWindow(text, quote.exact);
  if (edits > quote.exact.length * FUZZY_ERROR_RATE) return null;
  return { start: windowStart(text, quote.exact, end), end, method: 'fuzzy' };
}
