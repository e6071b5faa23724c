import { describe, expect, it } from 'vitest';
import type { ClaimFigure } from '../core/formats/claim';
import { makeClaim } from '../core/formats/test-claims';
import { ClaimStore } from './claims';
import { SourcelightDatabase } from './db';
import { EventStore } from './events';

const killed = (value: number): ClaimFigure => ({
  value,
  qualifier: 'exact',
  kind: 'killed',
  hedged: false,
  hedgeCue: null,
});
const toll = (id: string, text: string, published: string, value: number) =>
  makeClaim(id, text, {
    figure: killed(value),
    page: { url: `https://news.example/${id}`, title: null, published },
    note: 'private note',
    tags: ['dam'],
  });

const CLAIMS = [
  toll('h1', 'Twelve people died in the Harlow dam collapse.', '2026-03-02', 12),
  toll('h2', 'The toll from the dam disaster in Harlow rose to 16.', '2026-03-04', 16),
  toll('t1', 'Nine people died when a bridge fell in Tarn.', '2026-03-03', 9),
  makeClaim('plain', 'The mayor of Harlow spoke on Monday.'),
];

const membersOf = (events: Awaited<ReturnType<EventStore['events']>>): string[][] =>
  events.map((event) => event.points.map((point) => point.claim.id));

describe('EventStore', () => {
  it("groups the saved figures, lists them as summaries and gives one event's reports with only what the view shows", async () => {
    const name = `events-list-${Math.random()}`;
    await new ClaimStore(new SourcelightDatabase(name)).saveAll(CLAIMS);
    const store = new EventStore(new SourcelightDatabase(name));
    expect(membersOf(await store.events())).toEqual([['h1', 'h2'], ['t1']]);
    expect(await store.summaries()).toEqual([
      {
        id: 'auto:h1',
        kind: 'killed',
        places: ['Harlow'],
        rules: ['events/same-event', 'events/place-words'],
        reports: 2,
        conflicting: 0,
        from: '2026-03-02',
        to: '2026-03-04',
      },
      {
        id: 'auto:t1',
        kind: 'killed',
        places: ['Tarn'],
        rules: [],
        reports: 1,
        conflicting: 0,
        from: '2026-03-03',
        to: '2026-03-03',
      },
    ]);
    const event = await store.event('auto:h1');
    expect(Object.keys(event!.points[0]!.claim).sort()).toEqual([
      'createdAt',
      'figure',
      'id',
      'page',
      'source',
      'text',
    ]);
    expect(await store.event('auto:gone')).toBeNull();
    store.db.close();
  });

  it('keeps a merge and a split when the database is opened again, and refuses events that are gone or a split of none', async () => {
    const name = `events-${Math.random()}`;
    await new ClaimStore(new SourcelightDatabase(name)).saveAll(CLAIMS);
    let groups = 0;
    const store = new EventStore(new SourcelightDatabase(name), () => `group-${++groups}`);
    expect(await store.merge(['auto:h1', 'auto:t1'])).toMatchObject({
      events: [{ id: 'group-1', reports: 3 }],
      shown: 'group-1',
    });
    expect(membersOf(await store.events())).toEqual([['h1', 't1', 'h2']]);
    expect(await store.split('group-1', ['h2'])).toMatchObject({
      events: [{ id: 'group-3' }, { id: 'group-2' }],
      shown: 'group-3',
    });
    await expect(store.split('group-3', [])).rejects.toThrow(/not none or all/);
    await expect(store.merge(['group-3', 'auto:h1'])).rejects.toThrow(/reload the view/);
    store.db.close();

    const reopened = new EventStore(new SourcelightDatabase(name));
    const events = await reopened.events();
    expect(membersOf(events)).toEqual([['h1', 't1'], ['h2']]);
    expect(events.map((event) => event.id)).toEqual(['group-3', 'group-2']);
    reopened.db.close();
  });
});
