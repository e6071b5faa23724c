// Every page of ../shared/corpus/articles, served from 127.0.0.1 and annotated by the toolbar click in
// Chromium: no error, highlights only inside the article, none in navigation or footers, and no long task.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from './support/built-extension';
import { launchChromium, openAndAnnotate, type ChromiumWithExtension } from './support/chromium';
import { readHighlightPlaces } from './support/page-probes';
import { openPopupFor } from './support/popup';
import { serveStatic, type StaticServer } from './support/server';

const CORPUS = join(PROJECT_ROOT, '../shared/corpus/articles');
const hasCorpus = existsSync(CORPUS);
const pages = hasCorpus ? readdirSync(CORPUS).filter((file) => /\.(html|txt)$/.test(file)).sort() : [];
const largestPage = pages.filter((file) => file.endsWith('.html')).sort((a, b) => statSync(join(CORPUS, b)).size - statSync(join(CORPUS, a)).size)[0];
const POPUP = 'src/popup/popup.html';

/** Installed before the page's own scripts: every long task (> 50 ms) the main thread runs, with its start time. */
const LONG_TASK_RECORDER = `
  window.__longTasks = [];
  new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, duration: entry.duration }); })
    .observe({ type: 'longtask', buffered: true });
`;

let server: StaticServer;
let chromium: ChromiumWithExtension;

describe.skipIf(!hasCorpus)(`the corpus pages (skipped: ${CORPUS} is absent outside the shared workspace)`, () => {
  beforeAll(async () => {
    server = await serveStatic({ corpus: CORPUS });
    chromium = await launchChromium();
  });

  afterAll(async () => {
    await chromium?.close();
    await server?.close();
  });

  it.each(pages)('%s: annotates without error, inside the article only', async (file) => {
    const page = await openAndAnnotate(chromium, server.url('corpus', file));
    const popup = await openPopupFor(chromium.context, chromium.extensionUrl(POPUP), await chromium.tabIdOf(page));
    expect(await popup.locator('[role="alert"]').allTextContents()).toEqual([]);
    const findings = await popup.getByTestId('finding').count();
    const places = await readHighlightPlaces(page, 'article, main, [role=main], body > pre');
    expect(places.filter((place) => place.inChrome)).toEqual([]);
    if (await page.locator('article, main, [role=main]').count() > 0 || file.endsWith('.txt')) {
      expect(places.filter((place) => !place.inArticle)).toEqual([]);
    }
    // the popup lists what the page shows: no findings listed without a highlight painted, and the reverse
    expect(places.length > 0).toBe(findings > 0);
    await Promise.all([popup.close(), page.close()]);
  });

  it(`adds no long task (> 50 ms) to the main thread of the largest page (${largestPage})`, async () => {
    const page = await chromium.context.newPage();
    await page.addInitScript(LONG_TASK_RECORDER);
    await page.goto(server.url('corpus', largestPage ?? ''), { waitUntil: 'load' });
    const annotationStart = await page.evaluate(() => performance.now());
    await chromium.clickToolbarButton(page);
    const popup = await openPopupFor(chromium.context, chromium.extensionUrl(POPUP), await chromium.tabIdOf(page));
    expect(await popup.getByTestId('finding').count()).toBeGreaterThan(0);
    // two frames after painting, every task the annotation caused has ended and been observed
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const longTasks = await page.evaluate((since) => (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks.filter((task) => task.start >= since), annotationStart);
    expect(longTasks).toEqual([]);
  });
});
