// @vitest-environment happy-dom
// The event view on a real store (Dexie on fake-indexeddb): events as the core groups them, the timeline's
// points with the conflict marked, a point opening its claim, a merge and a split kept by the store, and the
// plot exported as an SVG file.
import { render } from 'preact';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import type { ClaimFigure, ClaimSource } from '../core/formats/claim';
import { makeClaim } from '../core/formats/test-claims';
import { ClaimStore } from '../store/claims';
import { SourcelightDatabase } from '../store/db';
import { EventStore } from '../store/events';
import { EventView, type EventBackend } from './EventView';

const host = document.createElement('div');
document.body.append(host);
const downloads: { name: string; text: string }[] = [];
let name: string;

const killed = (value: number, qualifier: ClaimFigure['qualifier'] = 'exact'): ClaimFigure => ({
  value,
  qualifier,
  kind: 'killed',
  hedged: false,
  hedgeCue: null,
});
const by = (source: string): ClaimSource => ({ name: source, kind: 'organization', aliases: [] });
const toll = (id: string, text: string, published: string, figure: ClaimFigure, source: string) =>
  makeClaim(id, text, {
    figure,
    source: by(source),
    page: { url: `https://news.example/${id}`, title: `Report ${id}`, published },
  });

const backendOn = (database: string): EventBackend => {
  const events = new EventStore(new SourcelightDatabase(database));
  return {
    events: () => events.summaries(),
    event: (id) => events.event(id),
    merge: (ids) => events.merge(ids),
    split: (id, claimIds) => events.split(id, claimIds),
    download: (file, fileName) => void file.text().then((text) => downloads.push({ name: fileName, text })),
  };
};

beforeEach(async () => {
  name = `event-view-${Math.random()}`;
  downloads.length = 0;
  await new ClaimStore(new SourcelightDatabase(name)).saveAll([
    toll(
      'courier',
      'At least 12 people were killed in the Harlow dam collapse, police said.',
      '2026-03-02',
      killed(12, 'at_least'),
      'police',
    ),
    toll(
      'times',
      'The toll from the dam disaster in Harlow rose to 16, the Health Ministry said.',
      '2026-03-04',
      killed(16),
      'Health Ministry',
    ),
    toll(
      'monitor',
      'More than 40 people were killed in Harlow, the rights group said.',
      '2026-03-04',
      killed(40, 'more_than'),
      'rights group',
    ),
    toll('tarn', 'Nine people were killed when a bridge fell in Tarn.', '2026-03-02', killed(9), 'fire service'),
  ]);
});
afterEach(() => render(null, host));

const all = (testId: string): HTMLElement[] => [...host.querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`)];
const one = (testId: string): HTMLElement => host.querySelector<HTMLElement>(`[data-testid="${testId}"]`)!;
const eventTitles = (): string[] => all('event').map((event) => event.querySelector('.title')!.textContent ?? '');

it("groups the reports of one event, plots each with the conflict marked, and opens a point's claim", async () => {
  render(<EventView backend={backendOn(name)} />, host);
  await vi.waitFor(() => expect(eventTitles()).toEqual(['killed in Harlow', 'killed in Tarn']));
  await vi.waitFor(() => expect(all('timeline-point')).toHaveLength(3));
  const points = all('timeline-point');
  expect(points.map((point) => [point.dataset.claimId, point.dataset.conflicting])).toEqual([
    ['courier', 'false'],
    ['monitor', 'true'],
    ['times', 'true'],
  ]);
  expect(all('conflict-mark')).toHaveLength(2);
  expect(all('conflict-line')).toHaveLength(1);
  expect(points[1]!.getAttribute('aria-label')).toBe('more than 40 killed, rights group, 2026-03-04, in conflict');
  points[1]!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
  await vi.waitFor(() => expect(one('claim-detail').dataset.claimId).toBe('monitor'));
  expect(one('claim-detail').textContent).toContain(
    'In conflict with 16 (Health Ministry, 2026-03-04): two sources disagree within a day.',
  );
  expect(one('claim-page').getAttribute('href')).toBe('https://news.example/monitor');
});

it('merges two events and splits one, and both are still so when the view is opened again', async () => {
  render(<EventView backend={backendOn(name)} />, host);
  await vi.waitFor(() => expect(all('event')).toHaveLength(2));
  all('tick-event').forEach((box) => box.click());
  await vi.waitFor(() => expect((one('merge-events') as HTMLButtonElement).disabled).toBe(false));
  one('merge-events').click();
  await vi.waitFor(() => expect(eventTitles()).toEqual(['killed in Harlow, Tarn']));
  await vi.waitFor(() => expect(all('timeline-point')).toHaveLength(4));

  const reports = all('report');
  reports
    .find((row) => row.dataset.claimId === 'tarn')!
    .querySelector<HTMLInputElement>('[data-testid="tick-report"]')!
    .click();
  await vi.waitFor(() => expect((one('split-event') as HTMLButtonElement).disabled).toBe(false));
  one('split-event').click();
  await vi.waitFor(() => expect(all('event')).toHaveLength(2));

  render(null, host);
  render(<EventView backend={backendOn(name)} />, host);
  await vi.waitFor(() => expect(all('event')).toHaveLength(2));
  expect(eventTitles()).toEqual(['killed in Harlow', 'killed in Tarn']);
  expect(all('event').every((event) => !event.dataset.eventId!.startsWith('auto:'))).toBe(true);
});

it('exports the timeline as a standalone SVG file', async () => {
  render(<EventView backend={backendOn(name)} />, host);
  await vi.waitFor(() => expect(all('timeline-point')).toHaveLength(3));
  one('export-svg').click();
  await vi.waitFor(() => expect(downloads).toHaveLength(1));
  expect(downloads[0]!.name).toBe('sourcelight-timeline-killed-in-harlow.svg');
  expect(downloads[0]!.text).toMatch(
    /^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/,
  );
  expect(downloads[0]!.text).toContain('rights group');
});
