// Firefox ESR with the built extension installed as a temporary add-on over WebDriver BiDi (puppeteer-core).
import { existsSync } from 'node:fs';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { assertFreshBuild, FIREFOX_DIST } from './built-extension';

export const FIREFOX_PATH = '/usr/bin/firefox-esr';
const GECKO_ID = 'sourcelight@sourcelight.dev';
/** Fixed so moz-extension:// URLs are known before install. */
const EXTENSION_UUID = '5f1c3a7e-2b64-4d0e-9c8a-1e7d4b2f6a90';

export interface FirefoxWithExtension {
  browser: Browser;
  extensionUrl(path: string): string;
  /** Opens an extension page; page.goto() never resolves for moz-extension URLs, so wait for the document instead. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

const LOAD_TIMEOUT_MS = 15_000;

/**
 * Polls until `page` shows `url`, fully loaded. Firefox's BiDi fails an evaluation outright while the page is
 * between documents (waitForFunction gave up on one such error in CI), so a failed poll is retried, not fatal.
 */
async function waitForDocument(page: Page, url: string): Promise<void> {
  const deadline = Date.now() + LOAD_TIMEOUT_MS;
  for (;;) {
    const loaded = await page
      .evaluate((wanted: string) => location.href === wanted && document.readyState === 'complete', url)
      .catch(() => false);
    if (loaded) return;
    if (Date.now() > deadline) throw new Error(`${url} did not load within ${LOAD_TIMEOUT_MS / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export async function launchFirefox(): Promise<FirefoxWithExtension> {
  if (!existsSync(FIREFOX_PATH)) {
    throw new Error(
      `Firefox ESR is missing at ${FIREFOX_PATH}: install it with \`sudo apt-get install -y firefox-esr\` (.ci/run does this).`,
    );
  }
  assertFreshBuild(FIREFOX_DIST);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      // The browser's permission doorhanger cannot be clicked over BiDi: accept what a real click requests.
      'extensions.webextOptionalPermissionPrompts': false,
    },
  });
  await browser.installExtension(FIREFOX_DIST);
  const extensionUrl = (path: string): string => `moz-extension://${EXTENSION_UUID}/${path}`;
  return {
    browser,
    extensionUrl,
    async openExtensionPage(path) {
      const page = await browser.newPage();
      const url = extensionUrl(path);
      void page.goto(url).catch(() => undefined);
      await waitForDocument(page, url);
      return page;
    },
    close: () => browser.close(),
  };
}
