import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { fullClaim, makeClaim } from '../core/formats/test-claims';
import { ClaimStore } from './claims';
import { SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SourcelightDatabase, toStored } from './db';
import { EventStore } from './events';

describe('schema migrations', () => {
  it('upgrades a version 1 library with data through versions 2, 3 and 4 to 5: index keys, sites, sources, tags and search words filled', async () => {
    const name = `migrate-${Math.random()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    const second = makeClaim('c-2', 'Jacques said three were injured.', { tags: ['storm'] });
    await v1.table('claims').bulkAdd([fullClaim, second]);
    await v1.table('pages').add({
      url: 'https://www.news.example/a',
      title: 'A',
      firstSeen: fullClaim.createdAt,
      lastSeen: fullClaim.createdAt,
    });
    v1.close();

    const db = new SourcelightDatabase(name);
    await db.open();
    expect(db.verno).toBe(5);
    const stored = await db.claims.get('c-full');
    expect(stored?.searchWords).toEqual(expect.arrayContaining(['port', 'aven', 'jacques', 'coroner', 'ñandú']));
    expect(stored).toMatchObject({
      ...fullClaim,
      site: 'news.example',
      figureKind: 'killed',
      figureKeys: ['killed|27'],
    });
    expect(stored?.sourceKeys).toEqual(expect.arrayContaining(['josh jacques', 'jacques']));
    expect(await db.claims.where('sourceKeys').equals('jacques').primaryKeys()).toEqual(['c-full']);
    expect(await db.pages.get('https://www.news.example/a')).toMatchObject({ site: 'news.example' });
    expect(await db.tags.get('storm')).toEqual({ name: 'storm', count: 2 });
    expect(await db.sources.get('jacques')).toMatchObject({ name: 'Maj. Josh Jacques' });
    db.close();
  });

  it('upgrades a version 2 library with data to version 5: the word index finds old claims', async () => {
    const name = `migrate-v2-${Math.random()}`;
    const v2 = new Dexie(name);
    v2.version(1).stores(SCHEMA_V1);
    v2.version(2).stores(SCHEMA_V2);
    const old = makeClaim('c-old', 'Rescuers said 12 people were missing in Ovel.', { note: 'Ask the coroner.' });
    await v2.table('claims').add({
      ...old,
      pageUrl: old.page.url,
      site: 'news.example',
      figureKind: '',
      tags: [],
      sourceKeys: [],
      figureKeys: [],
      contextKeys: [],
      textKeys: [],
    });
    v2.close();

    const db = new SourcelightDatabase(name);
    await db.open();
    expect(db.verno).toBe(5);
    expect(await db.claims.where('searchWords').startsWith('coro').primaryKeys()).toEqual(['c-old']);
    expect(await db.claims.get('c-old')).toMatchObject(old);
    db.close();
  });

  it('upgrades a version 3 library with data to version 5: claims untouched, an empty trash that deletions use', async () => {
    const name = `migrate-v3-${Math.random()}`;
    const v3 = new Dexie(name);
    v3.version(1).stores(SCHEMA_V1);
    v3.version(2).stores(SCHEMA_V2);
    v3.version(3).stores(SCHEMA_V3);
    await v3.table('claims').add(toStored(fullClaim));
    v3.close();

    const db = new SourcelightDatabase(name);
    await db.open();
    expect(db.verno).toBe(5);
    expect(await db.claims.get('c-full')).toEqual(toStored(fullClaim));
    expect(await db.trash.count()).toBe(0);
    const store = new ClaimStore(db);
    const { undoToken } = await store.remove(['c-full']);
    expect(await db.trash.get(undoToken)).toMatchObject({ claims: [fullClaim] });
    await store.undo(undoToken);
    expect(await store.get('c-full')).toEqual(fullClaim);
    db.close();
  });

  it('upgrades a version 4 library with data to version 5: claims and trash untouched, no pins, and the events of its figures', async () => {
    const name = `migrate-v4-${Math.random()}`;
    const v4 = new Dexie(name);
    v4.version(1).stores(SCHEMA_V1);
    v4.version(2).stores(SCHEMA_V2);
    v4.version(3).stores(SCHEMA_V3);
    v4.version(4).stores(SCHEMA_V4);
    const tarn = makeClaim('c-tarn', 'Nine people were killed when a bridge fell in Tarn.', {
      figure: { value: 9, qualifier: 'exact', kind: 'killed', hedged: false, hedgeCue: null },
    });
    await v4.table('claims').bulkAdd([toStored(fullClaim), toStored(tarn)]);
    await v4.table('trash').add({ token: 't', deletedAt: 1, claims: [] });
    v4.close();

    const db = new SourcelightDatabase(name);
    await db.open();
    expect(db.verno).toBe(5);
    expect(await db.claims.get('c-full')).toEqual(toStored(fullClaim));
    expect(await db.trash.get('t')).toEqual({ token: 't', deletedAt: 1, claims: [] });
    expect(await db.eventPins.count()).toBe(0);
    const events = new EventStore(db, () => 'mine');
    expect((await events.summaries()).map((event) => event.id)).toEqual(['auto:c-full', 'auto:c-tarn']);
    expect(await events.merge(['auto:c-full', 'auto:c-tarn'])).toMatchObject({
      events: [{ id: 'mine', reports: 2 }],
      shown: 'mine',
    });
    expect(await db.eventPins.get('c-full')).toEqual({ claimId: 'c-full', group: 'mine' });
    db.close();
  });
});
