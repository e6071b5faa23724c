import { expect, it, vi } from 'vitest';

// The browser seam throws outside an extension; these tests only reach the pure text limit.
vi.mock('../shared/browser', () => ({ browser: {} }));
const { ANALYSED_TEXT_LIMIT, analysedText } = await import('./annotate');

it('reads a normal article whole', () => {
  const text = 'A short article.\nWith two paragraphs.';
  expect(analysedText(text)).toBe(text);
});

it('cuts a huge page at the last paragraph end before the limit', () => {
  const paragraph = `${'word '.repeat(99)}end.\n`;
  const text = paragraph.repeat(Math.ceil((ANALYSED_TEXT_LIMIT * 2) / paragraph.length));
  const analysed = analysedText(text);
  expect(analysed.length).toBeLessThanOrEqual(ANALYSED_TEXT_LIMIT);
  expect(analysed.endsWith('end.')).toBe(true);
  expect(text.startsWith(analysed)).toBe(true);
});
