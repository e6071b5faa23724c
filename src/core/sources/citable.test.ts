import { describe, expect, it } from 'vitest';
import { parseDocument } from '../document';
import { cleanName, isCitable, isPlaceOrDate } from './citable';

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

describe('cleanName', () => {
  it('drops a bracket the span cut open', () => {
    expect(cleanName('Roy Cooper (D-N.C.')).toBe('Roy Cooper');
    expect(cleanName('Committee to Protect Journalists (CPJ)')).toBe('Committee to Protect Journalists (CPJ)');
  });
});

describe('isCitable', () => {
  it('takes a dateline before a dash for no source', () => {
    const text = 'MARLOW - The ferry sank at dawn, the harbour office said.';
    expect(isCitable(parseDocument(text), 'MARLOW')).toBe(false);
  });
  it('takes a caption glued to the text around it for no source', () => {
    const text = 'The bag lay four blocks away.CreditCredit...Ann Roe/Kestrel Press said the police.';
    expect(isCitable(parseDocument(text), 'four blocks away.CreditCredit...Ann Roe/Kestrel Press')).toBe(false);
  });
});
