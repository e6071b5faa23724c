// Store benchmark (issue 4): the real store code, bundled with vite, in real Chromium's IndexedDB on a page
// served from 127.0.0.1. Times a 50-finding cross-reference at 1,000 and 100,000 claims (ratio must stay
// ≤ 2: index look-ups, not scans), export and import throughput for 100,000 claims, and peak JS heap.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { megabytes, type Bench } from './bench';

const CHROMIUM = '/usr/bin/chromium';

export interface StoreBenchResult {
  claims: number;
  crossref1kMs: number;
  crossref100kMs: number;
  ratio: number;
  libraryPage1kMs: number;
  libraryPage100kMs: number;
  librarySearch100kMs: number;
  events1kMs: number;
  events100kMs: number;
  eventCount100k: number;
  events100kMegabytes: number;
  event100kMs: number;
  event100kKilobytes: number;
  exportClaimsPerSecond: number;
  exportMegabytesPerSecond: number;
  importClaimsPerSecond: number;
  roundTripIdentical: boolean;
  peakHeapMegabytes: number;
}

async function bundle(): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      lib: {
        entry: fileURLToPath(new URL('./store-page.ts', import.meta.url)),
        formats: ['iife'],
        name: 'sourcelightStoreBench',
      },
    },
  });
  const results = Array.isArray(output) ? output : [output];
  for (const result of results) {
    if ('output' in result) {
      const chunk = result.output.find((item) => item.type === 'chunk');
      if (chunk && chunk.type === 'chunk') return chunk.code;
    }
  }
  throw new Error('vite produced no bundle for the store bench');
}

export async function runStoreBench(): Promise<StoreBenchResult> {
  const script = await bundle();
  const server = createServer((request, response) => {
    if (request.url === '/bench.js') {
      response.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
    } else {
      response
        .writeHead(200, { 'content-type': 'text/html' })
        .end('<!doctype html><title>store bench</title><script src="/bench.js"></script>');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    // the page's JS heap, sampled over CDP while the bench runs (performance.memory is coarse in headless)
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    let peakHeapBytes = 0;
    const sampler = setInterval(() => {
      cdp
        .send('Performance.getMetrics')
        .then(({ metrics }) => {
          peakHeapBytes = Math.max(
            peakHeapBytes,
            metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? 0,
          );
        })
        .catch(() => undefined);
    }, 100);
    const raw = await page
      .evaluate(() =>
        (window as unknown as { runStoreBench: () => Promise<Record<string, number | boolean>> }).runStoreBench(),
      )
      .finally(() => clearInterval(sampler));
    const num = (key: string): number => Number(raw[key]);
    const seconds = (key: string): number => num(key) / 1000;
    return {
      claims: num('claims'),
      crossref1kMs: num('crossref1kMs'),
      crossref100kMs: num('crossref100kMs'),
      ratio: num('crossref100kMs') / num('crossref1kMs'),
      libraryPage1kMs: num('libraryPage1kMs'),
      libraryPage100kMs: num('libraryPage100kMs'),
      librarySearch100kMs: num('librarySearch100kMs'),
      events1kMs: num('events1kMs'),
      events100kMs: num('events100kMs'),
      eventCount100k: num('eventCount100k'),
      events100kMegabytes: num('events100kBytes') / 1048576,
      event100kMs: num('event100kMs'),
      event100kKilobytes: num('event100kBytes') / 1024,
      exportClaimsPerSecond: num('claims') / seconds('exportMs'),
      exportMegabytesPerSecond: num('exportBytes') / 1048576 / seconds('exportMs'),
      importClaimsPerSecond: num('importedClaims') / seconds('importMs'),
      roundTripIdentical: raw.roundTripIdentical === true,
      peakHeapMegabytes: peakHeapBytes / 1048576,
    };
  } finally {
    await browser.close();
    server.close();
  }
}

function report(result: StoreBenchResult, log: (line: string) => void): void {
  const line = (label: string, value: string): void => log(`${label.padEnd(50)} ${value}`);
  line('cross-reference, 50 findings, 1,000 claims', `${result.crossref1kMs.toFixed(1)} ms`);
  line('cross-reference, 50 findings, 100,000 claims', `${result.crossref100kMs.toFixed(1)} ms`);
  line('ratio T(100k)/T(1k) (target ≤ 2)', result.ratio.toFixed(2));
  line('library first page (newest 100), 1,000 claims', `${result.libraryPage1kMs.toFixed(1)} ms`);
  line(
    'library first page (newest 100), 100,000 claims',
    `${result.libraryPage100kMs.toFixed(1)} ms (ratio ${(result.libraryPage100kMs / result.libraryPage1kMs).toFixed(2)})`,
  );
  line(
    'library full-text search, 100,000 claims',
    `${result.librarySearch100kMs.toFixed(0)} ms (two words, on the word index)`,
  );
  line('event list (every figure grouped), 1,000 claims', `${result.events1kMs.toFixed(0)} ms`);
  line(
    'event list (every figure grouped), 100,000 claims',
    `${result.events100kMs.toFixed(0)} ms, ${result.eventCount100k.toLocaleString('en')} events, ${result.events100kMegabytes.toFixed(2)} MB as JSON`,
  );
  line(
    'largest event with its reports, 100,000 claims',
    `${result.event100kMs.toFixed(0)} ms, ${result.event100kKilobytes.toFixed(0)} kB as JSON`,
  );
  line(
    `export, ${result.claims.toLocaleString('en')} claims (Sourcelight JSON)`,
    `${Math.round(result.exportClaimsPerSecond).toLocaleString('en')} claims/s, ${result.exportMegabytesPerSecond.toFixed(1)} MB/s`,
  );
  line(
    `import, ${result.claims.toLocaleString('en')} claims (one transaction)`,
    `${Math.round(result.importClaimsPerSecond).toLocaleString('en')} claims/s`,
  );
  line('round trip export → import → export', result.roundTripIdentical ? 'identical' : 'DIFFERENT');
  line('peak JS heap in the page', megabytes(result.peakHeapMegabytes * 1048576));
}

export const storeBench: Bench = {
  name: 'store',
  description:
    'claim library in real Chromium IndexedDB: cross-reference at 1k vs 100k claims, export/import of 100k, peak heap',
  async run(log) {
    if (!existsSync(CHROMIUM)) return { status: 'skipped', reason: `${CHROMIUM} is not installed` };
    const result = await runStoreBench();
    report(result, log);
    return {
      status: 'measured',
      summary: `cross-reference ratio T(100k)/T(1k) ${result.ratio.toFixed(2)}; round trip ${result.roundTripIdentical ? 'identical' : 'DIFFERENT'}`,
      targetMet: result.ratio <= 2 && result.roundTripIdentical,
    };
  },
};
