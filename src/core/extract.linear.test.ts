// Issue 12: every stage after the parse reads the tokens a number of times that grows linearly with the text,
// on realistic copy and on the shapes that were quadratic (one run-on sentence, digits and spaces, "of" and
// "according to" chains, a sentence of figures). Counted, not timed: every read of doc.tokens[i] (Array methods
// on the tokens read through the same trap) is one step. `npm run bench -- scaling` times the same shapes.
import { describe, expect, it } from 'vitest';
import { SHAPES } from '../../test/bench/scaling-texts';
import { parseDocument, type Token } from './document';
import { extractFromDocument } from './extract';

const SIZES = [5_000, 10_000, 20_000];
const MAX_DOUBLING = 2.3;

/** Token reads by every stage after the parse, on a text of `length` characters of `shape`. */
function tokenReads(shape: string, length: number): number {
  const doc = parseDocument(SHAPES[shape]!(length));
  let reads = 0;
  const counted = new Proxy(doc.tokens, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
      return Reflect.get(target, key, receiver) as unknown;
    },
  }) as Token[];
  extractFromDocument({ ...doc, tokens: counted });
  return reads;
}

describe('token reads per doubling of the text', { timeout: 120_000 }, () => {
  it.each(Object.keys(SHAPES))('grow at most 2.3 times on %s', (shape) => {
    const reads = SIZES.map((size) => tokenReads(shape, size));
    const ratios = reads.slice(1).map((count, i) => count / reads[i]!);
    expect(
      ratios.every((ratio) => ratio <= MAX_DOUBLING),
      `${shape}: ${reads.join(', ')} token reads`,
    ).toBe(true);
  });
});
