import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { fullClaim, makeClaim } from '../core/formats/test-claims';
import { SCHEMA_V1, SourcelightDatabase } from './db';

describe('schema migrations', () => {
  it('upgrades a version 1 library with data to version 2: index keys, sites, sources and tags filled', async () => {
    const name = `migrate-${Math.random()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    const second = makeClaim('c-2', 'Jacques said three were injured.', { tags: ['storm'] });
    await v1.table('claims').bulkAdd([fullClaim, second]);
    await v1.table('pages').add({ url: 'https://www.news.example/a', title: 'A', firstSeen: fullClaim.createdAt, lastSeen: fullClaim.createdAt });
    v1.close();

    const db = new SourcelightDatabase(name);
    await db.open();
    expect(db.verno).toBe(2);
    const stored = await db.claims.get('c-full');
    expect(stored).toMatchObject({ ...fullClaim, site: 'news.example', figureKind: 'killed', figureKeys: ['killed|27'] });
    expect(stored?.sourceKeys).toEqual(expect.arrayContaining(['josh jacques', 'jacques']));
    expect(await db.claims.where('sourceKeys').equals('jacques').primaryKeys()).toEqual(['c-full']);
    expect(await db.pages.get('https://www.news.example/a')).toMatchObject({ site: 'news.example' });
    expect(await db.tags.get('storm')).toEqual({ name: 'storm', count: 2 });
    expect(await db.sources.get('jacques')).toMatchObject({ name: 'Maj. Josh Jacques' });
    db.close();
  });
});
