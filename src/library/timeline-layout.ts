// Where each toll of an event goes on its timeline: x the day it was reported, y its count (a bar from low
// to high for a range or a qualifier, a dot for an exact count, a mark in the "vague" lane along the top for a vague
// one), one colour per source. Pure geometry, so the plot and its tests share it.
import type { TollEvent, TollPoint } from '../core/events/group';
import { sourceLabel } from '../core/events/wording';

export const PLOT = { width: 760, top: 60, plotHeight: 240, left: 64, right: 24, legendRow: 20 } as const;
/** The lane of vague counts, between the title and the plot. */
export const VAGUE_LANE_Y = 38;
const DAY_MS = 24 * 60 * 60 * 1000;
/** Reports of one day sit side by side this far apart, so none hides another. */
const SAME_DAY_SPREAD = 14;

/**
 * Okabe and Ito's palette for colour-blind readers ("Color Universal Design", 2008), its yellow left out
 * (too pale on white), then four darker tones for events with more sources.
 */
export const SOURCE_COLOURS = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#000000',
  '#7A5195',
  '#4D7C0F',
  '#8C564B',
  '#1F3A93',
] as const;
/** Conflicts are drawn in this red, with a dashed ring: never a source's colour. */
export const CONFLICT_COLOUR = '#C8102E';

export interface PlacedPoint {
  point: TollPoint;
  x: number;
  colour: string;
  /** A dot at y for an exact count; a bar from y (the high end, or the top for an open range) to yLow. */
  shape: 'dot' | 'bar' | 'vague';
  y: number;
  yLow: number;
  /** The bar has no upper end ("at least 12"): drawn to the top with an arrow. */
  open: boolean;
}

export interface Tick {
  at: number;
  label: string;
}

export interface TimelineLayout {
  width: number;
  height: number;
  bottom: number;
  points: PlacedPoint[];
  xTicks: Tick[];
  yTicks: Tick[];
  legend: { source: string; colour: string }[];
}

/** Round steps (1, 2, 5 times a power of ten, people counted whole) giving about `count` ticks from 0 past max. */
export function valueTicks(max: number, count = 5): number[] {
  const top = Math.max(max, 1);
  const raw = top / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * power).find((candidate) => candidate >= raw) ?? 10 * power);
  const ticks = [0];
  while (ticks[ticks.length - 1]! < top) ticks.push(ticks[ticks.length - 1]! + step);
  return ticks;
}

const DAY_LABEL = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const YEAR_LABEL = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** The day a report counts for, as UTC midnight: a plot of tolls is read by day, not by hour. */
const dayOf = (point: TollPoint): number => Date.parse(`${point.date.slice(0, 10)}T00:00:00Z`);

export function layoutTimeline(event: Pick<TollEvent, 'points'>): TimelineLayout {
  const { width, top, plotHeight, left, right, legendRow } = PLOT;
  const bottom = top + plotHeight;
  const days = event.points.map(dayOf);
  const first = Math.min(...days) - DAY_MS / 2;
  const last = Math.max(...days) + DAY_MS / 2;
  const x = (at: number): number => left + ((at - first) / (last - first)) * (width - left - right);

  const counted = event.points.flatMap((point) =>
    point.range ? [point.range.low, point.range.high ?? point.range.low] : [],
  );
  const yTickValues = valueTicks(Math.max(1, ...counted) * 1.15);
  const yMax = yTickValues[yTickValues.length - 1]!;
  const y = (value: number): number => bottom - (value / yMax) * plotHeight;

  const sources = [...new Set(event.points.map(sourceLabel))];
  const colourOf = new Map(sources.map((source, index) => [source, SOURCE_COLOURS[index % SOURCE_COLOURS.length]!]));

  const perDay = new Map<number, number>();
  const points = event.points.map((point, index): PlacedPoint => {
    const day = days[index]!;
    const sameDay = days.filter((other) => other === day).length;
    const order = perDay.get(day) ?? 0;
    perDay.set(day, order + 1);
    const px = x(day) + (order - (sameDay - 1) / 2) * SAME_DAY_SPREAD;
    const colour = colourOf.get(sourceLabel(point))!;
    if (!point.range) return { point, x: px, colour, shape: 'vague', y: VAGUE_LANE_Y, yLow: VAGUE_LANE_Y, open: false };
    const { low, high } = point.range;
    if (high === low) return { point, x: px, colour, shape: 'dot', y: y(low), yLow: y(low), open: false };
    return { point, x: px, colour, shape: 'bar', y: high === null ? top : y(high), yLow: y(low), open: high === null };
  });

  const span = last - first;
  const step = Math.max(1, Math.ceil(span / DAY_MS / 8)) * DAY_MS;
  const xTicks: Tick[] = [];
  const label = new Date(first).getUTCFullYear() === new Date(last).getUTCFullYear() ? DAY_LABEL : YEAR_LABEL;
  for (let at = first + DAY_MS / 2; at <= last; at += step) xTicks.push({ at: x(at), label: label.format(at) });

  return {
    width,
    height: bottom + 40 + Math.ceil((sources.length + 1) / 3) * legendRow,
    bottom,
    points,
    xTicks,
    yTicks: yTickValues.map((value) => ({ at: y(value), label: value.toLocaleString('en') })),
    legend: sources.map((source) => ({ source, colour: colourOf.get(source)! })),
  };
}
