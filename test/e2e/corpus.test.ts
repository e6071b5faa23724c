// Every page of ../shared/corpus/articles, served from 127.0.0.1 and annotated by the toolbar click in
// Chromium: no error, highlights only inside the article, none in navigation or footers. (Long tasks on the
// main thread are timed by `npm run bench -- main-thread`: a wall-clock figure is no test.)
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from './support/built-extension';
import { launchChromium, openAndAnnotate, type ChromiumWithExtension } from './support/chromium';
import { readHighlightPlaces } from './support/page-probes';
import { openPopupFor } from './support/popup';
import { serveStatic, type StaticServer } from './support/server';

const CORPUS = join(PROJECT_ROOT, '../shared/corpus/articles');
const hasCorpus = existsSync(CORPUS);
const pages = hasCorpus
  ? readdirSync(CORPUS)
      .filter((file) => /\.(html|txt)$/.test(file))
      .sort()
  : [];
const POPUP = 'src/popup/popup.html';

let server: StaticServer;
let chromium: ChromiumWithExtension;

describe.skipIf(!hasCorpus)(
  hasCorpus ? 'the corpus pages' : `the corpus pages (skipped: ${CORPUS} is absent outside the shared workspace)`,
  () => {
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
      if ((await page.locator('article, main, [role=main]').count()) > 0 || file.endsWith('.txt')) {
        expect(places.filter((place) => !place.inArticle)).toEqual([]);
      }
      // the popup lists what the page shows: no findings listed without a highlight painted, and the reverse
      expect(places.length > 0).toBe(findings > 0);
      await Promise.all([popup.close(), page.close()]);
    });
  },
);
