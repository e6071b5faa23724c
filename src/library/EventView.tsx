// The library's event view (issue 10): saved figures grouped into events, each with the timeline of its
// tolls. The user merges events the rules kept apart and splits what they joined; both are saved.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { EventSummary, Regrouped, TollEvent, TollPoint } from '../core/events/group';
import { CONFLICT_WORDING, eventTitle, reportDay, sourceLabel, tollCount } from '../core/events/wording';
import { pngFile, svgFile } from './plot-export';
import { describePoint, Timeline } from './Timeline';

/** What the event view needs from the background: the list as summaries, one event's reports on request. */
export interface EventBackend {
  events(): Promise<EventSummary[]>;
  event(id: string): Promise<TollEvent | null>;
  merge(eventIds: string[]): Promise<Regrouped>;
  split(eventId: string, claimIds: string[]): Promise<Regrouped>;
  download(file: Blob, name: string): void;
}

type Notice = { kind: 'info' | 'error'; text: string } | null;

const claimIdsOf = (event: TollEvent): string[] => event.points.map((point) => point.claim.id);

function dateSpan(event: Pick<EventSummary, 'from' | 'to'>): string {
  const first = reportDay({ date: event.from });
  const last = reportDay({ date: event.to });
  return first === last ? first : `${first} to ${last}`;
}

const fileName = (event: Pick<TollEvent, 'kind' | 'places'>, extension: string): string =>
  `sourcelight-timeline-${eventTitle(event)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '')}.${extension}`;

export function EventView({ backend }: { backend: EventBackend }) {
  const [events, setEvents] = useState<EventSummary[] | null>(null);
  const [shownId, setShownId] = useState<string | null>(null);
  const [shown, setShown] = useState<TollEvent | null>(null);
  /** Events ticked for a merge. */
  const [ticked, setTicked] = useState<Set<string>>(new Set());
  /** Claims of the shown event ticked to be split off. */
  const [splitting, setSplitting] = useState<Set<string>>(new Set());
  const [openId, setOpenId] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const svgRef = useRef<SVGSVGElement>(null);

  const fail = (what: string) => (error: unknown) =>
    setNotice({ kind: 'error', text: `${what}: ${error instanceof Error ? error.message : String(error)}` });

  /** Takes the events from the background and shows `next` (the first event when none is named). */
  const settle = (list: EventSummary[], next: string | null): void => {
    setEvents(list);
    setTicked(new Set());
    setSplitting(new Set());
    setOpenId(null);
    setShownId(next ?? list[0]?.id ?? null);
  };

  useEffect(() => {
    void backend.events().then((loaded) => settle(loaded, null), fail('The events could not be read'));
  }, [backend]);

  // the shown event's reports come on their own: the list carries only summaries
  useEffect(() => {
    if (shownId === null) {
      setShown(null);
      return;
    }
    let current = true;
    void backend.event(shownId).then((event) => {
      if (!current) return;
      setShown(event);
      if (!event)
        setNotice({
          kind: 'error',
          text: 'That event changed since the list was read (a claim was saved or deleted): reload the view.',
        });
    }, fail('The event could not be read'));
    return () => {
      current = false;
    };
  }, [backend, shownId, events]);

  const tickedEvents = (events ?? []).filter((event) => ticked.has(event.id));
  const mergeable = tickedEvents.length >= 2 && tickedEvents.every((event) => event.kind === tickedEvents[0]!.kind);
  const openPoint = shown?.points.find((point) => point.claim.id === openId) ?? null;

  const merge = (): void => {
    const reports = tickedEvents.reduce((sum, event) => sum + event.reports, 0);
    void backend.merge(tickedEvents.map((event) => event.id)).then(({ events: next, shown: keep }) => {
      settle(next, keep);
      setNotice({ kind: 'info', text: `Merged ${tickedEvents.length} events into one of ${reports} reports.` });
    }, fail('Merging failed'));
  };

  const split = (): void => {
    if (!shown) return;
    const taken = claimIdsOf(shown).filter((id) => splitting.has(id));
    void backend.split(shown.id, taken).then(({ events: next, shown: keep }) => {
      settle(next, keep);
      setNotice({
        kind: 'info',
        text: `Split ${taken.length} report${taken.length === 1 ? '' : 's'} into an event of ${taken.length === 1 ? 'its' : 'their'} own.`,
      });
    }, fail('Splitting failed'));
  };

  const exportPlot = (kind: 'svg' | 'png'): void => {
    const svg = svgRef.current;
    if (!svg || !shown) return;
    void (kind === 'svg' ? Promise.resolve(svgFile(svg)) : pngFile(svg)).then((file) => {
      backend.download(file, fileName(shown, kind));
      setNotice({ kind: 'info', text: `Exported the timeline as ${kind.toUpperCase()}.` });
    }, fail('Export failed'));
  };

  const toggle = (set: Set<string>, id: string): Set<string> => {
    const next = new Set(set);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    return next;
  };

  if (events === null) return <p class="events-empty">{notice?.text ?? 'Loading events…'}</p>;

  return (
    <div class="events" data-testid="event-view">
      <section class="event-list" aria-labelledby="events-heading">
        <h2 id="events-heading">
          Events{' '}
          <span class="count" data-testid="event-count">
            {events.length}
          </span>
        </h2>
        <p class="hint">
          Figures of one kind that name the same place within two weeks of each other are grouped. Tick events to merge
          them.
        </p>
        <button type="button" data-testid="merge-events" disabled={!mergeable} onClick={merge}>
          Merge {tickedEvents.length >= 2 ? tickedEvents.length : ''} ticked events
        </button>
        {events.length === 0 && <p class="events-empty">No saved claim has a casualty figure yet.</p>}
        <ul>
          {events.map((event) => {
            const { conflicting } = event;
            return (
              <li
                key={event.id}
                data-testid="event"
                data-event-id={event.id}
                aria-current={event.id === shownId ? 'true' : undefined}
              >
                <input
                  type="checkbox"
                  aria-label={`Tick ${eventTitle(event)} to merge`}
                  data-testid="tick-event"
                  checked={ticked.has(event.id)}
                  onChange={() => setTicked((set) => toggle(set, event.id))}
                />
                <button
                  type="button"
                  class="event-name"
                  data-testid="show-event"
                  onClick={() => {
                    setShownId(event.id);
                    setSplitting(new Set());
                    setOpenId(null);
                    setNotice(null);
                  }}
                >
                  <span class="title">{eventTitle(event)}</span>
                  <span class="meta">
                    {dateSpan(event)} · {event.reports} report{event.reports === 1 ? '' : 's'}
                    {conflicting > 0 && <span class="conflict"> · {conflicting} in conflict</span>}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      </section>

      {shown && (
        <section
          class="event-detail"
          aria-labelledby="event-heading"
          data-testid="event-detail"
          data-event-id={shown.id}
        >
          <h2 id="event-heading">{eventTitle(shown)}</h2>
          <p class="meta">
            {dateSpan({ from: shown.points[0]!.date, to: shown.points[shown.points.length - 1]!.date })} · grouped by{' '}
            {shown.rules.length ? shown.rules.join(', ') : 'one report alone'}
          </p>
          <div class="plot">
            <Timeline event={shown} svgRef={svgRef} openId={openId} onOpen={(point) => setOpenId(point.claim.id)} />
          </div>
          <div class="plot-actions">
            <button type="button" data-testid="export-svg" onClick={() => exportPlot('svg')}>
              Export SVG
            </button>
            <button type="button" data-testid="export-png" onClick={() => exportPlot('png')}>
              Export PNG
            </button>
          </div>
          {notice && (
            <p
              class={`notice ${notice.kind}`}
              role={notice.kind === 'error' ? 'alert' : 'status'}
              data-testid="event-notice"
            >
              {notice.text}
            </p>
          )}
          {openPoint && <ClaimDetail point={openPoint} event={shown} onClose={() => setOpenId(null)} />}
          <table class="reports" data-testid="reports">
            <caption>Reports in date order; tick some to split them off</caption>
            <thead>
              <tr>
                <th scope="col">Split off</th>
                <th scope="col">Date</th>
                <th scope="col">Toll</th>
                <th scope="col">Source</th>
                <th scope="col">Claim</th>
              </tr>
            </thead>
            <tbody>
              {shown.points.map((point) => (
                <tr
                  key={point.claim.id}
                  data-testid="report"
                  data-claim-id={point.claim.id}
                  data-conflicting={String(point.conflicting)}
                >
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`Split off ${describePoint(point)}`}
                      data-testid="tick-report"
                      checked={splitting.has(point.claim.id)}
                      onChange={() => setSplitting((set) => toggle(set, point.claim.id))}
                    />
                  </td>
                  <td>
                    {reportDay(point)}
                    {point.dateIs === 'first-seen' && <span class="meta"> (first seen)</span>}
                  </td>
                  <td>
                    {tollCount(point.claim.figure)}
                    {point.conflicting && <strong class="conflict"> · in conflict</strong>}
                  </td>
                  <td>{sourceLabel(point)}</td>
                  <td>
                    <button
                      type="button"
                      class="link"
                      data-testid="open-claim"
                      onClick={() => setOpenId(point.claim.id)}
                    >
                      {point.claim.text}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <button
            type="button"
            data-testid="split-event"
            disabled={splitting.size === 0 || splitting.size === shown.points.length}
            onClick={split}
          >
            Split {splitting.size || ''} ticked into a new event
          </button>
        </section>
      )}
    </div>
  );
}

function ClaimDetail({ point, event, onClose }: { point: TollPoint; event: TollEvent; onClose(): void }) {
  const { claim } = point;
  const others = new Map(event.points.map((other) => [other.claim.id, other]));
  const against = event.conflicts.filter((conflict) => conflict.claimIds.includes(claim.id));
  return (
    <aside class="claim-detail" aria-label="The claim" data-testid="claim-detail" data-claim-id={claim.id}>
      <blockquote>{claim.text}</blockquote>
      <p class="meta">
        {tollCount(claim.figure)} {claim.figure.kind}
        {claim.figure.hedged && ` · hedged${claim.figure.hedgeCue ? ` (“${claim.figure.hedgeCue}”)` : ''}`} ·{' '}
        {sourceLabel(point)} · {point.dateIs === 'published' ? 'published' : 'first seen'} {reportDay(point)}
      </p>
      {against.map((conflict) => {
        const other = others.get(conflict.claimIds[0] === claim.id ? conflict.claimIds[1] : conflict.claimIds[0]);
        return (
          other && (
            <p class="conflict" key={conflict.claimIds.join('|')}>
              In conflict with {tollCount(other.claim.figure)} ({sourceLabel(other)}, {reportDay(other)}):{' '}
              {CONFLICT_WORDING[conflict.rule]}.
            </p>
          )
        );
      })}
      <p>
        <a href={claim.page.url} target="_blank" rel="noopener noreferrer" data-testid="claim-page">
          {claim.page.title ?? claim.page.url}
        </a>
      </p>
      <button type="button" onClick={onClose}>
        Close
      </button>
    </aside>
  );
}
