import { describe, expect, it } from 'vitest';
import type { ClaimFigure, ClaimSource } from '../formats/claim';
import { makeClaim } from '../formats/test-claims';
import { EVENT_GAP_DAYS, groupEvents, reportDate, SAME_EVENT_RULE, USER_GROUP_RULE, type EventClaim } from './group';

const killed = (value: number | null, qualifier: ClaimFigure['qualifier'] = 'exact'): ClaimFigure => ({
  value,
  qualifier,
  kind: 'killed',
  hedged: false,
  hedgeCue: null,
});
const organisation = (name: string): ClaimSource => ({ name, kind: 'organization', aliases: [] });

function toll(
  id: string,
  text: string,
  published: string,
  figure: ClaimFigure,
  source: ClaimSource | null = null,
  title: string | null = null,
): EventClaim {
  const claim = makeClaim(id, text, { figure, source, page: { url: `https://news.example/${id}`, title, published } });
  return { ...claim, figure };
}

const idsOf = (events: ReturnType<typeof groupEvents>): string[][] =>
  events.map((event) => event.points.map((point) => point.claim.id));

describe('groupEvents', () => {
  it('keeps one event across wording: "the Harlow dam collapse" and "the dam disaster in Harlow"', () => {
    const events = groupEvents([
      toll(
        'a',
        'Twelve people died in the Harlow dam collapse, police said.',
        '2026-03-02',
        killed(12),
        organisation('police'),
      ),
      toll(
        'b',
        'The toll from the dam disaster in Harlow rose to 16, the Health Ministry said.',
        '2026-03-04',
        killed(16),
        organisation('Health Ministry'),
      ),
    ]);
    expect(idsOf(events)).toEqual([['a', 'b']]);
    expect(events[0]).toMatchObject({
      id: 'auto:a',
      kind: 'killed',
      places: ['Harlow'],
      rules: [SAME_EVENT_RULE, 'events/place-words'],
      conflicts: [],
    });
  });

  it('keeps the same place months apart as two events', () => {
    const events = groupEvents([
      toll('spring', 'Four people were killed when floods hit Harlow on Monday.', '2026-03-02', killed(4)),
      toll('autumn', 'Floods in Harlow killed nine people.', '2026-10-20', killed(9)),
    ]);
    expect(idsOf(events)).toEqual([['spring'], ['autumn']]);
  });

  it('keeps the same date in another place as two events', () => {
    const events = groupEvents([
      toll('harlow', 'Twelve people died in the Harlow dam collapse.', '2026-03-02', killed(12)),
      toll('tarn', 'Twelve people died when a bridge fell in Tarn.', '2026-03-02', killed(12)),
    ]);
    expect(idsOf(events)).toEqual([['harlow'], ['tarn']]);
  });

  it('keeps the killed and the injured of one disaster apart: an event is one kind of toll', () => {
    const injured: ClaimFigure = { ...killed(30), kind: 'injured' };
    expect(
      idsOf(
        groupEvents([
          toll('k', 'Twelve died in Harlow.', '2026-03-02', killed(12)),
          toll('i', 'Thirty were hurt in Harlow.', '2026-03-02', injured),
        ]),
      ),
    ).toEqual([['i'], ['k']]);
  });

  it('chains reports a few days apart, and not past the gap', () => {
    const day = (n: number): string => new Date(Date.UTC(2026, 2, 1 + n)).toISOString().slice(0, 10);
    const events = groupEvents([
      toll('d0', 'Rescuers in Harlow found 3 bodies.', day(0), killed(3)),
      toll('d10', 'The toll in Harlow reached 10.', day(10), killed(10)),
      toll('d20', 'The toll in Harlow reached 14.', day(20), killed(14)),
      toll('late', 'Officials in Harlow counted 15 dead.', day(20 + EVENT_GAP_DAYS + 1), killed(15)),
    ]);
    expect(idsOf(events)).toEqual([['d0', 'd10', 'd20'], ['late']]);
  });

  it('does not tie reports through the name of their source: the "Harlow Rights Group" is no place', () => {
    const events = groupEvents([
      toll(
        'a',
        'Eight people were killed in Tarn, the Harlow Rights Group said.',
        '2026-03-02',
        killed(8),
        organisation('Harlow Rights Group'),
      ),
      toll('b', 'Twelve people died in the Harlow dam collapse.', '2026-03-02', killed(12)),
    ]);
    expect(idsOf(events)).toEqual([['a'], ['b']]);
  });

  it('reads place words from a sentence-case headline, not from a Title Case one', () => {
    const events = groupEvents([
      toll(
        'a',
        'Rescuers said 12 people were killed.',
        '2026-03-02',
        killed(12),
        null,
        'Dam collapse in Harlow kills 12',
      ),
      toll('b', 'The toll from the disaster in Harlow rose to 16.', '2026-03-03', killed(16)),
      toll('c', 'Officials said 16 people were killed.', '2026-03-03', killed(16), null, 'Flood Toll Rises In Tarn'),
    ]);
    expect(idsOf(events)).toEqual([['a', 'b'], ['c']]);
  });

  it('marks a same-day disagreement between sources, and a falling toll, but not a rising one', () => {
    const [event] = groupEvents([
      toll(
        'first',
        'At least 12 people died in the Harlow dam collapse, police said.',
        '2026-03-02',
        killed(12, 'at_least'),
        organisation('police'),
      ),
      toll(
        'rise',
        'The toll in Harlow rose to 16, the Health Ministry said.',
        '2026-03-04',
        killed(16),
        organisation('Health Ministry'),
      ),
      toll(
        'clash',
        'More than 40 people were killed in Harlow, a rights group said.',
        '2026-03-04',
        killed(40, 'more_than'),
        organisation('a rights group'),
      ),
      toll('vague', 'Dozens were killed in Harlow.', '2026-03-05', killed(null, 'vague')),
      toll('fall', 'Officials in Harlow now put the toll at 9.', '2026-03-09', killed(9)),
    ]);
    expect(event!.conflicts).toEqual([
      { rule: 'events/toll-falls', claimIds: ['first', 'fall'] },
      { rule: 'events/toll-disagrees', claimIds: ['clash', 'rise'] },
      { rule: 'events/toll-falls', claimIds: ['clash', 'fall'] },
      { rule: 'events/toll-falls', claimIds: ['rise', 'fall'] },
    ]);
    expect(event!.points.map((point) => [point.claim.id, point.conflicting, point.range])).toEqual([
      ['first', true, { low: 12, high: null }],
      ['clash', true, { low: 41, high: null }],
      ['rise', true, { low: 16, high: 16 }],
      ['vague', false, null],
      ['fall', true, { low: 9, high: 9 }],
    ]);
  });

  it("keeps the user's merge and split: pinned claims stay together, and no tie crosses two pins", () => {
    const claims = [
      toll('a', 'Twelve people died in the Harlow dam collapse.', '2026-03-02', killed(12)),
      toll('b', 'The toll in Harlow rose to 16.', '2026-03-04', killed(16)),
      toll('c', 'Twelve people died when a bridge fell in Tarn.', '2026-03-02', killed(12)),
      toll('new', 'Officials in Harlow counted 17 dead.', '2026-03-05', killed(17)),
    ];
    const split = groupEvents(
      claims,
      new Map([
        ['a', 'g1'],
        ['b', 'g2'],
      ]),
    );
    expect(idsOf(split)).toEqual([['a'], ['c'], ['b', 'new']]);
    expect(split.map((event) => event.id)).toEqual(['g1', 'auto:c', 'g2']);
    expect(split[0]!.rules).toEqual([USER_GROUP_RULE]);
    const merged = groupEvents(
      claims,
      new Map([
        ['a', 'm'],
        ['b', 'm'],
        ['c', 'm'],
      ]),
    );
    expect(idsOf(merged)).toEqual([['a', 'c', 'b', 'new']]);
  });

  it('dates a claim by its page when the page gave a date, else by when it was saved', () => {
    const saved = makeClaim('x', 'Text.', { createdAt: '2026-03-09T10:00:00.000Z' });
    expect(reportDate(saved)).toMatchObject({ date: '2026-03-09T10:00:00.000Z', dateIs: 'first-seen' });
    expect(reportDate({ ...saved, page: { ...saved.page, published: '2026-03-04' } })).toMatchObject({
      date: '2026-03-04',
      dateIs: 'published',
      at: Date.UTC(2026, 2, 4),
    });
  });
});
