import { describe, expect, it } from 'vitest';
import {
  assertOwnSender,
  MessageError,
  pageToBackgroundSchema,
  parseExportRequest,
  parseMessage,
  popupToBackgroundSchema,
} from './messages';

describe('parseMessage', () => {
  it('accepts a well-formed message', () => {
    const message = parseMessage(popupToBackgroundSchema, { type: 'popup/reveal', tabId: 4, findingId: 'figure-0' });
    expect(message).toEqual({ type: 'popup/reveal', tabId: 4, findingId: 'figure-0' });
  });

  it.each([
    ['not an object', 'popup/annotate', /must be an object/],
    ['an array', [], /must be an object/],
    ['an unknown type', { type: 'popup/delete-everything' }, /unknown message type/],
    ['a type from another direction', { type: 'page/extract', url: 'x', title: '', text: '' }, /unknown message type/],
    ['a missing field', { type: 'popup/annotate' }, /"tabId" is missing or malformed/],
    ['a negative tab id', { type: 'popup/annotate', tabId: -1 }, /"tabId"/],
    ['an extra field', { type: 'popup/annotate', tabId: 1, html: '<img onerror=x>' }, /unexpected field "html"/],
  ])('refuses %s', (_, value, error) => {
    expect(() => parseMessage(popupToBackgroundSchema, value)).toThrow(error);
  });

  it('refuses page text beyond the limit', () => {
    const text = 'a'.repeat(6_000_001);
    expect(() =>
      parseMessage(pageToBackgroundSchema, { type: 'page/extract', url: 'https://a.example/', title: 't', text }),
    ).toThrow(MessageError);
  });

  it('takes a page date only as a normalised date, or null', () => {
    const article = { type: 'page/extract', url: 'https://a.example/', title: 't', text: 'x' };
    for (const published of [null, '2026-03-04', '2026-03-04T07:30:00.000Z'])
      expect(parseMessage(pageToBackgroundSchema, { ...article, published })).toMatchObject({ published });
    for (const published of ['4 March 2026', 'soon', 20260304, undefined])
      expect(() => parseMessage(pageToBackgroundSchema, { ...article, published })).toThrow(/"published"/);
  });

  it('does not take the type from the prototype chain', () => {
    expect(() => parseMessage(popupToBackgroundSchema, { type: 'toString' })).toThrow(/unknown message type/);
  });
});

describe('event messages', () => {
  it('takes a merge of two or more events and a split of some reports', () => {
    expect(parseMessage(popupToBackgroundSchema, { type: 'events/merge', eventIds: ['a', 'b'] }).type).toBe(
      'events/merge',
    );
    expect(parseMessage(popupToBackgroundSchema, { type: 'events/split', eventId: 'a', claimIds: ['c'] }).type).toBe(
      'events/split',
    );
    for (const eventIds of [[], ['a'], ['a', 3], 'a', Array.from({ length: 1001 }, () => 'a')]) {
      expect(() => parseMessage(popupToBackgroundSchema, { type: 'events/merge', eventIds })).toThrow(/"eventIds"/);
    }
    expect(() => parseMessage(popupToBackgroundSchema, { type: 'events/split', eventId: 'a', claimIds: [] })).toThrow(
      /"claimIds"/,
    );
  });
});

describe('library messages', () => {
  it('accepts queries, edits and deletions of the right shape', () => {
    expect(
      parseMessage(popupToBackgroundSchema, {
        type: 'library/query',
        query: { search: 'toll', verdict: 'false', limit: 100 },
      }).type,
    ).toBe('library/query');
    expect(
      parseMessage(popupToBackgroundSchema, { type: 'library/edit', ids: ['a', 'b'], edit: { verdict: 'supported' } })
        .type,
    ).toBe('library/edit');
  });

  it.each([
    [
      'a query with an unknown field',
      { type: 'library/query', query: { where: 'x' } },
      /"query" is missing or malformed/,
    ],
    ['a page too large', { type: 'library/query', query: { limit: 100_000 } }, /"query" is missing or malformed/],
    [
      'an edit of another field',
      { type: 'library/edit', ids: ['a'], edit: { id: 'b' } },
      /"edit" is missing or malformed/,
    ],
    ['ids that are not strings', { type: 'library/delete', ids: [1, 2] }, /"ids" is missing or malformed/],
  ])('refuses %s', (_what, message, error) => {
    expect(() => parseMessage(popupToBackgroundSchema, message)).toThrow(error);
  });

  it('checks the export request on its port', () => {
    expect(parseExportRequest({ format: 'csv', ids: null })).toEqual({ format: 'csv', ids: null });
    expect(() => parseExportRequest({ format: 'pdf', ids: null })).toThrow(/"format"/);
    expect(() => parseExportRequest({ format: 'csv', ids: 'all' })).toThrow(/"ids"/);
    expect(() => parseExportRequest({ format: 'csv', ids: null, path: '/etc' })).toThrow(/unexpected field "path"/);
  });
});

describe('assertOwnSender', () => {
  const origin = 'chrome-extension://abc/';
  it('accepts our extension pages and our page script', () => {
    expect(() =>
      assertOwnSender({ id: 'abc', url: `${origin}src/popup/popup.html` }, 'abc', origin, 'extension-page'),
    ).not.toThrow();
    expect(() =>
      assertOwnSender({ id: 'abc', url: 'https://news.example/', tab: { id: 3 } }, 'abc', origin, 'page'),
    ).not.toThrow();
  });

  it('refuses another extension, a web page posing as an extension page, and a page message without a tab', () => {
    expect(() => assertOwnSender({ id: 'other', url: `${origin}x.html` }, 'abc', origin, 'extension-page')).toThrow(
      /another extension/,
    );
    expect(() => assertOwnSender({ id: 'abc', url: 'https://news.example/' }, 'abc', origin, 'extension-page')).toThrow(
      /extension page/,
    );
    expect(() => assertOwnSender({ id: 'abc', url: 'https://news.example/' }, 'abc', origin, 'page')).toThrow(
      /without a tab/,
    );
  });
});
