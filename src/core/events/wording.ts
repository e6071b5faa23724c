// How events and their conflicts read for people, the same in the command line's report and the library.
import { describeCount } from '../describe';
import type { ClaimFigure } from '../formats/claim';
import type { ConflictRule } from './conflicts';
import type { TollEvent, TollPoint } from './group';

export const CONFLICT_WORDING: Record<ConflictRule, string> = {
  'events/toll-disagrees': 'two sources disagree within a day',
  'events/toll-falls': 'a later toll is lower',
};

/** "killed in Harlow", "injured in Tarn, Ovel"; the place list is cut at three. */
export function eventTitle(event: Pick<TollEvent, 'kind' | 'places'>): string {
  if (event.places.length === 0) return `${event.kind} (no place named)`;
  const shown = event.places.slice(0, 3).join(', ');
  return `${event.kind} in ${shown}${event.places.length > 3 ? ' …' : ''}`;
}

/** The calendar day of a report (its published date may be an instant). */
export const reportDay = (point: Pick<TollPoint, 'date'>): string => point.date.slice(0, 10);

/** Who gave a toll: the source's name, or that nobody in the text stands behind it. */
export const sourceLabel = (point: TollPoint): string => point.claim.source?.name ?? 'unattributed';

/** A toll's count as the describer words it ("at least 12"), or that the text gives no number. */
export const tollCount = (figure: Pick<ClaimFigure, 'value' | 'qualifier'>): string =>
  describeCount(figure) ?? 'an unstated number';
