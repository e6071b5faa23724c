// The extractor's cost against one bare compromise parse of the same texts (issue 2: ratio ≤ 1.5), and the
// peak memory of each on the largest text. Both run in the same process, interleaved text by text and in
// alternating order, after a warm-up pass, so machine load and JIT state fall on both sides alike.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { extract } from '../../src/core/extract';
import { elapsed, megabytes, type Bench } from './bench';
import type { MemoryReport } from './extractor-memory';

const TEXTS = fileURLToPath(new URL('../../../shared/corpus/polnear/dev/text', import.meta.url));
const MEMORY_PROBE = fileURLToPath(new URL('./extractor-memory.ts', import.meta.url));
const TARGET_RATIO = 1.5;
const ROUNDS = 3;

export const extractorBench: Bench = {
  name: 'extractor',
  description: `extract() vs one bare compromise parse, PolNeAR dev texts (target ratio ≤ ${TARGET_RATIO})`,
  async run(log) {
    if (!existsSync(TEXTS))
      return {
        status: 'skipped',
        reason: `${TEXTS} is absent (the evaluation kit in ../shared is not on this machine)`,
      };
    const files = readdirSync(TEXTS)
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .map((name) => join(TEXTS, name));
    const texts = files.map((file) => readFileSync(file, 'utf8'));
    const characters = texts.reduce((sum, text) => sum + text.length, 0);
    log(
      `${texts.length} texts, ${(characters / 1000).toFixed(0)} k characters; 1 warm-up pass, then ${ROUNDS} timed rounds`,
    );

    for (const text of texts) {
      nlp(text);
      extract(text);
    }
    let parseMs = 0;
    let extractMs = 0;
    const perText = texts.map(() => ({ parse: 0, extract: 0 }));
    for (let round = 0; round < ROUNDS; round++) {
      texts.forEach((text, i) => {
        // alternate which side goes first, so neither always runs on a cache the other just warmed
        const order = (round + i) % 2 === 0 ? (['parse', 'extract'] as const) : (['extract', 'parse'] as const);
        for (const side of order) {
          const start = performance.now();
          if (side === 'parse') nlp(text);
          else extract(text);
          perText[i]![side] += elapsed(start);
        }
      });
    }
    for (const times of perText) {
      parseMs += times.parse;
      extractMs += times.extract;
    }
    const ratio = extractMs / parseMs;
    const ratios = perText.map((times) => times.extract / times.parse).sort((a, b) => a - b);
    const worst = perText.reduce(
      (best, times, i) => (times.extract / times.parse > best.ratio ? { ratio: times.extract / times.parse, i } : best),
      { ratio: 0, i: 0 },
    );
    log(
      `compromise parse: ${(parseMs / ROUNDS).toFixed(0)} ms a pass; extract(): ${(extractMs / ROUNDS).toFixed(0)} ms a pass`,
    );
    log(
      `ratio extract/parse: ${ratio.toFixed(2)} overall, median per text ${ratios[ratios.length >> 1]!.toFixed(2)}, worst ${worst.ratio.toFixed(2)} (${files[worst.i]!.split('/').pop()})`,
    );

    // Memory in fresh processes: one per side, so neither sees the other's heap or the timing runs' garbage.
    const largest = files.reduce((a, b) => (statSync(b).size > statSync(a).size ? b : a));
    const probe = (mode: 'parse' | 'extract'): MemoryReport =>
      JSON.parse(
        execFileSync(process.execPath, ['--import', 'tsx', MEMORY_PROBE, mode, largest], { encoding: 'utf8' }),
      ) as MemoryReport;
    const bare = probe('parse');
    const full = probe('extract');
    log(`largest text: ${largest.split('/').pop()} (${(statSync(largest).size / 1000).toFixed(1)} kB)`);
    for (const [label, report] of [
      ['compromise parse', bare],
      ['extract()', full],
    ] as const) {
      log(
        `${label}: peak RSS ${megabytes(report.peakRss)} (${megabytes(report.rssBefore)} with the modules loaded), ` +
          `heap ${megabytes(report.heapBefore)} → ${megabytes(report.heapAfter)} holding the result`,
      );
    }
    return {
      status: 'measured',
      summary: `ratio ${ratio.toFixed(2)} (target ≤ ${TARGET_RATIO}); peak RSS ${megabytes(full.peakRss)} on the largest text vs ${megabytes(bare.peakRss)} for the bare parse`,
      targetMet: ratio <= TARGET_RATIO,
    };
  },
};
