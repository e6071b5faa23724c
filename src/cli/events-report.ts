// `sourcelight events`: the casualty figures of a set of saved pages, grouped into events by the core's
// rules, each event's figures in date order with the conflicting ones marked; for people (text), for
// programs (json) or for a spreadsheet (csv, one row per figure).
import type { EventFormat } from './args';
import type { TollEvent, TollPoint } from '../core/events/group';
import { CONFLICT_WORDING, eventTitle, reportDay, sourceLabel, tollCount } from '../core/events/wording';
import { csvCell } from '../core/formats/csv';

/** The file each claim came from, by claim id. */
export type FileOf = (claimId: string) => string;

export function formatEvents(format: EventFormat, events: readonly TollEvent[], fileOf: FileOf): string {
  switch (format) {
    case 'text':
      return textReport(events, fileOf);
    case 'json':
      return `${JSON.stringify({ events: events.map((event) => eventRecord(event, fileOf)) }, null, 2)}\n`;
    case 'csv':
      return csvRows(events, fileOf);
  }
}

function eventRecord(event: TollEvent, fileOf: FileOf) {
  return {
    id: event.id,
    kind: event.kind,
    places: event.places,
    rules: event.rules,
    conflicts: event.conflicts.map((conflict) => ({ ...conflict, why: CONFLICT_WORDING[conflict.rule] })),
    figures: event.points.map((point) => ({
      file: fileOf(point.claim.id),
      date: point.date,
      dateIs: point.dateIs,
      value: point.claim.figure.value,
      qualifier: point.claim.figure.qualifier,
      low: point.range?.low ?? null,
      high: point.range?.high ?? null,
      hedged: point.claim.figure.hedged,
      source: point.claim.source?.name ?? null,
      conflicting: point.conflicting,
      text: point.claim.text,
    })),
  };
}

const CSV_COLUMNS = [
  'event',
  'kind',
  'places',
  'date',
  'date_is',
  'value',
  'qualifier',
  'low',
  'high',
  'source',
  'conflicting',
  'file',
  'text',
] as const;

function csvRows(events: readonly TollEvent[], fileOf: FileOf): string {
  const rows = [CSV_COLUMNS.join(',')];
  events.forEach((event, index) => {
    for (const point of event.points) {
      const { figure } = point.claim;
      const cells = [
        String(index + 1),
        event.kind,
        event.places.join('; '),
        point.date,
        point.dateIs,
        figure.value === null ? '' : String(figure.value),
        figure.qualifier,
        point.range ? String(point.range.low) : '',
        point.range?.high === null || !point.range ? '' : String(point.range.high),
        point.claim.source?.name ?? '',
        String(point.conflicting),
        fileOf(point.claim.id),
        point.claim.text,
      ];
      rows.push(cells.map(csvCell).join(','));
    }
  });
  return `${rows.join('\r\n')}\r\n`;
}

function textReport(events: readonly TollEvent[], fileOf: FileOf): string {
  if (events.length === 0) return 'Events: none (no casualty figures found).\n';
  const figures = events.reduce((sum, event) => sum + event.points.length, 0);
  const lines = [
    `Events: ${events.length}, from ${figures} figure${figures === 1 ? '' : 's'} (! in conflict; * dated by the file, the page gives no date)`,
  ];
  events.forEach((event, index) => {
    const first = event.points[0]!;
    const last = event.points[event.points.length - 1]!;
    const span = reportDay(first) === reportDay(last) ? reportDay(first) : `${reportDay(first)} to ${reportDay(last)}`;
    const conflicting = event.points.filter((point) => point.conflicting).length;
    lines.push(
      '',
      `${index + 1}. ${eventTitle(event)}, ${span}: ${event.points.length} report${event.points.length === 1 ? '' : 's'}${conflicting ? `, ${conflicting} in conflict` : ''}`,
    );
    const counts = event.points.map((point) => tollCount(point.claim.figure));
    const sources = event.points.map(sourceLabel);
    const countWidth = Math.max(...counts.map((count) => count.length));
    const sourceWidth = Math.max(...sources.map((source) => source.length));
    event.points.forEach((point, at) => {
      const mark = `${point.conflicting ? '!' : ' '}${point.dateIs === 'first-seen' ? '*' : ' '}`;
      lines.push(
        `  ${mark} ${reportDay(point)}  ${counts[at]!.padEnd(countWidth)}  ${sources[at]!.padEnd(sourceWidth)}  ${fileOf(point.claim.id)}`,
      );
    });
    const byId = new Map(event.points.map((point) => [point.claim.id, point]));
    for (const conflict of event.conflicts) {
      const [a, b] = conflict.claimIds.map((id) => byId.get(id)!) as [TollPoint, TollPoint];
      lines.push(
        `     conflict: ${describeReport(a)} vs ${describeReport(b)}: ${CONFLICT_WORDING[conflict.rule]} (${conflict.rule})`,
      );
    }
  });
  return `${lines.join('\n')}\n`;
}

const describeReport = (point: TollPoint): string =>
  `${tollCount(point.claim.figure)} (${sourceLabel(point)}, ${reportDay(point)})`;
