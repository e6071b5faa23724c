// Main-thread cost of annotating a page (DESIGN: "the page's main thread never blocked by a long task of
// ours"). The built extension in real Chromium annotates the largest saved corpus page (the bundled example
// article where ../shared is absent) by the toolbar click; a PerformanceObserver installed before the page's
// own scripts records every long task (> 50 ms) from the click until the highlights are painted. A bench, not a
// test: a task's length is wall-clock time, and a loaded machine stretches it.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { PROJECT_ROOT } from '../e2e/support/built-extension';
import { launchChromium } from '../e2e/support/chromium';
import { openPopupFor } from '../e2e/support/popup';
import { serveStatic } from '../e2e/support/server';
import type { Bench } from './bench';

const CORPUS = join(PROJECT_ROOT, '../shared/corpus/articles');
const FIXTURES = join(PROJECT_ROOT, 'test/fixtures');
const RUNS = 5;

/** Installed before the page's own scripts: every long task the main thread runs, with its start time. */
const LONG_TASK_RECORDER = `
  window.__longTasks = [];
  new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, duration: entry.duration }); })
    .observe({ type: 'longtask', buffered: true });
`;

interface LongTask {
  start: number;
  duration: number;
}

function largestPage(): { mount: string; directory: string; file: string } {
  if (!existsSync(CORPUS)) return { mount: 'fixtures', directory: FIXTURES, file: 'example-article.html' };
  const pages = readdirSync(CORPUS).filter((file) => file.endsWith('.html'));
  const file = pages.sort((a, b) => statSync(join(CORPUS, b)).size - statSync(join(CORPUS, a)).size)[0]!;
  return { mount: 'corpus', directory: CORPUS, file };
}

export const mainThreadBench: Bench = {
  name: 'main-thread',
  description: `long tasks (> 50 ms) on the page's main thread while the extension annotates the largest page, ${RUNS} runs`,
  async run(log) {
    await build({ configFile: join(PROJECT_ROOT, 'vite.config.ts'), root: PROJECT_ROOT, logLevel: 'silent' });
    const { mount, directory, file } = largestPage();
    const server = await serveStatic({ [mount]: directory });
    const chromium = await launchChromium();
    const longest: number[] = [];
    let longTaskCount = 0;
    try {
      for (let run = 0; run < RUNS; run++) {
        const page = await chromium.context.newPage();
        await page.addInitScript(LONG_TASK_RECORDER);
        await page.goto(server.url(mount, file), { waitUntil: 'load' });
        const clickedAt = await page.evaluate(() => performance.now());
        await chromium.clickToolbarButton(page);
        const popup = await openPopupFor(
          chromium.context,
          chromium.extensionUrl('src/popup/popup.html'),
          await chromium.tabIdOf(page),
        );
        if ((await popup.getByTestId('finding').count()) === 0)
          throw new Error(`the popup lists no finding for ${file}`);
        // two frames after painting, every task the annotation caused has ended and been observed
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
        const tasks = await page.evaluate(
          (since) =>
            (window as unknown as { __longTasks: LongTask[] }).__longTasks.filter((task) => task.start >= since),
          clickedAt,
        );
        longTaskCount += tasks.length;
        longest.push(Math.max(0, ...tasks.map((task) => task.duration)));
        await Promise.all([popup.close(), page.close()]);
      }
    } finally {
      await chromium.close();
      await server.close();
    }
    log(
      `${file} (${(statSync(join(directory, file)).size / 1024).toFixed(0)} kB): ${longTaskCount} long task(s) in ${RUNS} annotations; longest per run ${longest.map((ms) => `${ms.toFixed(0)} ms`).join(', ')} (0 = none over 50 ms)`,
    );
    return {
      status: 'measured',
      summary: `${longTaskCount} long task(s) over ${RUNS} annotations of ${file}`,
      targetMet: longTaskCount === 0,
    };
  },
};
