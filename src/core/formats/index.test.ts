import { describe, expect, it } from 'vitest';
import { csvCell } from './csv';
import { ImportError, readImportFile, WRITERS } from './index';
import { MAX_IMPORT_BYTES } from './reader';
import type { SavedClaim } from './claim';
import { fullClaim, makeClaim } from './test-claims';
import { writeAll, type ExportContext } from './writer';

const plain = makeClaim('c-plain', 'Two fishermen are missing off the north cape.', {
  page: { url: 'https://news.example/c-plain', title: null, published: '2026-02-28' },
  figure: { value: 2, qualifier: 'exact', kind: 'missing', hedged: false, hedgeCue: null },
});
const claims = [fullClaim, plain];

function importError(text: string): ImportError {
  try {
    readImportFile(text);
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('the file was accepted');
}

describe('Sourcelight JSON', () => {
  it('round-trips every field and gives the same bytes on a second export', () => {
    const first = writeAll(WRITERS.sourcelight, claims);
    const imported = readImportFile(first);
    expect(imported.format).toBe('sourcelight');
    expect(imported.claims).toEqual(claims);
    expect(writeAll(WRITERS.sourcelight, imported.claims)).toBe(first);
  });

  it('exports an empty library as a valid file', () => {
    expect(readImportFile(writeAll(WRITERS.sourcelight, [])).claims).toEqual([]);
  });

  const valid = JSON.parse(writeAll(WRITERS.sourcelight, claims)) as { claims: Array<Record<string, unknown>> };
  const withSecondClaim = (change: (claim: Record<string, unknown>) => void): string => {
    const copy = structuredClone(valid);
    change(copy.claims[1] as Record<string, unknown>);
    return JSON.stringify(copy);
  };

  it('names a wrong type and where it is', () => {
    const error = importError(
      withSecondClaim((claim) => (claim.figure = { ...(claim.figure as object), value: 'two' })),
    );
    expect(error.problems).toEqual([
      { path: 'claims[1].figure.value', message: 'expected a whole number from 0 to 9007199254740991, got "two"' },
    ]);
    expect(error.message).toMatch(/nothing changed.*claims\[1\]\.figure\.value/);
  });

  it('takes markup in a note as the plain text it is, and refuses a script address, unknown fields, bad verdicts and duplicate ids', () => {
    const [, marked] = readImportFile(
      withSecondClaim((claim) => (claim.note = 'hi <script>alert(1)</script>, javascript: links')),
    ).claims;
    expect(marked?.note).toBe('hi <script>alert(1)</script>, javascript: links');
    expect(
      importError(withSecondClaim((claim) => (claim.page = { url: 'javascript:alert(1)', title: null }))).problems[0]
        ?.path,
    ).toBe('claims[1].page.url');
    expect(importError(withSecondClaim((claim) => (claim.extra = 1))).problems[0]).toEqual({
      path: 'claims[1].extra',
      message: 'is not a field of this format',
    });
    expect(importError(withSecondClaim((claim) => (claim.verdict = 'maybe'))).problems[0]?.message).toMatch(
      /expected one of unverified/,
    );
    expect(importError(withSecondClaim((claim) => (claim.id = 'c-full'))).problems[0]).toEqual({
      path: 'claims[1].id',
      message: 'duplicate id "c-full" (also used by claim 1)',
    });
  });

  it('refuses deep nesting, huge files, non-JSON and unknown files', () => {
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    expect(importError(deep).problems[0]?.message).toMatch(/nested deeper than 32 levels/);
    expect(importError(' '.repeat(MAX_IMPORT_BYTES + 1)).problems[0]?.message).toMatch(/the limit is 96 MB/);
    expect(importError('{"format": "sourcelight-claims", ').problems[0]?.message).toMatch(/not valid JSON/);
    expect(importError('{"hello": 1}').problems[0]?.message).toMatch(
      /not a Sourcelight, W3C Web Annotation or Hypothesis export/,
    );
  });
});

describe('CSV', () => {
  it('quotes what RFC 4180 asks and neutralizes formula cells', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, "b"')).toBe('"a, ""b"""');
    expect(csvCell('line\r\nbreak')).toBe('"line\r\nbreak"');
    for (const lead of ['=', '+', '-', '@', '\t', '\r'])
      expect(csvCell(`${lead}SUM(A1)`).startsWith(`"'${lead}`)).toBe(true);
  });

  // OWASP: some spreadsheets trim blanks and invisible characters before they evaluate a cell
  it.each([' =1+1', '  +1', '\ufeff=1+1', '\u200b=1+1', '\u00a0@SUM(A1)', '\n=1+1', '\t-2', '\u2060 =1'])(
    'neutralizes %j, a formula behind leading blanks',
    (cell) => {
      expect(csvCell(cell)).toBe(`"'${cell}"`);
    },
  );

  it.each(['1+1', 'a = b', 'e-mail', 'Nine were hurt.'])('leaves %j as it is', (cell) => {
    expect(csvCell(cell)).toBe(cell);
  });

  it('writes a header and one CRLF row per claim', () => {
    const csv = writeAll(WRITERS.csv, claims);
    const lines = csv.split('\r\n');
    expect(lines[0]).toMatch(/^id,text,url,title,source/);
    expect(lines[1]).toContain('"Storm, floods & a ""toll"" — Port Aven"');
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});

describe('ClaimReview JSON-LD', () => {
  const reviewer = { name: 'Harbour Fact Desk', type: 'Organization' as const };
  const graph = (list: SavedClaim[], context: ExportContext = { reviewer }): Array<Record<string, unknown>> =>
    (JSON.parse(writeAll(WRITERS.claimreview, list, context)) as { '@graph': Array<Record<string, unknown>> })[
      '@graph'
    ];

  it("rates a rated verdict, names the reviewer and the claim's named author and its appearance", () => {
    expect(graph(claims)[0]).toEqual({
      '@type': 'ClaimReview',
      identifier: fullClaim.id,
      datePublished: fullClaim.updatedAt,
      claimReviewed: fullClaim.text,
      reviewBody: fullClaim.note,
      keywords: 'storm, port-aven, ñandú',
      author: { '@type': 'Organization', name: 'Harbour Fact Desk' },
      reviewRating: { '@type': 'Rating', ratingValue: 2, bestRating: 3, worstRating: 1, alternateName: 'Disputed' },
      itemReviewed: {
        '@type': 'Claim',
        author: { '@type': 'Person', name: 'Maj. Josh Jacques' },
        appearance: { '@type': 'CreativeWork', url: fullClaim.page.url, headline: fullClaim.page.title },
        firstAppearance: { '@type': 'CreativeWork', url: fullClaim.page.url, headline: fullClaim.page.title },
      },
    });
  });

  it("gives an unverified claim no rating, an anonymous source no authorship, and no review url but the review's own", () => {
    const anonymous = makeClaim('c-anon', 'Officials said 12 were killed.', {
      source: { name: 'officials', kind: 'anonymous', aliases: [] },
    });
    const [review] = graph([anonymous], { reviewer: null });
    expect(review).not.toHaveProperty('reviewRating');
    expect(review).not.toHaveProperty('author');
    expect(review).not.toHaveProperty('url');
    expect(review?.itemReviewed).not.toHaveProperty('author');
    const organisation = makeClaim('c-org', 'The ministry said 12 were killed.', {
      source: { name: 'the health ministry', kind: 'organization', aliases: [] },
      verdict: 'false',
    });
    expect(graph([organisation])[0]).toMatchObject({
      reviewRating: { ratingValue: 1, alternateName: 'False' },
      itemReviewed: { author: { '@type': 'Organization', name: 'the health ministry' } },
    });
  });
});

describe('W3C Web Annotation', () => {
  const reworded = makeClaim('c-quote', '“We lost two vehicles,” said Colonel John J. Smith', {
    selectors: {
      quote: {
        type: 'TextQuoteSelector',
        exact: '“We lost two vehicles,” said Colonel John J. Smith',
        prefix: 'dawn. ',
        suffix: '. Repairs',
      },
      position: { type: 'TextPositionSelector', start: 30, end: 80 },
    },
    source: { name: 'Colonel John J. Smith', kind: 'person', aliases: ['Smith'] },
  });
  const all = [...claims, reworded];

  it("exports both selectors and Sourcelight's own fields in a namespaced body", () => {
    const text = writeAll(WRITERS.webannotation, all);
    const [first] = JSON.parse(text) as Array<{
      '@context': unknown;
      target: { selector: Array<{ type: string }> };
      body: Array<Record<string, unknown>>;
    }>;
    expect(first?.target.selector.map((selector) => selector.type)).toEqual([
      'TextQuoteSelector',
      'TextPositionSelector',
    ]);
    expect(first?.['@context']).toEqual([
      'http://www.w3.org/ns/anno.jsonld',
      { sourcelight: 'https://sourcelight.dev/ns/claim#' },
    ]);
    expect(first?.body.at(-1)).toMatchObject({
      type: 'sourcelight:ClaimDetails',
      'sourcelight:figure': fullClaim.figure,
      'sourcelight:pageTitle': fullClaim.page.title,
    });
  });

  it('round-trips: export, import into an empty library, export again gives the same claims and the same bytes', () => {
    const first = writeAll(WRITERS.webannotation, all);
    const imported = readImportFile(first);
    expect(imported.format).toBe('webannotation');
    expect(imported.claims).toEqual(all);
    expect(writeAll(WRITERS.webannotation, imported.claims)).toBe(first);
  });

  it("still reads a foreign annotation, which has no Sourcelight body, as the highlight and the reader's words", () => {
    const foreign = (
      JSON.parse(writeAll(WRITERS.webannotation, [fullClaim])) as Array<{ body: unknown[]; id: string }>
    ).map((annotation) => ({ ...annotation, id: 'https://annotations.example/1', body: annotation.body.slice(0, -1) }));
    const [back] = readImportFile(JSON.stringify(foreign)).claims;
    expect(back).toEqual({
      ...fullClaim,
      id: 'annotation:https://annotations.example/1',
      page: { url: fullClaim.page.url, title: null },
      figure: null,
      source: null,
      text: fullClaim.selectors.quote.exact,
    });
  });

  it('names a wrong field in the namespaced body', () => {
    const broken = JSON.parse(writeAll(WRITERS.webannotation, [fullClaim])) as Array<{
      body: Array<Record<string, unknown>>;
    }>;
    (broken[0]!.body.at(-1) as Record<string, unknown>)['sourcelight:figure'] = { value: 'many' };
    expect(importError(JSON.stringify(broken)).problems.map((problem) => problem.path)).toContain(
      '[0].body[5]["sourcelight:figure"].value',
    );
  });
});

describe('Hypothesis export', () => {
  const file = {
    export_date: '2026-02-10T12:00:00Z',
    export_userid: 'acct:reader@hypothes.is',
    client_version: '1.1500.0',
    annotations: [
      {
        id: 'aB3dE5',
        created: '2026-02-09T09:00:00Z',
        updated: '2026-02-09T09:05:00Z',
        uri: 'https://news.example/bridge',
        text: 'Figure differs from the ministry.',
        tags: ['bridge'],
        document: { title: ['Bridge collapse'] },
        target: [
          {
            source: 'https://news.example/bridge',
            selector: [
              { type: 'RangeSelector', startContainer: '/p[2]', startOffset: 0, endContainer: '/p[2]', endOffset: 20 },
              { type: 'TextPositionSelector', start: 120, end: 150 },
              {
                type: 'TextQuoteSelector',
                exact: 'four workers were injured',
                prefix: 'Rescuers said ',
                suffix: ' when',
              },
            ],
          },
        ],
      },
      {
        id: 'pageNote1',
        created: '2026-02-09T10:00:00Z',
        updated: '2026-02-09T10:00:00Z',
        uri: 'https://news.example/bridge',
        text: 'A page note',
        tags: [],
        target: [{ source: 'https://news.example/bridge' }],
      },
    ],
  };

  it('imports quoted annotations and reports page notes as skipped', () => {
    const imported = readImportFile(JSON.stringify(file));
    expect(imported.format).toBe('hypothesis');
    expect(imported.skipped).toEqual(['annotations[1]: a page note quotes no text']);
    expect(imported.claims).toEqual([
      expect.objectContaining({
        id: 'hypothesis:aB3dE5',
        text: 'four workers were injured',
        page: { url: 'https://news.example/bridge', title: 'Bridge collapse' },
        note: 'Figure differs from the ministry.',
        tags: ['bridge'],
        selectors: {
          quote: {
            type: 'TextQuoteSelector',
            exact: 'four workers were injured',
            prefix: 'Rescuers said ',
            suffix: ' when',
          },
          position: { type: 'TextPositionSelector', start: 120, end: 150 },
        },
      }),
    ]);
  });

  it('names a wrong type inside an annotation', () => {
    const broken = structuredClone(file);
    (broken.annotations[0] as Record<string, unknown>).tags = 'bridge';
    expect(importError(JSON.stringify(broken)).problems[0]).toEqual({
      path: 'annotations[0].tags',
      message: 'expected an array, got "bridge"',
    });
  });
});
