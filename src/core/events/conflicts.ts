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

const sameSource = (a: ClaimSource | null, b: ClaimSource | null): boolean => {
  if (!a || !b) return false;
  const keys = new Set(sourceKeys(a));
  return sourceKeys(b).some((key) => keys.has(key));
};

/** The rule two reports break, or null when they can both be true. */
export function conflictRule(a: TollReport, b: TollReport): ConflictRule | null {
  const first = figureRange(a.figure);
  const second = figureRange(b.figure);
  if (!first || !second || rangesOverlap(first, second)) return null;
  const [earlier, later] = a.at <= b.at ? [first, second] : [second, first];
  if (a.at !== b.at && later[1] < earlier[0]) return TOLL_FALLS_RULE;
  return Math.abs(a.at - b.at) <= SAME_TIME_MS && !sameSource(a.source, b.source) ? TOLL_DISAGREES_RULE : null;
}
