import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { bylineDate, metadataDate, normalizeDate, publishedDate, type DateDocument } from './page-date';

const page = (head: string, body = ''): DateDocument =>
  parseHTML(`<html><head>${head}</head><body>${body}</body></html>`).document as unknown as DateDocument;

describe('normalizeDate', () => {
  it('reads ISO days and instants, and written dates', () => {
    expect(normalizeDate('2026-03-04')).toBe('2026-03-04');
    expect(normalizeDate('2026-03-04T09:30:00+02:00')).toBe('2026-03-04T07:30:00.000Z');
    expect(normalizeDate('2026-03-04T09:30:00Z')).toBe('2026-03-04T09:30:00.000Z');
    expect(normalizeDate('2026-03-04T09:30')).toBe('2026-03-04');
    expect(normalizeDate('Published 4 March 2026')).toBe('2026-03-04');
    expect(normalizeDate('March 4th, 2026, 10:02 a.m.')).toBe('2026-03-04');
    expect(normalizeDate('Sept. 30 2026')).toBe('2026-09-30');
  });

  it('refuses what is no calendar day', () => {
    for (const text of ['2026-02-30', '31 April 2026', 'yesterday', '12 people in 2026', '2026-13-01'])
      expect(normalizeDate(text), text).toBeNull();
  });
});

describe('metadataDate', () => {
  it('reads Open Graph, microdata, a byline <time> and JSON-LD, the most specific first', () => {
    expect(
      metadataDate(
        page(
          '<meta name="date" content="2026-01-01"><meta property="article:published_time" content="2026-03-04T08:00:00Z">',
        ),
      ),
    ).toBe('2026-03-04T08:00:00.000Z');
    expect(
      metadataDate(page('', '<article><p>By Ana Ruiz, <time datetime="2026-03-05">5 March</time></p></article>')),
    ).toBe('2026-03-05');
    const graph = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [{ '@type': 'WebPage' }, { '@type': 'NewsArticle', datePublished: '2026-03-06' }],
    });
    expect(metadataDate(page(`<script type="application/ld+json">${graph}</script>`))).toBe('2026-03-06');
  });

  it('skips a malformed value or block and finds nothing on a page without a date', () => {
    expect(
      metadataDate(
        page(
          '<meta property="article:published_time" content="soon"><script type="application/ld+json">{oops</script><meta name="pubdate" content="2026-03-07">',
        ),
      ),
    ).toBe('2026-03-07');
    expect(metadataDate(page('<title>No date</title>'))).toBeNull();
  });
});

describe('bylineDate', () => {
  it('reads the date of a short line near the top, preferring the published date to the updated one', () => {
    expect(
      bylineDate(
        'Dam collapse in Harlow\n\nUpdated 6 March 2026\n\nBy Ana Ruiz · Published 4 March 2026\n\nTwelve people died.',
      ),
    ).toBe('2026-03-04');
    expect(bylineDate('Dam collapse in Harlow\n\nUpdated 6 March 2026\n\nTwelve people died.')).toBe('2026-03-06');
  });

  it("ignores dates in the body's long paragraphs", () => {
    const paragraph =
      'The dam, finished on 4 March 1961 after years of work, had been inspected every spring since then, the county engineer said on Monday.';
    expect(bylineDate(`Dam collapse in Harlow\n\n${paragraph}`)).toBeNull();
  });

  it('is the fallback when the metadata gives no date', () => {
    expect(publishedDate(page('<title>x</title>'), 'Headline\n\nMarch 3, 2026')).toBe('2026-03-03');
    expect(publishedDate(page('<meta name="pubdate" content="2026-03-01">'), 'Headline\n\nMarch 3, 2026')).toBe(
      '2026-03-01',
    );
  });
});
