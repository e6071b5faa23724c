import { beforeEach, describe, expect, it } from 'vitest';
import type { CrossrefProbe } from '../core/crossref';
import { ImportError } from '../core/formats/index';
import { fullClaim, makeClaim } from '../core/formats/test-claims';
import { ClaimStore, UNDO_WINDOW_MS } from './claims';
import { SourcelightDatabase, toStored } from './db';

let store: ClaimStore;
let clock = 0;

beforeEach(async () => {
  clock = 0;
  const db = new SourcelightDatabase(`claims-${Math.random()}`);
  await db.open();
  store = new ClaimStore(db, () => new Date(Date.UTC(2026, 3, 1, 0, 0, clock++)).toISOString());
});

async function exportText(
  target: ClaimStore,
  format: Parameters<ClaimStore['export']>[0] = 'sourcelight',
  ids?: string[],
): Promise<string> {
  const chunks: string[] = [];
  await target.export(format, (chunk) => void chunks.push(chunk), ids ? { ids } : {});
  return chunks.join('');
}

const conflicting = makeClaim('c-conflict', 'Hospital staff said 9 people were killed in Port Aven on Tuesday.', {
  page: { url: 'https://other.example/aven', title: 'Aven' },
  figure: { value: 9, qualifier: 'exact', kind: 'killed', hedged: false, hedgeCue: null },
  source: { name: 'Hospital staff', kind: 'organization', aliases: [] },
  tags: ['storm'],
});

describe('ClaimStore', () => {
  it('saves, edits, deletes with undo and keeps tag counts', async () => {
    await store.save(fullClaim);
    await store.save(conflicting);
    expect(await store.db.tags.get('storm')).toEqual({ name: 'storm', count: 2 });
    const edited = await store.edit('c-full', {
      note: 'Checked.',
      verdict: 'supported',
      tags: ['storm', 'checked', 'checked '],
    });
    expect(edited).toMatchObject({
      note: 'Checked.',
      verdict: 'supported',
      tags: ['storm', 'checked'],
      updatedAt: '2026-04-01T00:00:02.000Z',
    });
    expect(await store.get('c-full')).toEqual(edited);
    const { count, undoToken } = await store.remove(['c-full', 'missing']);
    expect(count).toBe(1);
    expect(await store.db.tags.get('checked')).toBeUndefined();
    expect(await store.count()).toBe(1);
    // a new store on the same database: the background's service worker was stopped in between
    const restarted = new ClaimStore(store.db, () => new Date(Date.UTC(2026, 3, 1, 0, 0, clock++)).toISOString());
    expect(await restarted.undo(undoToken)).toEqual({ count: 1 });
    await expect(restarted.undo(undoToken)).rejects.toThrow('Nothing to undo');
    expect(await store.get('c-full')).toEqual(edited);
    expect(await store.db.tags.get('storm')).toEqual({ name: 'storm', count: 2 });
    expect(await store.forPage(fullClaim.page.url)).toEqual([edited]);
  });

  it('refuses an undo once the window has closed, and empties old trash on the next deletion', async () => {
    await store.saveAll([fullClaim, conflicting]);
    const first = await store.remove(['c-full']);
    clock += UNDO_WINDOW_MS / 1000 + 1;
    await expect(store.undo(first.undoToken)).rejects.toThrow('too old');
    expect(await store.get('c-full')).toBeUndefined();
    const second = await store.remove(['c-conflict']);
    expect(await store.db.trash.count()).toBe(1);
    expect(await store.undo(second.undoToken)).toEqual({ count: 1 });
    expect(await store.db.trash.count()).toBe(0);
  });

  it('cross-references a page by source alias, same figure and conflict, leaving the page itself out', async () => {
    await store.save(fullClaim);
    await store.save(conflicting);
    const probes: CrossrefProbe[] = [
      {
        id: 'f1',
        text: 'Jacques said at least 25 died in Port Aven.',
        figure: { value: 25, qualifier: 'at_least', kind: 'killed' },
        source: { name: 'Jacques', kind: 'person', aliases: [] },
      },
    ];
    const { references, claims } = await store.crossReference(probes, 'https://reader.example/today');
    expect(references.map((ref) => `${ref.claimId}:${ref.relation}`).sort()).toEqual([
      'c-conflict:conflict',
      'c-full:same-figure',
      'c-full:same-source',
    ]);
    expect(claims.map((claim) => claim.id).sort()).toEqual(['c-conflict', 'c-full']);
    const fromOwnPage = await store.crossReference(probes, fullClaim.page.url);
    expect(fromOwnPage.references.map((ref) => ref.claimId)).toEqual(['c-conflict']);
  });

  it('queries with filters, search, sort and paging', async () => {
    await store.save(fullClaim);
    await store.save(conflicting);
    await store.save(
      makeClaim('c-3', 'Two boats are missing near Lindholm.', {
        figure: { value: 2, qualifier: 'exact', kind: 'missing', hedged: false, hedgeCue: null },
        updatedAt: '2026-03-05T00:00:00.000Z',
      }),
    );
    expect((await store.query({})).items.map((claim) => claim.id)).toEqual(['c-3', 'c-full', 'c-conflict']);
    expect((await store.query({ descending: false, limit: 1, offset: 1 })).items.map((claim) => claim.id)).toEqual([
      'c-full',
    ]);
    expect((await store.query({ kind: 'killed', search: 'hospital' })).items.map((claim) => claim.id)).toEqual([
      'c-conflict',
    ]);
    expect((await store.query({ tag: 'storm', site: 'news.example' })).items.map((claim) => claim.id)).toEqual([
      'c-full',
    ]);
    expect((await store.query({ source: 'Jacques' })).total).toBe(1);
    expect((await store.query({ verdict: 'disputed' })).items.map((claim) => claim.id)).toEqual(['c-full']);
    expect((await store.query({ from: '2026-03-02T00:00:00.000Z' })).total).toBe(0);
  });

  it('lists the ids of every matching claim in query order, and edits many at once', async () => {
    for (let index = 0; index < 5; index++)
      await store.save(
        makeClaim(`c-${index}`, `Officials said ${index + 2} people were killed in Tarn.`, {
          tags: index % 2 ? ['tarn'] : [],
        }),
      );
    expect(await store.ids({})).toEqual(['c-4', 'c-3', 'c-2', 'c-1', 'c-0']);
    expect(await store.ids({ tag: 'tarn', descending: false })).toEqual(['c-1', 'c-3']);
    // words begin words: "tar" finds Tarn, "arn" finds nothing, every word must match
    expect(await store.ids({ search: 'TAR killed', descending: false })).toEqual(['c-0', 'c-1', 'c-2', 'c-3', 'c-4']);
    expect(await store.ids({ search: 'arn' })).toEqual([]);
    expect(await store.ids({ search: 'tarn ovel' })).toEqual([]);
    const edited = await store.editMany(['c-1', 'c-3', 'missing'], { verdict: 'disputed' });
    expect(edited.map((claim) => [claim.id, claim.verdict])).toEqual([
      ['c-1', 'disputed'],
      ['c-3', 'disputed'],
    ]);
    expect((await store.query({ verdict: 'disputed' })).total).toBe(2);
    await expect(store.edit('missing', { note: 'x' })).rejects.toThrow('no saved claim missing');
  });

  it('round-trips: export, import into an empty library, export again gives identical JSON', async () => {
    await store.save(fullClaim);
    await store.save(conflicting);
    const first = await exportText(store);
    const fresh = new ClaimStore(new SourcelightDatabase(`fresh-${Math.random()}`));
    expect(await fresh.import(first)).toEqual({
      format: 'sourcelight',
      added: 2,
      replaced: 0,
      unchanged: 0,
      skipped: [],
    });
    expect(await exportText(fresh)).toBe(first);
    expect(await fresh.import(first)).toMatchObject({ added: 0, replaced: 0, unchanged: 2 });
    expect(await fresh.count()).toBe(2);
    expect(await exportText(store, 'sourcelight', ['c-conflict', 'gone'])).toContain('"id":"c-conflict"');
  });

  it('round-trips Web Annotation through an empty library, and an import never makes a claim poorer', async () => {
    await store.saveAll([fullClaim, conflicting]);
    const first = await exportText(store, 'webannotation');
    const fresh = new ClaimStore(new SourcelightDatabase(`fresh-${Math.random()}`));
    expect(await fresh.import(first)).toMatchObject({ format: 'webannotation', added: 2 });
    expect(await exportText(fresh, 'webannotation')).toBe(first);
    expect(await exportText(fresh)).toBe(await exportText(store));
    // the same highlight as a foreign annotation tool exports it: no Sourcelight body, so no figure, source or title
    const foreign = (JSON.parse(first) as Array<{ body: unknown[] }>).map((annotation) => ({
      ...annotation,
      body: annotation.body.slice(0, -1),
    }));
    expect(await fresh.import(JSON.stringify(foreign))).toMatchObject({ added: 0, unchanged: 2, replaced: 0 });
    expect(await fresh.get(fullClaim.id)).toEqual(fullClaim);
  });

  it('leaves the library exactly as it was when an import file is bad', async () => {
    await store.save(fullClaim);
    const before = await exportText(store);
    const good = JSON.parse(await exportText(store)) as { claims: Array<Record<string, unknown>> };
    const bad = {
      ...good,
      claims: [
        { ...good.claims[0], id: 'new-one', note: 'changed' },
        { ...good.claims[0], id: 'new-two', verdict: 42 },
      ],
    };
    await expect(store.import(JSON.stringify(bad))).rejects.toThrow(ImportError);
    await expect(store.import(JSON.stringify(bad))).rejects.toThrow(/claims\[1\]\.verdict/);
    expect(await exportText(store)).toBe(before);
  });

  it('streams every format with progress', async () => {
    // one bulk write: 2,500 single puts took most of the test's 5 s on a loaded machine
    await store.db.claims.bulkPut(
      Array.from({ length: 2500 }, (_, i) =>
        toStored(makeClaim(`c-${String(i).padStart(5, '0')}`, `Claim number ${i}.`)),
      ),
    );
    const progress: number[] = [];
    const chunks: string[] = [];
    const count = await store.export('csv', (chunk) => void chunks.push(chunk), {
      onProgress: (done) => progress.push(done),
    });
    expect(count).toBe(2500);
    expect(progress).toEqual([1000, 2000, 2500]);
    expect(chunks.join('').split('\r\n')).toHaveLength(2502);
    expect((JSON.parse(await exportText(store, 'claimreview')) as { '@graph': unknown[] })['@graph']).toHaveLength(
      2500,
    );
    expect(JSON.parse(await exportText(store, 'webannotation'))).toHaveLength(2500);
  });
});

describe('saveOnce', () => {
  it('saves a claim the first time and answers the one already saved after that, as the reader left it', async () => {
    const claim = makeClaim('claim-same', 'Four people were killed.');
    await store.saveOnce(claim);
    await store.edit('claim-same', { verdict: 'disputed', note: 'Check.' });
    const again = await store.saveOnce({ ...claim, note: '' });
    expect(again).toMatchObject({ id: 'claim-same', verdict: 'disputed', note: 'Check.' });
    expect(await store.count()).toBe(1);
  });
});
