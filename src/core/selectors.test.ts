import { describe, expect, it } from 'vitest';
import { anchor, createSelectors } from './selectors';

const page =
  'The ferry left the harbour at dawn. Officials said 14 passengers were missing after the storm. ' +
  'By noon the coast guard said 14 passengers were missing, and divers were on their way.';

const span = (text: string, phrase: string, from = 0): [number, number] => {
  const start = text.indexOf(phrase, from);
  return [start, start + phrase.length];
};

describe('createSelectors', () => {
  it('keeps the exact text, its context and its position', () => {
    const [start, end] = span(page, '14 passengers were missing');
    const { quote, position } = createSelectors(page, start, end);
    expect(quote.exact).toBe('14 passengers were missing');
    expect(quote.prefix.endsWith('Officials said ')).toBe(true);
    expect(quote.suffix.startsWith(' after the storm')).toBe(true);
    expect(position).toEqual({ type: 'TextPositionSelector', start, end });
  });

  it('rejects a span outside the text', () => {
    expect(() => createSelectors('short', 2, 40)).toThrow(/outside a text of 5/);
  });
});

describe('anchor', () => {
  it('uses the position when the page has not changed', () => {
    const [start, end] = span(page, 'divers were on their way');
    expect(anchor(page, createSelectors(page, start, end))).toEqual({ start, end, method: 'position' });
  });

  it('picks the repeated phrase whose context matches when text was inserted before it', () => {
    const second = page.indexOf('14 passengers', page.indexOf('coast guard'));
    const selectors = createSelectors(page, second, second + '14 passengers were missing'.length);
    const changed = 'UPDATED: a second vessel is overdue. ' + page;
    const found = anchor(changed, selectors);
    expect(found?.method).toBe('quote');
    expect(changed.slice(found?.start, found?.end)).toBe('14 passengers were missing');
    expect(changed.slice(0, found?.start).endsWith('coast guard said ')).toBe(true);
  });

  it('finds an edited quote approximately', () => {
    const [start, end] = span(page, 'Officials said 14 passengers were missing after the storm');
    const selectors = createSelectors(page, start, end);
    const edited = page.replace('Officials said 14 passengers were', 'Officials said 14 passengers are');
    const found = anchor(edited, selectors);
    expect(found?.method).toBe('fuzzy');
    expect(edited.slice(found?.start, found?.end)).toBe('Officials said 14 passengers are missing after the storm');
  });

  it('gives up when the quote is gone', () => {
    const [start, end] = span(page, 'divers were on their way');
    expect(
      anchor('A page about something else entirely, with no divers at all.', createSelectors(page, start, end)),
    ).toBeNull();
  });
});
