// Properties of the whole core on arbitrary text (text-arbitraries.test-helper.ts): it never throws, and every
// offset it reports is in bounds and slices back to the text it reports.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractChecked } from './extract';
import { article, newsArticle } from './text-arbitraries.test-helper';
import type { Span } from './types';

const inBounds = (text: string, start: number, end: number): boolean =>
  Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length;

/** The producers keep the output invariant themselves: nothing for the boundary to drop, and the output holds. */
function checkOffsets(text: string): void {
  const { extraction: result, dropped } = extractChecked(text);
  expect(dropped, JSON.stringify(text)).toEqual([]);
  expect(result.text).toBe(text);
  for (const figure of result.figures) {
    expect(inBounds(text, figure.start, figure.end), JSON.stringify(figure)).toBe(true);
    expect(text.slice(figure.start, figure.end)).toBe(figure.text);
  }
  for (const attribution of result.attributions) {
    expect(inBounds(text, attribution.cueStart, attribution.cueEnd)).toBe(true);
    expect(text.slice(attribution.cueStart, attribution.cueEnd)).toBe(attribution.cue);
    expect(inBounds(text, attribution.contentStart, attribution.contentEnd)).toBe(true);
    expect(text.slice(attribution.contentStart, attribution.contentEnd)).toBe(attribution.content);
    if (attribution.sourceStart === null || attribution.sourceEnd === null) {
      expect([attribution.sourceStart, attribution.sourceEnd]).toEqual([null, null]);
    } else {
      expect(inBounds(text, attribution.sourceStart, attribution.sourceEnd)).toBe(true);
      expect(attribution.sourceEnd).toBeGreaterThan(attribution.sourceStart);
    }
  }
  for (const source of result.sources) {
    expect(source.name.trim()).not.toBe('');
    source.mentions.forEach(([start, end]: Span) => {
      expect(inBounds(text, start, end), `${source.name} ${start}-${end}`).toBe(true);
      expect(end).toBeGreaterThan(start);
    });
  }
}

// hundreds of compromise parses: seconds, more on a busy machine
describe('extract() on arbitrary text', { timeout: 60_000 }, () => {
  it('never throws, and every offset slices back to what it reports', () => {
    fc.assert(
      fc.property(article, (text) => {
        checkOffsets(text);
      }),
      { numRuns: 300 },
    );
  });

  it('holds on news-like sentences with noise in them', () => {
    fc.assert(
      fc.property(newsArticle, (text) => {
        checkOffsets(text);
      }),
      { numRuns: 150 },
    );
  });

  it('holds on arbitrary Unicode strings with nothing planted in them', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        checkOffsets(text);
      }),
      { numRuns: 100 },
    );
  });
});
