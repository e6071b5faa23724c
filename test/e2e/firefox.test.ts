// The extension in real headless Firefox ESR: the annotate, popup and save path. The reader allows the test
// site on the options page with a real click (contract route 1); the page, served on a port, is then
// annotated as it loads, with no click (Firefox grants sites, not ports); the popup opened for the tab lists
// what the background found, and saving a toll twice keeps one claim.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from './support/built-extension';
import { launchFirefox, type FirefoxWithExtension } from './support/firefox';
import { HIGHLIGHT_COUNTS_SCRIPT, type HighlightCounts } from './support/page-probes';
import { POPUP_SETTLED } from './support/popup';
import { serveStatic, type StaticServer } from './support/server';

const RESULTS = join(PROJECT_ROOT, 'test-results');
let server: StaticServer;
let firefox: FirefoxWithExtension;

beforeAll(async () => {
  mkdirSync(RESULTS, { recursive: true });
  server = await serveStatic({ pages: join(PROJECT_ROOT, 'test/fixtures/pages') });
  firefox = await launchFirefox();
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

const highlightCounts = (page: Page): Promise<HighlightCounts> =>
  page.evaluate(HIGHLIGHT_COUNTS_SCRIPT) as Promise<HighlightCounts>;

describe('the example article in Firefox', () => {
  let page: Page;
  let popup: Page;
  let tabId: number | null = null;

  beforeAll(async () => {
    const options = await firefox.openExtensionPage('src/options/options.html');
    // A match pattern without a port covers every port (Firefox ignores a port written in the pattern).
    await options.type('[data-testid="site-input"]', 'http://127.0.0.1');
    await options.click('[data-testid="add-site"]');
    await options.waitForSelector('[data-testid="sites"]');
    page = await firefox.browser.newPage();
    await page.goto(server.url('pages', 'example-article.html'));
    // automatic annotation on an allowed site with a port, before any popup asks for it
    await page.waitForFunction(`CSS.highlights.size > 0`, { timeout: 20_000 });
    // The popup opened as a page needs the tab id; the options page can see it now that the site is allowed.
    const url = page.url();
    tabId = await options.evaluate(async (wanted: string) => {
      const api = (
        globalThis as unknown as { browser: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }
      ).browser;
      return (await api.tabs.query({})).find((tab) => tab.url === wanted)?.id ?? null;
    }, url);
    await options.close();
    if (tabId === null) throw new Error(`the extension cannot see the tab showing ${url}`);
    popup = await firefox.openExtensionPage(`src/popup/popup.html?tab=${tabId}`);
    await popup.waitForSelector(POPUP_SETTLED);
  });

  it('paints the highlights per category', async () => {
    await page.waitForFunction(`CSS.highlights.size > 0`);
    expect(await highlightCounts(page)).toMatchObject({ figure: 2, flagged: 1, quote: 2 });
    await page.screenshot({ path: join(RESULTS, 'firefox-example-annotated.png'), fullPage: true });
  });

  it('lists the flagged figure first in the popup, then sources and quotes', async () => {
    expect(
      await popup.$$eval('[data-testid="figures"] [data-testid="finding"]', (rows) =>
        rows.map((row) => row.getAttribute('data-flagged')),
      ),
    ).toEqual(['true', 'false', 'false']);
    expect(await popup.$$eval('[data-testid="quotes"] [data-testid="finding"]', (rows) => rows.length)).toBe(2);
    const sources = await popup.$eval('[data-testid="sources"]', (section) => section.textContent ?? '');
    expect(sources).toContain('Tomas Reinholt');
    // the popup's own box, as its toolbar panel shows it (its CSS caps the width); no setViewport: puppeteer's sends
    // a screen orientation override that Firefox 140 ESR's WebDriver BiDi does not know
    const body = await popup.$('body');
    await body!.screenshot({ path: join(RESULTS, 'firefox-popup.png') });
  });

  it('saves a toll once, however often it is saved, and shows it saved', async () => {
    const sendFromPopup = (message: Record<string, unknown>): Promise<unknown> =>
      popup.evaluate(
        (sent: Record<string, unknown>) =>
          (
            globalThis as unknown as { browser: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
          ).browser.runtime.sendMessage(sent),
        message,
      );
    const total = async (): Promise<number> =>
      ((await sendFromPopup({ type: 'library/query', query: {} })) as { total: number }).total;
    const before = await total();
    const findingId = await popup.$eval(
      '[data-testid="figures"] [data-testid="row"]:nth-child(2) [data-testid="finding"]',
      (button) => button.getAttribute('data-finding-id'),
    );
    await popup.click('[data-testid="figures"] [data-testid="row"]:nth-child(2) [data-testid="save"]');
    await popup.waitForSelector('[data-testid="figures"] [data-testid="row"]:nth-child(2) [data-testid="saved"]');
    expect(await total()).toBe(before + 1);
    await sendFromPopup({ type: 'claims/save-finding', tabId, findingId });
    expect(await total()).toBe(before + 1);
  });

  it('clears every highlight', async () => {
    await popup.click('[data-testid="clear"]');
    await page.waitForFunction(`[...CSS.highlights.values()].every((highlight) => highlight.size === 0)`);
    expect(await highlightCounts(page)).toEqual({ source: 0, figure: 0, flagged: 0, quote: 0 });
  });
});
