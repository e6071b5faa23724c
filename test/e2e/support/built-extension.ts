// The e2e suites test the built extension: fail loudly when dist/ is missing or older than its sources.
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

/** Throws with the command to run when a build is missing or stale. */
export function assertFreshBuild(dist: string): void {
  const manifest = join(dist, 'manifest.json');
  if (!existsSync(manifest)) throw new Error(`${dist} has no build: run \`npm run build\` before the e2e tests.`);
  const sources = ['src', 'manifest.json', 'vite.config.ts'].map((path) => join(PROJECT_ROOT, path)).filter((path) => existsSync(path));
  const newestSource = Math.max(...sources.map(newestChange));
  if (statSync(manifest).mtimeMs < newestSource) {
    throw new Error(`${dist} is older than src/: run \`npm run build\` before the e2e tests.`);
  }
}
