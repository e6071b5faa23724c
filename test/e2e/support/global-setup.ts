// Vitest global setup of the e2e project: `npm test` right after `npm ci` on a fresh clone must not depend on
// someone having run `npm run build` first (issue 12). Builds once when either unpacked extension is missing or
// older than its sources; a fresh build is left alone, so a run after `npm run build` costs nothing.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { CHROME_DIST, FIREFOX_DIST, PROJECT_ROOT, staleBuild } from './built-extension';

export default function buildWhenStale(): void {
  const stale = [CHROME_DIST, FIREFOX_DIST].map(staleBuild).find((reason) => reason !== null);
  if (!stale) return;
  console.log(`e2e: ${stale}; building it (npm run build)`);
  execFileSync(process.execPath, [join(PROJECT_ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], {
    cwd: PROJECT_ROOT,
    stdio: 'inherit',
  });
}
