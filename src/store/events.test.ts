import { describe, expect, it } from 'vitest';
import type { ClaimFigure } from '../core/formats/claim';
import { makeClaim } from '../core/formats/test-claims';
import { ClaimStore } from './claims';
import { SourcelightDatabase } from './db';
import { EventStore } from './events';

const killed = (value: number): ClaimFigure => ({ value, qualifier: 'exact', kind: 'killed', hedged: false, hedgeCue: null });
const toll = (id: string, text: string, published: string, value: number) =>
  makeClaim(id, text, { figure: killed(value), page: { url: `https://news.example/${id}`, title: null, published } });

const CLAIMS = [
  toll('h1', 'Twelve people died in the Harlow dam collapse.', '2026-03-02', 12),
  toll('h2', 'The toll from the dam disaster in Harlow rose to 16.', '2026-03-04', 16),
  toll('t1', 'Nine people died when a bridge fell in Tarn.', '2026-03-03', 9),
  makeClaim('plain', 'The mayor of Harlow spoke on Monday.'),
];

const membersOf = (events: Awaited<ReturnType<EventStore['events']>>): string[][] => events.map((event) => event.points.map((point) => point.claim.id));

describe('EventStore', () => {
  it('groups the saved figures, and keeps a merge and a split when the database is opened again', async () => {
    const name = `events-${Math.random()}`;
    await new ClaimStore(new SourcelightDatabase(name)).saveAll(CLAIMS);
    let groups = 0;
    const store = new EventStore(new SourcelightDatabase(name), () => `group-${++groups}`);
    expect(membersOf(await store.events())).toEqual([['h1', 'h2'], ['t1']]);

    expect(membersOf(await store.regroup([['h1', 'h2', 't1']]))).toEqual([['h1', 't1', 'h2']]);
    expect(membersOf(await store.regroup([['h2'], ['h1', 't1']]))).toEqual([['h1', 't1'], ['h2']]);
    store.db.close();

    const reopened = new EventStore(new SourcelightDatabase(name));
    const events = await reopened.events();
    expect(membersOf(events)).toEqual([['h1', 't1'], ['h2']]);
    expect(events.map((event) => event.id)).toEqual(['group-3', 'group-2']);
    reopened.db.close();
  });
});
