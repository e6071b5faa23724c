// `sourcelight events` as a researcher runs it, on a folder of pages written for it (test/fixtures/events):
// three reports of the Harlow dam collapse from three outlets on two days (one toll in conflict), a bridge
// collapse in Tarn the same day, and floods in Harlow seven months later.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { useTempFiles } from './temp-files.test-helper';

const MAIN = fileURLToPath(new URL('./main.ts', import.meta.url));
const FOLDER = fileURLToPath(new URL('../../test/fixtures/events', import.meta.url));
const PAGES = readdirSync(FOLDER)
  .filter((name) => name.endsWith('.html'))
  .sort()
  .map((name) => join(FOLDER, name));

function sourcelight(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', MAIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, SOURCELIGHT_DEBUG: '' },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const { write } = useTempFiles('events');

describe('sourcelight events', { timeout: 60_000 }, () => {
  it('prints each event with its tolls in date order, dated by each page, the conflict marked', () => {
    const run = sourcelight('events', ...PAGES);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const page = (name: string): string => join(FOLDER, name);
    expect(run.stdout.split('\n')).toEqual([
      'Events: 3, from 5 figures (! in conflict; * dated by the file, the page gives no date)',
      '',
      '1. killed in Harlow, 2026-03-02 to 2026-03-04: 3 reports, 2 in conflict',
      `     2026-03-02  at least 12   county police            ${page('harlow-courier.html')}`,
      `  !  2026-03-04  16            the Health Ministry      ${page('valley-times.html')}`,
      `  !  2026-03-04  more than 40  the Valley Rights Watch  ${page('rights-monitor.html')}`,
      '     conflict: 16 (the Health Ministry, 2026-03-04) vs more than 40 (the Valley Rights Watch, 2026-03-04): two sources disagree within a day (events/toll-disagrees)',
      '',
      '2. killed in Tarn, 2026-03-02: 1 report',
      `     2026-03-02  9  the fire service  ${page('tarn-bridge.html')}`,
      '',
      '3. killed in Harlow, 2026-10-20: 1 report',
      `     2026-10-20  4  the county police  ${page('harlow-floods-autumn.html')}`,
      '',
    ]);
  });

  it('gives the same events as JSON, with where each date came from, and as CSV rows', () => {
    const json = JSON.parse(sourcelight('events', '--format', 'json', ...PAGES).stdout) as {
      events: {
        places: string[];
        figures: { date: string; dateIs: string; low: number; high: number | null; conflicting: boolean }[];
      }[];
    };
    expect(json.events.map((event) => event.places)).toEqual([['Harlow'], ['Tarn'], ['Harlow']]);
    expect(
      json.events[0]!.figures.map(({ date, dateIs, low, high, conflicting }) => ({
        date,
        dateIs,
        low,
        high,
        conflicting,
      })),
    ).toEqual([
      { date: '2026-03-02T18:40:00.000Z', dateIs: 'published', low: 12, high: null, conflicting: false },
      { date: '2026-03-04', dateIs: 'published', low: 16, high: 16, conflicting: true },
      { date: '2026-03-04T16:00:00.000Z', dateIs: 'published', low: 41, high: null, conflicting: true },
    ]);
    const csv = sourcelight('events', '--format', 'csv', ...PAGES)
      .stdout.trimEnd()
      .split('\r\n');
    expect(csv[0]).toBe('event,kind,places,date,date_is,value,qualifier,low,high,source,conflicting,file,text');
    expect(csv).toHaveLength(6);
    expect(csv[3]).toMatch(
      /^1,killed,Harlow,2026-03-04T16:00:00.000Z,published,40,more_than,41,,the Valley Rights Watch,true,/,
    );
  });

  it('dates a page that gives no date by its file, says so, and still prints the others when a file is unreadable', () => {
    const undated = write(
      'undated.txt',
      'Six people were killed in a fire at a hostel in Ovel, the fire brigade said.\n',
    );
    const run = sourcelight('events', undated, join(FOLDER, 'missing.html'));
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/missing\.html: no such file/);
    expect(run.stdout).toMatch(/^1\. killed in Ovel, \d{4}-\d\d-\d\d: 1 report$/m);
    expect(run.stdout).toMatch(/^ {3}\* \d{4}-\d\d-\d\d {2}6 {2}the fire brigade {2}.*undated\.txt$/m);
  });
});
