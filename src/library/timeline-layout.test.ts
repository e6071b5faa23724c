import { describe, expect, it } from 'vitest';
import type { TollPoint } from '../core/events/group';
import type { ClaimFigure } from '../core/formats/claim';
import { makeClaim } from '../core/formats/test-claims';
import { layoutTimeline, PLOT, SOURCE_COLOURS, valueTicks } from './timeline-layout';

function point(
  id: string,
  date: string,
  figure: ClaimFigure,
  range: TollPoint['range'],
  source: string | null,
): TollPoint {
  const claim = makeClaim(id, 'x', {
    figure,
    source: source === null ? null : { name: source, kind: 'organization', aliases: [] },
  });
  return { claim: { ...claim, figure }, date, dateIs: 'published', range, conflicting: false };
}
const killed = (value: number | null, qualifier: ClaimFigure['qualifier']): ClaimFigure => ({
  value,
  qualifier,
  kind: 'killed',
  hedged: false,
  hedgeCue: null,
});

describe('valueTicks', () => {
  it('steps by 1, 2 or 5 times a power of ten up past the maximum', () => {
    expect(valueTicks(46)).toEqual([0, 10, 20, 30, 40, 50]);
    expect(valueTicks(7)).toEqual([0, 2, 4, 6, 8]);
    expect(valueTicks(0)).toEqual([0, 1]);
  });
});

describe('layoutTimeline', () => {
  const points = [
    point('a', '2026-03-02T18:40:00.000Z', killed(12, 'at_least'), { low: 12, high: null }, 'county police'),
    point('b', '2026-03-04', killed(16, 'exact'), { low: 16, high: 16 }, 'Health Ministry'),
    point('c', '2026-03-04T16:00:00.000Z', killed(40, 'more_than'), { low: 41, high: null }, 'Rights Watch'),
    point('d', '2026-03-05', killed(null, 'vague'), null, 'county police'),
  ];
  const layout = layoutTimeline({ points });

  it('puts exact counts as dots, qualified ones as bars open to the top, vague ones in their own lane', () => {
    expect(layout.points.map((placed) => [placed.point.claim.id, placed.shape, placed.open])).toEqual([
      ['a', 'bar', true],
      ['b', 'dot', false],
      ['c', 'bar', true],
      ['d', 'vague', false],
    ]);
    const [a, b, c, d] = layout.points as [
      (typeof layout.points)[0],
      (typeof layout.points)[0],
      (typeof layout.points)[0],
      (typeof layout.points)[0],
    ];
    expect(a.y).toBe(PLOT.top);
    expect(b.y).toBeLessThan(a.yLow);
    expect(c.yLow).toBeLessThan(b.y);
    expect(d.y).toBeLessThan(PLOT.top);
  });

  it('orders days left to right, spreads reports of one day apart, and gives each source one colour', () => {
    const xs = layout.points.map((placed) => placed.x);
    expect(xs[0]).toBeLessThan(xs[1]!);
    expect(xs[2]! - xs[1]!).toBeGreaterThan(10);
    expect(xs[3]).toBeGreaterThan(xs[2]!);
    expect(layout.legend).toEqual([
      { source: 'county police', colour: SOURCE_COLOURS[0] },
      { source: 'Health Ministry', colour: SOURCE_COLOURS[1] },
      { source: 'Rights Watch', colour: SOURCE_COLOURS[2] },
    ]);
    expect(layout.points[3]!.colour).toBe(SOURCE_COLOURS[0]);
    expect(layout.xTicks.map((tick) => tick.label)).toEqual(['2 Mar', '3 Mar', '4 Mar', '5 Mar']);
    expect(layout.yTicks.at(-1)!.label).toBe('50');
  });
});
