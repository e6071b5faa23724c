// Debian's Chromium with the built extension loaded (new headless mode loads extensions).
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium as playwrightChromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { assertFreshBuild, CHROME_DIST } from './built-extension';

export const CHROMIUM_PATH = '/usr/bin/chromium';

/** The few extension APIs the tests call in the service worker (no @types/chrome in this project). */
interface WorkerChrome {
  chrome: {
    tabs: { query(query: object): Promise<{ id?: number; url?: string }[]> };
    action: {
      getBadgeText(details: { tabId: number }): Promise<string>;
      getBadgeBackgroundColor(details: { tabId: number }): Promise<[number, number, number, number]>;
      getTitle(details: { tabId: number }): Promise<string>;
    };
  };
}

export interface ChromiumWithExtension {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** The extension page at `path` (e.g. src/popup/popup.html). */
  extensionUrl(path: string): string;
  /**
   * Clicks the toolbar button for the tab showing `page` (CDP Extensions.triggerAction: the real action, activeTab
   * included).
   */
  clickToolbarButton(page: Page): Promise<void>;
  /** The extension's tab id for `page` (readable once activeTab or a host permission covers it). */
  tabIdOf(page: Page): Promise<number>;
  badgeText(tabId: number): Promise<string>;
  /** The badge as the toolbar shows it: text, background colour as #rrggbb, and the button's tooltip. */
  badge(tabId: number): Promise<{ text: string; color: string; title: string }>;
  /** Stops the extension's service worker, as Chromium does to an idle one; the next message starts it again. */
  stopServiceWorker(page: Page): Promise<void>;
  close(): Promise<void>;
}

export async function launchChromium(): Promise<ChromiumWithExtension> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium is missing at ${CHROMIUM_PATH}: install it with \`sudo apt-get install -y chromium\` (.ci/run does this).`,
    );
  }
  assertFreshBuild(CHROME_DIST);
  const profile = mkdtempSync(join(tmpdir(), 'sourcelight-chromium-'));
  const context = await playwrightChromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1200, height: 900 },
    args: [
      `--disable-extensions-except=${CHROME_DIST}`,
      `--load-extension=${CHROME_DIST}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--enable-unsafe-extension-debugging',
    ],
  });
  // Corpus pages reference remote images and scripts: refuse them at once instead of waiting on the network.
  await context.route(
    (url) => url.protocol.startsWith('http') && url.hostname !== '127.0.0.1',
    (route) => route.abort(),
  );
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  // the background must have run its top level (its listeners) before a page loads or a button is clicked
  await worker.evaluate(() => true);
  const extensionId = new URL(worker.url()).host;
  const browser = context.browser();
  if (!browser) throw new Error('Chromium launched without a browser handle: CDP Extensions.triggerAction needs one');
  const browserSession = await browser.newBrowserCDPSession();
  return {
    context,
    worker,
    extensionId,
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path}`,
    async clickToolbarButton(page) {
      const { targetInfos } = await browserSession.send('Target.getTargets', { filter: [{ type: 'tab' }] });
      const tab = targetInfos.find((target) => target.url === page.url());
      if (!tab) throw new Error(`no tab target shows ${page.url()}`);
      await browserSession.send('Extensions.triggerAction', { id: extensionId, targetId: tab.targetId });
    },
    async tabIdOf(page) {
      const url = page.url();
      const id = await worker.evaluate(async (wanted) => {
        const { chrome } = globalThis as unknown as WorkerChrome;
        return (await chrome.tabs.query({})).find((tab) => tab.url === wanted)?.id;
      }, url);
      if (id === undefined) throw new Error(`the extension cannot see a tab showing ${url}`);
      return id;
    },
    badgeText: (tabId) =>
      worker.evaluate((id) => (globalThis as unknown as WorkerChrome).chrome.action.getBadgeText({ tabId: id }), tabId),
    badge: (tabId) =>
      worker.evaluate(async (id) => {
        const { action } = (globalThis as unknown as WorkerChrome).chrome;
        const [r, g, b] = await action.getBadgeBackgroundColor({ tabId: id });
        const hex = (value: number): string => value.toString(16).padStart(2, '0');
        return {
          text: await action.getBadgeText({ tabId: id }),
          color: `#${hex(r)}${hex(g)}${hex(b)}`,
          title: await action.getTitle({ tabId: id }),
        };
      }, tabId),
    async stopServiceWorker(page) {
      const session = await context.newCDPSession(page);
      const ours = (version: { scriptURL: string; runningStatus: string }): boolean =>
        version.scriptURL.startsWith(`chrome-extension://${extensionId}/`);
      const stopped = new Promise<void>((resolve) =>
        session.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
          if (versions.some((version) => ours(version) && version.runningStatus === 'stopped')) resolve();
        }),
      );
      await session.send('ServiceWorker.enable');
      await session.send('ServiceWorker.stopAllWorkers');
      await stopped;
      await session.detach();
    },
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export type { Page };

/** A claim as the background stored it, the fields the tests read. */
export interface StoredClaimProbe {
  id: string;
  text: string;
  source: { name: string } | null;
  figure: { value: number; kind: string } | null;
  page: { url: string };
}

/** The claims in the background's IndexedDB, read the way the library does: from the extension's origin. */
export const storedClaims = (chromium: ChromiumWithExtension): Promise<StoredClaimProbe[]> =>
  chromium.worker.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const request = indexedDB.open('sourcelight');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const all = request.result.transaction('claims').objectStore('claims').getAll();
          all.onsuccess = () => resolve(all.result);
          all.onerror = () => reject(all.error);
        };
      }),
  );

/** Opens `url` in a new tab and clicks the toolbar button for it, as a reader would. */
export async function openAndAnnotate(
  chromium: ChromiumWithExtension,
  url: string,
  viewport = { width: 1100, height: 800 },
): Promise<Page> {
  const page = await chromium.context.newPage();
  await page.setViewportSize(viewport);
  await page.goto(url);
  await chromium.clickToolbarButton(page);
  return page;
}
