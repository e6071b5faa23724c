// Page script size (issue 3): the script injected into every annotated page must stay small (≤ 15 kB gzip),
// since the NLP runs in the background. Measures the file the extension ships: it runs the project's own
// build (vite.config.ts) and gzips dist/chrome/page.js as a server would send it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { CHROME_DIST, PROJECT_ROOT } from '../e2e/support/built-extension';
import type { Bench } from './bench';

const PAGE_SCRIPT_GZIP_LIMIT = 15 * 1024;

const kilobytes = (bytes: number): string => `${(bytes / 1024).toFixed(1)} kB`;

export const pageScriptBench: Bench = {
  name: 'page-script',
  description: 'size of the page script the extension injects (built with the project config), raw and gzip',
  async run(log) {
    await build({ configFile: join(PROJECT_ROOT, 'vite.config.ts'), root: PROJECT_ROOT, logLevel: 'silent' });
    const script = readFileSync(join(CHROME_DIST, 'page.js'));
    const gzipped = gzipSync(script, { level: 9 }).byteLength;
    log(
      `dist/chrome/page.js: ${kilobytes(script.byteLength)} raw, ${kilobytes(gzipped)} gzip (limit ${kilobytes(PAGE_SCRIPT_GZIP_LIMIT)})`,
    );
    return {
      status: 'measured',
      summary: `page script ${kilobytes(gzipped)} gzip`,
      targetMet: gzipped <= PAGE_SCRIPT_GZIP_LIMIT,
    };
  },
};
