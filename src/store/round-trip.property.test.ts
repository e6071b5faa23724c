// Issue 12: what the library holds, its own export imports back. Any claim the store accepts survives export →
// import in the lossless format (every field) and in W3C Web Annotation (which carries Sourcelight's own fields too);
// the claims it refuses are refused with a message naming the field, never stored to break an export later.
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import type { SavedClaim } from '../core/formats/claim';
import { VERDICTS } from '../core/formats/claim';
import { readImportFile } from '../core/formats/index';
import { MAX_STRING_LENGTH } from '../core/formats/reader';
import { ClaimStore } from './claims';
import { SourcelightDatabase } from './db';

let store: ClaimStore;

/**
 * An empty library: each run of a property starts from one, or claims kept by earlier (shrinking) runs come back too.
 */
async function emptyStore(): Promise<ClaimStore> {
  const db = new SourcelightDatabase(`round-trip-${Math.random()}`);
  await db.open();
  return new ClaimStore(db);
}

beforeEach(async () => {
  store = await emptyStore();
});

/** Text as pages and users write it, and as hostile files do: script words, formulas, astral and lone surrogates. */
const text = fc.oneof(
  { weight: 40, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  {
    weight: 20,
    arbitrary: fc.constantFrom(
      'javascript: void(0)',
      '<script>alert(1)</script>',
      ' =1+1',
      '\ufeff=SUM(A1)',
      'ñandú 😀',
      '\uD83D',
      'line\r\nbreak',
      '',
    ),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(MAX_STRING_LENGTH, MAX_STRING_LENGTH + 1).map((length) => 'x'.repeat(length)),
  },
);
const span = fc.oneof(
  {
    weight: 20,
    arbitrary: fc
      .tuple(fc.nat({ max: 5000 }), fc.nat({ max: 5000 }))
      .map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      [-5, 3] as const,
      [7, 2] as const,
      [0, 2 ** 53] as const,
      [0, 1e308] as const,
      [0.5, 1] as const,
    ),
  },
);
const instant = fc.oneof(
  {
    weight: 40,
    arbitrary: fc
      .date({ min: new Date(Date.UTC(1970, 0, 1)), max: new Date(Date.UTC(2100, 0, 1)), noInvalidDate: true })
      .map((date) => date.toISOString()),
  },
  { weight: 1, arbitrary: fc.constantFrom('', '2026-02-30T10:00:00.000Z', 'yesterday') },
);
const claim: fc.Arbitrary<SavedClaim> = fc.record({
  id: fc.oneof(
    { weight: 10, arbitrary: fc.uuid() },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  ),
  text,
  page: fc.record({
    url: fc.oneof(
      { weight: 20, arbitrary: fc.webUrl() },
      { weight: 1, arbitrary: fc.constantFrom('javascript:alert(1)', '') },
    ),
    title: fc.option(text),
  }),
  selectors: fc.record({
    quote: fc.record({ type: fc.constant('TextQuoteSelector' as const), exact: text, prefix: text, suffix: text }),
    position: span.map(([start, end]) => ({ type: 'TextPositionSelector' as const, start, end })),
  }),
  figure: fc.option(
    fc.record({
      value: fc.option(
        fc.oneof({ weight: 20, arbitrary: fc.nat() }, { weight: 1, arbitrary: fc.constantFrom(-5, 1e308, 2 ** 60) }),
      ),
      qualifier: fc.constantFrom('exact', 'at_least', 'more_than', 'about', 'up_to', 'fewer_than', 'vague'),
      kind: fc.constantFrom('killed', 'injured', 'missing', 'abducted'),
      hedged: fc.boolean(),
      hedgeCue: fc.option(text),
    }),
  ),
  source: fc.option(
    fc.record({
      name: text,
      kind: fc.constantFrom('person', 'organization', 'outlet', 'document', 'anonymous'),
      aliases: fc.array(text, { maxLength: 3 }),
    }),
  ),
  note: text,
  verdict: fc.constantFrom(...VERDICTS),
  tags: fc.array(text, { maxLength: 3 }),
  createdAt: instant,
  updatedAt: instant,
});

async function exported(format: 'sourcelight' | 'webannotation'): Promise<string> {
  const chunks: string[] = [];
  await store.export(format, (chunk) => void chunks.push(chunk));
  return chunks.join('');
}

describe('export → import of what the store accepts', { timeout: 120_000 }, () => {
  it('gives back every claim, every field, in Sourcelight JSON; and the anchors, note, tags and verdict in Web Annotation', async () => {
    let accepted = 0;
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(claim, async (candidate) => {
        store = await emptyStore();
        let saved: SavedClaim;
        try {
          [saved] = (await store.saveAll([candidate])) as [SavedClaim];
        } catch (error) {
          refused++;
          expect(String(error)).toMatch(/^Error: The claim was not saved: [\w.[\]]+: /);
          return;
        }
        accepted++;
        expect(readImportFile(await exported('sourcelight')).claims).toEqual([saved]);
        const [annotated] = readImportFile(await exported('webannotation')).claims;
        const { quote, position } = saved.selectors;
        expect(annotated).toMatchObject({
          id: saved.id,
          text: saved.text,
          page: saved.page,
          note: saved.note,
          verdict: saved.verdict,
          tags: saved.tags,
          createdAt: saved.createdAt,
          updatedAt: saved.updatedAt,
        });
        expect(annotated!.selectors).toEqual({ quote, position });
        await store.remove([saved.id]);
      }),
      { numRuns: 250 },
    );
    // both sides of the property ran: the arbitrary is not all refused, nor all accepted
    expect(accepted).toBeGreaterThan(20);
    expect(refused).toBeGreaterThan(20);
  });
});
