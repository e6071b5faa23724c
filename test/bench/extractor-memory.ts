// Run by extractor.ts in a fresh process: `node --import tsx extractor-memory.ts parse|extract FILE`. Prints
// one JSON MemoryReport: the process's peak resident size over one parse or one extraction of FILE.
import { readFileSync } from 'node:fs';
import nlp from 'compromise';
import { extract } from '../../src/core/extract';

export interface MemoryReport {
  /** Resident size once the modules are loaded and the text is read, before the work. */
  rssBefore: number;
  /** The peak resident size of the whole process (getrusage's ru_maxrss). */
  peakRss: number;
  heapBefore: number;
  /** Heap in use right after, the result still held: a floor under the peak heap, which V8 does not report. */
  heapAfter: number;
}

const [mode, file] = process.argv.slice(2);
if ((mode !== 'parse' && mode !== 'extract') || !file) throw new Error('usage: extractor-memory.ts parse|extract FILE');
const text = readFileSync(file, 'utf8');
const before = process.memoryUsage();
// a module-level binding: the result stays reachable while heapAfter is read
export const result: unknown = mode === 'parse' ? nlp(text) : extract(text);
const after = process.memoryUsage();
const report: MemoryReport = {
  rssBefore: before.rss,
  peakRss: process.resourceUsage().maxRSS * 1024,
  heapBefore: before.heapUsed,
  heapAfter: after.heapUsed,
};
process.stdout.write(`${JSON.stringify(report)}\n`);
