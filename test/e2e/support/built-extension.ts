// The e2e suites test the built extension: global-setup.ts builds it when dist/ is missing or older than its
// sources, and each suite still fails loudly if it is not fresh.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../../..');
export const CHROME_DIST = join(PROJECT_ROOT, 'dist/chrome');
export const FIREFOX_DIST = join(PROJECT_ROOT, 'dist/firefox');

/** Newest modification among the files that go into a build (unit tests do not). */
function newestChange(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return /\.test\.tsx?$/.test(path) ? 0 : stat.mtimeMs;
  return readdirSync(path).reduce((newest, entry) => Math.max(newest, newestChange(join(path, entry))), 0);
}

/** Why `dist` cannot be tested as it is (no build, or one older than its sources), or null when it is fresh. */
export function staleBuild(dist: string): string | null {
  const manifest = join(dist, 'manifest.json');
  if (!existsSync(manifest)) return `${dist} has no build`;
  const sources = ['src', 'icons', 'manifest.json', 'vite.config.ts']
    .map((path) => join(PROJECT_ROOT, path))
    .filter((path) => existsSync(path));
  const newestSource = Math.max(...sources.map(newestChange));
  return statSync(manifest).mtimeMs < newestSource ? `${dist} is older than its sources` : null;
}

/** Throws with the command to run when a build is missing or stale (the e2e global setup builds first). */
export function assertFreshBuild(dist: string): void {
  const stale = staleBuild(dist);
  if (stale) throw new Error(`${stale}: run \`npm run build\` before the e2e tests.`);
}
