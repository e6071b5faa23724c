// The extension in real headless Chromium: what a reader sees after clicking the toolbar button.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from './support/built-extension';
import { launchChromium, openAndAnnotate, type ChromiumWithExtension, type Page } from './support/chromium';
import {
  readCardText,
  rangePoint,
  readHighlightCounts,
  readHighlightPlaces,
  totalHighlights,
  waitForHighlights,
} from './support/page-probes';
import { openPopupFor } from './support/popup';
import { serveStatic, type StaticServer } from './support/server';

const PAGES = join(PROJECT_ROOT, 'test/fixtures/pages');
const RESULTS = join(PROJECT_ROOT, 'test-results');
const POPUP = 'src/popup/popup.html';

let server: StaticServer;
let chromium: ChromiumWithExtension;

beforeAll(async () => {
  mkdirSync(RESULTS, { recursive: true });
  server = await serveStatic({ pages: PAGES });
  chromium = await launchChromium();
});

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

const openPage = (file: string, viewport?: { width: number; height: number }): Promise<Page> =>
  openAndAnnotate(chromium, server.url('pages', file), viewport);

describe('the example article', () => {
  let page: Page;
  let popup: Page;
  let tabId: number;

  beforeAll(async () => {
    page = await openPage('example-article.html', { width: 1100, height: 420 });
    await waitForHighlights(page);
    tabId = await chromium.tabIdOf(page);
    popup = await openPopupFor(chromium.context, chromium.extensionUrl(POPUP), tabId);
  });

  it('highlights two attributed figures, one flagged figure, two quotes and seven source mentions', async () => {
    await page.screenshot({ path: join(RESULTS, 'chromium-example-annotated.png'), fullPage: true });
    // five named sources, the mayor named twice, and the residents who fear a toll nobody confirms (an unnamed
    // source: the figure stays flagged, hedged); "the bridge" is nobody's source
    expect(await readHighlightCounts(page)).toEqual({ figure: 2, flagged: 1, quote: 2, source: 7 });
  });

  it('highlights only inside the article, never in the navigation, aside or footer', async () => {
    const places = await readHighlightPlaces(page, 'article');
    expect(places.filter((place) => !place.inArticle || place.inChrome)).toEqual([]);
  });

  it('shows the badge with the number of flagged figures', async () => {
    expect(await chromium.badgeText(tabId)).toBe('1');
  });

  it('opens a card saying what a hovered highlight is', async () => {
    const point = await rangePoint(page, 'flagged', /40/);
    await page.mouse.move(point.x, point.y);
    await expect.poll(() => readCardText(page)).toMatch(/40/);
    const card = await readCardText(page);
    expect(card).toMatch(/hedged/i);
    expect(card).toMatch(/as many as/);
    await page.mouse.move(1, 1);
  });

  it('lists figures (flagged first), sources and quotes in the popup', async () => {
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.screenshot({ path: join(RESULTS, 'chromium-popup.png'), fullPage: true });
    const figures = popup.getByTestId('figures').getByTestId('finding');
    await expect.poll(() => figures.count()).toBe(3);
    expect(await figures.first().getAttribute('data-flagged')).toBe('true');
    expect(await figures.first().textContent()).toContain('40');
    expect(await figures.nth(1).getAttribute('data-flagged')).toBe('false');
    const sources = await popup.getByTestId('sources').getByTestId('finding').allTextContents();
    const expectedSources = [
      'Anneliese Kober',
      'Local residents',
      'Tomas Reinholt',
      'Varnholt fire service',
      'national railway operator',
      'regional health ministry',
    ];
    expect(sources.map((text) => expectedSources.find((name) => text.includes(name)) ?? text).sort()).toEqual(
      expectedSources,
    );
    const quotes = await popup.getByTestId('quotes').getByTestId('finding').allTextContents();
    expect(quotes).toHaveLength(2);
    expect(quotes.some((text) => text.includes('deck gave way') && text.includes('Tomas Reinholt'))).toBe(true);
    expect(await popup.getByTestId('save').count()).toBeGreaterThanOrEqual(3);
  });

  it('scrolls the page to a finding clicked in the popup', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    const lastQuote = popup.getByTestId('quotes').getByTestId('finding').filter({ hasText: 'Nobody goes home' });
    await lastQuote.click();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    const visible = await page.evaluate(() => {
      const paragraph = [...document.querySelectorAll('p')].find((p) => p.textContent?.includes('Nobody goes home'));
      const box = paragraph?.getBoundingClientRect();
      return box !== undefined && box.bottom > 0 && box.top < innerHeight;
    });
    expect(visible).toBe(true);
  });

  it('clears every highlight, the card and the badge with "Clear highlights"', async () => {
    await popup.getByTestId('clear').click();
    await expect.poll(async () => totalHighlights(await readHighlightCounts(page))).toBe(0);
    expect(await page.locator('sourcelight-card').count()).toBe(0);
    await expect.poll(() => chromium.badgeText(tabId)).toBe('');
  });
});

describe('a page without an article', () => {
  it('shows the empty state in the popup', async () => {
    const page = await openPage('no-article.html');
    const popup = await openPopupFor(chromium.context, chromium.extensionUrl(POPUP), await chromium.tabIdOf(page));
    await expect(popup.getByTestId('empty-state').isVisible()).resolves.toBe(true);
    expect(totalHighlights(await readHighlightCounts(page))).toBe(0);
  });
});
