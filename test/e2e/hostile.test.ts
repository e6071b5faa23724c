// Pages that fight back or stretch the page script (Chromium): the page keeps working, nothing of the page
// reaches the extension's pages as markup, and big, deep, framed, right-to-left and changing pages annotate.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from './support/built-extension';
import { launchChromium, openAndAnnotate, type ChromiumWithExtension, type Page } from './support/chromium';
import { readHighlightCounts, readHighlightPlaces, totalHighlights, waitForHighlights } from './support/page-probes';
import { openPopupFor } from './support/popup';
import { serveStatic, type StaticServer } from './support/server';

const POPUP = 'src/popup/popup.html';
const generated = mkdtempSync(join(tmpdir(), 'sourcelight-pages-'));
let server: StaticServer;
let chromium: ChromiumWithExtension;

/** A 5 MB article: one story told in varied paragraphs, repeated with different places and numbers. */
function writeHugeArticle(): void {
  const paragraphs: string[] = [];
  for (let index = 0, length = 0; length < 5_000_000; index += 1) {
    const town = `Town${index}`;
    const story = [
      `<p>At least ${(index % 90) + 2} people were killed in ${town} after the storm, the district office said on day ${index}.</p>`,
      `<p>Engineers from the water board inspected the levees near ${town} and reported that the pumps had failed overnight while the river kept rising across the lower fields.</p>`,
      `<p>Residents of ${town} described roofs torn off, cars carried into ditches and a school gym turned into a shelter for the families who lost their homes.</p>`,
    ];
    paragraphs.push(...story);
    length += story.join('').length;
  }
  writeFileSync(
    join(generated, 'huge-article.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Storm diary</title></head><body><nav><a href="#">Home</a></nav><article><h1>Storm diary</h1>${paragraphs.join('\n')}</article><footer>© Storm Desk</footer></body></html>`,
  );
}

beforeAll(async () => {
  writeHugeArticle();
  server = await serveStatic({ pages: join(PROJECT_ROOT, 'test/fixtures/pages'), generated });
  chromium = await launchChromium();
});

afterAll(async () => {
  await chromium?.close();
  await server?.close();
  rmSync(generated, { recursive: true, force: true });
});

const popupFor = async (page: Page): Promise<Page> =>
  openPopupFor(chromium.context, chromium.extensionUrl(POPUP), await chromium.tabIdOf(page));

describe('a page that redefines Array.prototype.map, Node.prototype methods and window.browser', () => {
  let page: Page;
  let popup: Page;

  beforeAll(async () => {
    page = await openAndAnnotate(chromium, server.url('pages', 'hostile.html'));
    await waitForHighlights(page);
    popup = await popupFor(page);
  });

  it('is annotated all the same', async () => {
    const counts = await readHighlightCounts(page);
    expect(counts.figure + counts.flagged).toBeGreaterThanOrEqual(2);
    expect(counts.quote).toBe(1);
  });

  it('keeps working: its own script runs, its overrides stay, the fake extension API is never called', async () => {
    await page.locator('#counter').click();
    await expect.poll(() => page.locator('#counter').getAttribute('data-clicks')).toBe('1');
    const state = await page.evaluate(() => ({
      pwned: (window as { pwned?: number }).pwned ?? 0,
      mapStillOverridden: [1].map(String)[0]?.startsWith('<img') ?? false,
    }));
    expect(state).toEqual({ pwned: 0, mapStillOverridden: true });
  });

  it('reaches the popup only as text, never as markup', async () => {
    expect(await popup.locator('img, b, script:not([src]), iframe').count()).toBe(0);
    const text = await popup.locator('main').innerText();
    expect(text).toContain('<img src=x onerror=alert(1)>');
    expect(text).not.toContain('owned');
  });
});

describe('pages that stretch the page script', () => {
  it('annotates a 5 MB article', async () => {
    const page = await openAndAnnotate(chromium, server.url('generated', 'huge-article.html'));
    const counts = await waitForHighlights(page);
    expect(counts.figure + counts.flagged).toBeGreaterThan(100);
    const places = await readHighlightPlaces(page, 'article');
    expect(places.filter((place) => !place.inArticle || place.inChrome)).toEqual([]);
  });

  it('annotates an article 2500 elements deep', async () => {
    const page = await openAndAnnotate(chromium, server.url('pages', 'deeply-nested.html'));
    const counts = await waitForHighlights(page);
    expect(counts.figure + counts.flagged).toBe(1);
    expect(counts.quote).toBe(1);
  });

  it('reads text beside iframes and open shadow roots without error, and paints only the main document', async () => {
    const page = await openAndAnnotate(chromium, server.url('pages', 'frames-and-shadow.html'));
    await waitForHighlights(page);
    const popup = await popupFor(page);
    expect(await popup.locator('[role="alert"]').count()).toBe(0);
    const places = await readHighlightPlaces(page, 'article');
    expect(places.some((place) => place.text.includes('6 people were killed'))).toBe(true);
    expect(places.filter((place) => !place.inArticle)).toEqual([]);
  });

  it('annotates right-to-left pages without error', async () => {
    const page = await openAndAnnotate(chromium, server.url('pages', 'right-to-left.html'));
    const counts = await waitForHighlights(page);
    expect(counts.figure + counts.flagged).toBe(1);
    const popup = await popupFor(page);
    expect(await popup.locator('[role="alert"]').count()).toBe(0);
  });

  it('re-annotates a single-page app when its article changes, without duplicating highlights', async () => {
    const page = await openAndAnnotate(chromium, server.url('pages', 'single-page-app.html'));
    const first = await waitForHighlights(page);
    expect(first).toMatchObject({ figure: 1, flagged: 0, quote: 1 });
    await page.locator('#next').click();
    // the second story: one attributed figure, one flagged (hedged, unconfirmed), two quotes
    await expect.poll(() => readHighlightCounts(page)).toMatchObject({ figure: 1, flagged: 1, quote: 2 });
    const places = await readHighlightPlaces(page, 'article');
    expect(places.some((place) => place.text.includes('17'))).toBe(false);
    expect(totalHighlights(await readHighlightCounts(page))).toBe(places.length);
  });
});
