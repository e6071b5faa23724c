// One build, two unpacked extensions. crxjs builds dist/chrome from manifest.json; the page script is
// built apart as one classic script (scripting.executeScript cannot inject a module), and dist/firefox is
// dist/chrome with Firefox's manifest keys (background.scripts, browser_specific_settings).
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build, defineConfig, type Plugin } from 'vite';
import manifest from './manifest.json' with { type: 'json' };

const root = import.meta.dirname;
const chromeDir = resolve(root, 'dist/chrome');
const firefoxDir = resolve(root, 'dist/firefox');
export const GECKO_ID = 'sourcelight@sourcelight.dev';

/** The page script: one IIFE file, no chunks, at the path the background injects (PAGE_SCRIPT). */
function pageScript(): Plugin {
  return {
    name: 'sourcelight-page-script',
    apply: 'build',
    async closeBundle() {
      await build({
        configFile: false,
        root,
        logLevel: 'warn',
        plugins: [preact()],
        build: {
          outDir: chromeDir,
          emptyOutDir: false,
          copyPublicDir: false,
          minify: true,
          lib: {
            entry: resolve(root, 'src/page/index.ts'),
            formats: ['iife'],
            name: 'sourcelightPage',
            fileName: () => 'page.js',
          },
        },
      });
    },
  };
}

/** Firefox wants background.scripts (it has no extension service workers) and its add-on id. */
export function firefoxManifest(chrome: Record<string, unknown>): Record<string, unknown> {
  const background = chrome['background'] as { service_worker: string; type?: string };
  return {
    ...chrome,
    background: { scripts: [background.service_worker], type: background.type ?? 'module' },
    browser_specific_settings: {
      gecko: { id: GECKO_ID, strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
      // Firefox for Android reads data_collection_permissions from 142 on.
      gecko_android: { strict_min_version: '142.0' },
    },
  };
}

function firefoxCopy(): Plugin {
  return {
    name: 'sourcelight-firefox',
    apply: 'build',
    enforce: 'post',
    closeBundle: {
      sequential: true,
      order: 'post',
      handler() {
        rmSync(firefoxDir, { recursive: true, force: true });
        cpSync(chromeDir, firefoxDir, { recursive: true, filter: (source) => !source.includes(`${chromeDir}/.vite`) });
        const chrome = JSON.parse(readFileSync(resolve(chromeDir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
        writeFileSync(resolve(firefoxDir, 'manifest.json'), `${JSON.stringify(firefoxManifest(chrome), null, 2)}\n`);
      },
    },
  };
}

export default defineConfig({
  plugins: [preact(), crx({ manifest: manifest as ManifestV3Export }), pageScript(), firefoxCopy()],
  // The background carries compromise and the core (about 500 kB): by design, so the page script stays small.
  build: {
    outDir: chromeDir,
    emptyOutDir: true,
    chunkSizeWarningLimit: 800,
    // the claim library is opened from the popup, not named in the manifest: crxjs builds it as an extra page
    rollupOptions: { input: { library: resolve(root, 'src/library/library.html') } },
  },
});
