// When two tolls of one event contradict each other. A toll that rises over days is the story, not a
// conflict ("the death toll climbed to 16"); what a fact-checker must see is (rule `events/toll-disagrees`)
// two sources giving counts that cannot both be true at about the same time, and (rule `events/toll-falls`)
// a later count below an earlier one, which happens only when someone got it wrong or revised it.
import { figureRange, rangesOverlap, sourceKeys } from '../crossref';
import type { ClaimFigure, ClaimSource } from '../formats/claim';

export const TOLL_DISAGREES_RULE = 'events/toll-disagrees';
export const TOLL_FALLS_RULE = 'events/toll-falls';
export type ConflictRule = typeof TOLL_DISAGREES_RULE | typeof TOLL_FALLS_RULE;

/** Reports this close count as simultaneous: outlets publish the same day's toll hours apart. */
export const SAME_TIME_MS = 24 * 60 * 60 * 1000;

export interface TollReport {
  figure: Pick<ClaimFigure, 'value' | 'qualifier'>;
  source: ClaimSource | null;
  /** Epoch milliseconds of the report. */
  at: number;
}

/** A report with what comparing it needs worked out once: an event's reports are compared pairwise. */
export interface PreparedReport {
  range: [number, number] | null;
  sourceKeys: ReadonlySet<string>;
  at: number;
}

export const prepareReport = (report: TollReport): PreparedReport => ({
  range: figureRange(report.figure),
  sourceKeys: new Set(report.source ? sourceKeys(report.source) : []),
  at: report.at,
});

const sameSource = (a: PreparedReport, b: PreparedReport): boolean => {
  for (const key of a.sourceKeys) if (b.sourceKeys.has(key)) return true;
  return false;
};

/** The rule two prepared reports break, or null when they can both be true. */
export function conflictBetween(a: PreparedReport, b: PreparedReport): ConflictRule | null {
  if (!a.range || !b.range || rangesOverlap(a.range, b.range)) return null;
  const [earlier, later] = a.at <= b.at ? [a.range, b.range] : [b.range, a.range];
  if (a.at !== b.at && later[1] < earlier[0]) return TOLL_FALLS_RULE;
  return Math.abs(a.at - b.at) <= SAME_TIME_MS && !sameSource(a, b) ? TOLL_DISAGREES_RULE : null;
}

/** The rule two reports break, or null when they can both be true. */
export const conflictRule = (a: TollReport, b: TollReport): ConflictRule | null =>
  conflictBetween(prepareReport(a), prepareReport(b));
