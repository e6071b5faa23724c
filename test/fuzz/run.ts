// `npm run fuzz [-- --count N] [--seed S]`: the core on N generated texts (news-like templates, arbitrary
// Unicode, windows of real articles bent with awkward characters), seeded so a run can be repeated. Counts
// exceptions, offset violations and non-finite values (what the output invariant would have to drop: a
// producer's bug) and runs that gave a different output the second time, and prints one summary line.
// Exit status 1 when any count is not 0; the first few failing texts go to stderr.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { extractChecked } from '../../src/core/extract';
import { article, mutatedArticle, newsArticle } from '../../src/core/text-arbitraries.test-helper';

const POLNEAR = fileURLToPath(new URL('../../../shared/corpus/polnear/dev/text', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../fixtures', import.meta.url));
const BATCH = 500;
/** One text in this many is extracted twice, to check the output is the same. */
const TWICE_EVERY = 10;
const MAX_REPORTED = 5;

function option(args: readonly string[], name: string, fallback: number): number {
  const at = args.indexOf(`--${name}`);
  if (at < 0) return fallback;
  const value = Number(args[at + 1]);
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`--${name} takes a whole number, got ${args[at + 1]}`);
  return value;
}

/** Our own example texts, and PolNeAR's dev texts when the evaluation kit is on this machine. */
function baseTexts(): { texts: string[]; note: string } {
  const texts = [readFileSync(join(FIXTURES, 'example-article.txt'), 'utf8')];
  if (!existsSync(POLNEAR)) return { texts, note: 'mutated: the example article only (../shared/corpus is absent)' };
  for (const name of readdirSync(POLNEAR)
    .filter((file) => file.endsWith('.txt'))
    .sort())
    texts.push(readFileSync(join(POLNEAR, name), 'utf8'));
  return { texts, note: `mutated: the example article and ${texts.length - 1} PolNeAR dev texts` };
}

const isValueFault = (reason: string): boolean => reason.startsWith('value ');

function main(args: readonly string[]): number {
  const count = option(args, 'count', 10_000);
  const seed = option(args, 'seed', 12);
  const { texts: bases, note } = baseTexts();
  const texts = fc.oneof(newsArticle, article, mutatedArticle(bases), fc.string({ unit: 'binary', maxLength: 300 }));
  const counts = { exceptions: 0, offsetViolations: 0, nonFinite: 0, nondeterministic: 0 };
  const failures: string[] = [];
  const report = (kind: string, text: string, detail: string): void => {
    if (failures.length < MAX_REPORTED)
      failures.push(
        `${kind}: ${detail}\n  text: ${JSON.stringify(text.length > 300 ? `${text.slice(0, 300)}…` : text)}`,
      );
  };
  const started = performance.now();
  let characters = 0;
  for (let done = 0, batch = 0; done < count; batch++) {
    const sample = fc.sample(texts, { seed: seed * 1_000_003 + batch, numRuns: Math.min(BATCH, count - done) });
    for (const text of sample) {
      characters += text.length;
      try {
        const first = extractChecked(text);
        for (const { reason } of first.dropped) {
          if (isValueFault(reason)) counts.nonFinite++;
          else counts.offsetViolations++;
          report(isValueFault(reason) ? 'non-finite value' : 'offset violation', text, reason);
        }
        if ((done + 1) % TWICE_EVERY === 0 && JSON.stringify(extractChecked(text)) !== JSON.stringify(first)) {
          counts.nondeterministic++;
          report('nondeterministic', text, 'a second extraction gave another output');
        }
      } catch (error) {
        counts.exceptions++;
        report(
          'exception',
          text,
          error instanceof Error ? (error.stack ?? error.message).split('\n').slice(0, 3).join(' | ') : String(error),
        );
      }
      done++;
    }
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `fuzz: ${count} texts (seed ${seed}, ${(characters / 1e6).toFixed(1)} M characters; ${note}) in ${seconds.toFixed(0)} s: ` +
      `${counts.exceptions} exceptions, ${counts.offsetViolations} offset violations, ${counts.nonFinite} non-finite values, ` +
      `${counts.nondeterministic} of ${Math.floor(count / TWICE_EVERY)} run twice nondeterministic`,
  );
  for (const failure of failures) console.error(failure);
  return Object.values(counts).some((n) => n > 0) ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
