// Properties of the whole core on arbitrary text: it never throws, and every offset it reports is in bounds
// and slices back to the text it reports. Fragments that trigger the core's rules (quote marks, numbers,
// casualty and reporting words, pronouns, paragraph breaks) are mixed with arbitrary Unicode, astral
// characters and lone surrogates included, so the rules run on input nobody wrote by hand.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractChecked } from './extract';
import type { Span } from './types';

const TRIGGERS = [
  '"', '“', '”', '‘', '’', "'", '«', '»', '\n', '\n\n', ' ', ',', '.', ':', '—',
  '0', '7', '1,500', '3.5 million', '49', 'TWO', 'forty-nine', 'a dozen', 'dozens', 'scores of', 'hundreds',
  'tens of thousands', 'between 100 and 200', 'at least', 'more than', 'nearly', 'up to', 'as many as',
  'people', 'were killed', 'killing', 'dead', 'died', 'death toll', 'injured', 'wounded', 'missing', 'kidnapped',
  'said', 'told reporters', 'according to', 'reportedly', 'might have', 'he', 'she', 'they', 'it',
  'Reuters', 'Dr. Amal Haddad', 'Haddad', 'the Interior Ministry', 'a spokesman for', 'Officials',
];

const fragment = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom(...TRIGGERS) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) }, // any code point, astral ones included
  { weight: 1, arbitrary: fc.constantFrom('\uD83D', '\uDE00', '😀', '𝒳', '\u200B', '\u00A0', '\r\n', '\t') },
);

const article = fc
  .tuple(fc.array(fragment, { maxLength: 80 }), fc.constantFrom(' ', ' ', ' ', ''))
  .map(([parts, separator]) => parts.join(separator));

const noise = fc.oneof(fc.constant(''), fc.string({ unit: 'grapheme', maxLength: 6 }), fc.constantFrom('😀', '\uD83D', '\n', '"'));
const pick = (...options: string[]): fc.Arbitrary<string> => fc.constantFrom(...options);

/** News-like sentences built from parts, arbitrary noise between them: the shapes the rules look for, bent. */
const newsSentence = fc
  .tuple(
    pick('At least', 'More than', 'Nearly', 'Up to', 'Dozens of', 'As many as', ''),
    pick('12', '1,500', 'forty-nine', 'TWO', 'three', 'hundreds of', 'a dozen'),
    pick('people were killed', 'were injured', 'civilians died', 'remain missing', 'were kidnapped', 'dead'),
    pick(', according to', ', said', '. “We counted them,” said', ', she said, citing', ' reportedly, said'),
    pick('Dr. Amal Haddad', 'the Interior Ministry', 'Reuters', 'he', 'officials', 'Haddad, a spokesman for the ministry'),
    pick('.', '."', '.”', ':', ''),
    noise,
    noise,
  )
  .map(([qualifier, number, casualty, cue, speaker, end, noiseBefore, noiseAfter]) =>
    [noiseBefore, qualifier, number, casualty, noiseAfter, cue, speaker].filter(Boolean).join(' ') + end,
  );

const newsArticle = fc
  .tuple(fc.array(fc.oneof(newsSentence, article), { minLength: 1, maxLength: 8 }), pick(' ', '\n\n', '\n'))
  .map(([sentences, separator]) => sentences.join(separator));

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
