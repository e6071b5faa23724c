// The event view in real Chromium, used as a fact-checker would: tolls of the Harlow dam collapse saved from
// three outlets' pages written for this test (test/fixtures/events: two days, three sources, one toll in
// conflict) and a bridge collapse elsewhere the same day; the library groups the three as one event and
// plots three points with the conflict marked; a merge and a split are still there after a reload; the
// plot leaves as SVG and PNG files. The timeline's screenshot goes to test-results/.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from './support/built-extension';
import { launchChromium, openAndAnnotate, type ChromiumWithExtension, type Page } from './support/chromium';
import { openPopupFor } from './support/popup';
import { serveStatic, type StaticServer } from './support/server';

const EVENT_PAGES = join(PROJECT_ROOT, 'test/fixtures/events');
const RESULTS = join(PROJECT_ROOT, 'test-results');
const POPUP = 'src/popup/popup.html';
const SAVED_PAGES = ['harlow-courier.html', 'valley-times.html', 'rights-monitor.html', 'tarn-bridge.html'];

let server: StaticServer;
let chromium: ChromiumWithExtension;
let library: Page;

beforeAll(async () => {
  mkdirSync(RESULTS, { recursive: true });
  server = await serveStatic({ events: EVENT_PAGES });
  chromium = await launchChromium();
});

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

/** How many claims the background has stored, read from the extension's own IndexedDB. */
const storedCount = (): Promise<number> =>
  chromium.worker.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open('sourcelight');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const count = request.result.transaction('claims').objectStore('claims').count();
          count.onsuccess = () => resolve(count.result);
          count.onerror = () => reject(count.error);
        };
      }),
  );

/** Saves the page's attributed casualty figure from the popup, as a reader clicking Save would. */
async function saveAttributedToll(file: string, expectedCount: number): Promise<void> {
  const page = await openAndAnnotate(chromium, server.url('events', file));
  const popup = await openPopupFor(chromium.context, chromium.extensionUrl(POPUP), await chromium.tabIdOf(page));
  const attributed = popup
    .locator('[data-testid="figures"] li')
    .filter({ has: popup.locator('[data-testid="finding"][data-flagged="false"]') });
  await attributed.first().getByTestId('save').click();
  await expect.poll(storedCount, { timeout: 10_000 }).toBe(expectedCount);
  await popup.close();
  await page.close();
}

const eventTitles = (): Promise<string[]> => library.locator('[data-testid="event"] .title').allTextContents();
const points = () => library.getByTestId('timeline-point');

describe('the event view', () => {
  it('groups tolls saved from three outlets into one event and plots three points, the conflict marked', async () => {
    for (const [index, file] of SAVED_PAGES.entries()) await saveAttributedToll(file, index + 1);
    library = await chromium.context.newPage();
    await library.setViewportSize({ width: 1200, height: 1000 });
    await library.goto(chromium.extensionUrl('src/library/library.html#events'));
    await expect.poll(eventTitles, { timeout: 10_000 }).toEqual(['killed in Harlow', 'killed in Tarn']);
    await expect.poll(() => points().count()).toBe(3);
    const labels = await points().evaluateAll((marks) => marks.map((mark) => mark.getAttribute('aria-label')));
    // each page's own date: Open Graph metadata, the byline, JSON-LD
    expect(labels).toEqual([
      'at least 12 killed, county police, 2026-03-02',
      '16 killed, the Health Ministry, 2026-03-04, in conflict',
      'more than 40 killed, the Valley Rights Watch, 2026-03-04, in conflict',
    ]);
    expect(await library.getByTestId('conflict-mark').count()).toBe(2);
    expect(await library.getByTestId('conflict-line').count()).toBe(1);
    await library.getByTestId('timeline').screenshot({ path: join(RESULTS, 'chromium-event-timeline.png') });
  });

  it("opens a point's claim", async () => {
    await points().nth(2).click();
    const detail = library.getByTestId('claim-detail');
    await expect
      .poll(() => detail.textContent())
      .toContain('More than 40 people were killed in the dam disaster in Harlow');
    expect(await detail.textContent()).toContain(
      'In conflict with 16 (the Health Ministry, 2026-03-04): two sources disagree within a day.',
    );
    expect(await library.getByTestId('claim-page').getAttribute('href')).toBe(
      server.url('events', 'rights-monitor.html'),
    );
  });

  it('exports the plot as an SVG file and a PNG file', async () => {
    const svgDownload = library.waitForEvent('download');
    await library.getByTestId('export-svg').click();
    const svg = readFileSync(await (await svgDownload).path(), 'utf8');
    expect(svg).toMatch(/^<\?xml[^>]*>\n<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg.match(/data-testid="timeline-point"/g)).toHaveLength(3);
    expect(svg).toContain('the Valley Rights Watch');

    const pngDownload = library.waitForEvent('download');
    await library.getByTestId('export-png').click();
    const download = await pngDownload;
    expect(download.suggestedFilename()).toBe('sourcelight-timeline-killed-in-harlow.png');
    const png = readFileSync(await download.path());
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    // the IHDR chunk: twice the plot's size
    expect(png.readUInt32BE(16)).toBe(2 * Number(await library.getByTestId('timeline').getAttribute('width')));
  });

  it('merges two events and keeps them merged after a reload', async () => {
    const ticks = library.getByTestId('tick-event');
    await ticks.nth(0).check();
    await ticks.nth(1).check();
    await library.getByTestId('merge-events').click();
    await expect.poll(eventTitles, { timeout: 10_000 }).toEqual(['killed in Harlow, Tarn']);
    await library.reload();
    await expect.poll(eventTitles, { timeout: 10_000 }).toEqual(['killed in Harlow, Tarn']);
    expect(await points().count()).toBe(4);
  });

  it('splits an event and keeps it split after a reload', async () => {
    const tarn = library.getByTestId('report').filter({ hasText: 'Tarn' });
    await tarn.getByTestId('tick-report').check();
    await library.getByTestId('split-event').click();
    await expect.poll(() => library.getByTestId('event').count(), { timeout: 10_000 }).toBe(2);
    await library.reload();
    await expect.poll(eventTitles, { timeout: 10_000 }).toEqual(['killed in Harlow', 'killed in Tarn']);
    const ids = await library
      .getByTestId('event')
      .evaluateAll((events) => events.map((event) => event.getAttribute('data-event-id') ?? ''));
    expect(ids.every((id) => !id.startsWith('auto:'))).toBe(true);
    expect(await points().count()).toBe(3);
  });
});
