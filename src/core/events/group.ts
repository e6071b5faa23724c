// Saved figures grouped into events (issue 10): rule `events/same-event` ties two figures of the same kind
// that share a place word and were reported at most EVENT_GAP_DAYS apart, and the ties chain, so a toll
// reported every few days for a month stays one event. The user's merges and splits arrive as pins (claim
// id → group): claims of one pin are one event whatever the words say, and no tie joins two pins.
import { figureRange } from '../crossref';
import type { ClaimFigure, SavedClaim } from '../formats/claim';
import type { CasualtyKind } from '../types';
import { conflictBetween, prepareReport, type ConflictRule } from './conflicts';
import { PLACE_WORDS_RULE, placeWords, writtenForm } from './place-words';

export const SAME_EVENT_RULE = 'events/same-event';
export const USER_GROUP_RULE = 'events/user-group';

/**
 * Reports of one disaster or attack come over days to a couple of weeks (the final toll); the same place
 * in the news a month later is most often another event. Two weeks between consecutive reports.
 */
export const EVENT_GAP_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;

/** What grouping reads of a saved claim: a figure is required, the rest is what the library keeps. */
export type EventClaim = Pick<SavedClaim, 'id' | 'text' | 'page' | 'source' | 'createdAt'> & { figure: ClaimFigure };

export interface TollPoint {
  claim: EventClaim;
  /** When the toll was reported: the page's published date when known, else when the claim was first saved. */
  date: string;
  dateIs: 'published' | 'first-seen';
  /** The counts the figure allows; null for a vague one ("dozens"). `high` is null for "at least" (no upper bound). */
  range: { low: number; high: number | null } | null;
  /** Whether some other point of the event contradicts this one. */
  conflicting: boolean;
}

export interface TollConflict {
  rule: ConflictRule;
  claimIds: [string, string];
}

export interface TollEvent {
  /** The user's group when pinned, else `auto:` and the id of its first report. */
  id: string;
  kind: CasualtyKind;
  /** Place words as written, the most reported first. */
  places: string[];
  /** In date order. */
  points: TollPoint[];
  conflicts: TollConflict[];
  /** The rules that made the event: the place words and date gaps, or the user's merge or split. */
  rules: string[];
}

/** A claim's report date: its page's published date when the page gave one, else when it was saved. */
export function reportDate(claim: Pick<EventClaim, 'page' | 'createdAt'>): {
  date: string;
  dateIs: TollPoint['dateIs'];
  at: number;
} {
  const published = claim.page.published;
  const at = published === undefined ? Number.NaN : Date.parse(published);
  if (!Number.isNaN(at)) return { date: published!, dateIs: 'published', at };
  return { date: claim.createdAt, dateIs: 'first-seen', at: Date.parse(claim.createdAt) };
}

/** A figure's range as messages carry it: JSON has no Infinity. */
function pointRange(figure: ClaimFigure): TollPoint['range'] {
  const range = figureRange(figure);
  return range && { low: range[0], high: Number.isFinite(range[1]) ? range[1] : null };
}

/** Conflicts listed per event; every conflicting point is still marked past this many. */
const MAX_CONFLICTS_LISTED = 50;

/** Groups figure claims into events, oldest report first within each; events in order of their first report. */
export function groupEvents(claims: readonly EventClaim[], pins: ReadonlyMap<string, string> = new Map()): TollEvent[] {
  const reports = claims
    .map((claim) => ({ claim, ...reportDate(claim), places: placeWords(claim), pin: pins.get(claim.id) }))
    .sort((a, b) => a.at - b.at || (a.claim.id < b.claim.id ? -1 : Number(a.claim.id > b.claim.id)));

  const parent = reports.map((_, index) => index);
  const pinOf = reports.map((report) => report.pin);
  const root = (index: number): number => {
    while (parent[index] !== index) index = parent[index] = parent[parent[index]!]!;
    return index;
  };
  const tie = (a: number, b: number): void => {
    const [ra, rb] = [root(a), root(b)];
    if (ra === rb || (pinOf[ra] !== undefined && pinOf[rb] !== undefined && pinOf[ra] !== pinOf[rb])) return;
    parent[rb] = ra;
    pinOf[ra] ??= pinOf[rb];
  };

  const firstOfPin = new Map<string, number>();
  reports.forEach((report, index) => {
    if (report.pin === undefined) return;
    const first = firstOfPin.get(report.pin);
    if (first === undefined) firstOfPin.set(report.pin, index);
    else tie(first, index);
  });
  // in date order, a report is tied to the latest earlier report of its kind under each of its place words:
  // ties to every earlier one within the gap would give the same events, since the latest is the closest
  const latest = new Map<string, number>();
  reports.forEach((report, index) => {
    for (const word of report.places) {
      const key = `${report.claim.figure.kind}|${word}`;
      const previous = latest.get(key);
      if (previous !== undefined && report.at - reports[previous]!.at <= EVENT_GAP_DAYS * DAY_MS) tie(previous, index);
      latest.set(key, index);
    }
  });

  const members = new Map<number, number[]>();
  reports.forEach((_, index) => {
    const group = root(index);
    const list = members.get(group);
    if (list) list.push(index);
    else members.set(group, [index]);
  });
  return [...members.entries()].map(([group, indexes]) => {
    const mine = indexes.map((index) => reports[index]!);
    const points: TollPoint[] = mine.map((report) => ({
      claim: report.claim,
      date: report.date,
      dateIs: report.dateIs,
      range: pointRange(report.claim.figure),
      conflicting: false,
    }));
    const conflicts: TollConflict[] = [];
    const prepared = mine.map((report) => prepareReport({ ...report.claim, at: report.at }));
    for (let i = 0; i < mine.length; i++) {
      for (let j = i + 1; j < mine.length; j++) {
        const rule = conflictBetween(prepared[i]!, prepared[j]!);
        if (!rule) continue;
        points[i]!.conflicting = true;
        points[j]!.conflicting = true;
        if (conflicts.length < MAX_CONFLICTS_LISTED)
          conflicts.push({ rule, claimIds: [mine[i]!.claim.id, mine[j]!.claim.id] });
      }
    }
    const placeCounts = new Map<string, number>();
    for (const report of mine)
      for (const word of report.places) placeCounts.set(word, (placeCounts.get(word) ?? 0) + 1);
    const texts = mine.flatMap((report) => [report.claim.text, report.claim.page.title ?? '']);
    const places = [...placeCounts].sort((a, b) => b[1] - a[1]).map(([word]) => writtenForm(word, texts));
    const pin = pinOf[group];
    const automaticRules = mine.length > 1 ? [SAME_EVENT_RULE, PLACE_WORDS_RULE] : [];
    return {
      id: pin ?? `auto:${mine[0]!.claim.id}`,
      kind: mine[0]!.claim.figure.kind,
      places,
      points,
      conflicts,
      rules: pin === undefined ? automaticRules : [USER_GROUP_RULE],
    };
  });
}

/** An event as the list of events shows it: what it is and how large, without its reports. */
export interface EventSummary {
  id: string;
  kind: CasualtyKind;
  places: string[];
  rules: string[];
  reports: number;
  conflicting: number;
  /** The first and the last report's dates. */
  from: string;
  to: string;
}

/** The events after a merge or a split, and the one a view goes on showing. */
export interface Regrouped {
  events: EventSummary[];
  shown: string | null;
}

export function summarize(event: TollEvent): EventSummary {
  return {
    id: event.id,
    kind: event.kind,
    places: event.places,
    rules: event.rules,
    reports: event.points.length,
    conflicting: event.points.filter((point) => point.conflicting).length,
    from: event.points[0]!.date,
    to: event.points[event.points.length - 1]!.date,
  };
}
