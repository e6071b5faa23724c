import { describe, expect, it } from 'vitest';
import { parseDocument } from '../document';
import { isCitable, isPlaceOrDate } from './citable';

describe('isPlaceOrDate', () => {
  it('takes a place or a day for no source', () => {
    const text = 'Shelling hit Aleppo on Friday, and Aleppo said nothing.';
    expect(isPlaceOrDate(parseDocument(text), 'Aleppo')).toBe(true);
    expect(isPlaceOrDate(parseDocument(text), 'Friday')).toBe(true);
  });
  it('keeps a person whose surname is a word of the land ("Jane Hill", "Senator Ron Lake")', () => {
    const text = 'Jane Hill said the vote was on. Senator Ron Lake said it was not.';
    const doc = parseDocument(text);
    expect(isPlaceOrDate(doc, 'Jane Hill')).toBe(false);
    expect(isCitable(doc, 'Senator Ron Lake')).toBe(true);
  });
});
