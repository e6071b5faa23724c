// `npm run bench [-- NAME...]`: runs the bench modules one after another (never two at once: they time things)
// and prints a summary. A module adds itself with one import and one entry in BENCHES.
// Exit status 1 when a bench crashed; a missed target is printed, not a failure: timings depend on the machine.
import type { Bench, BenchOutcome } from './bench';
import { extractorBench } from './extractor';
import { mainThreadBench } from './main-thread';
import { pageScriptBench } from './page-script';
import { scalingBench } from './scaling';
import { storeBench } from './store';

const BENCHES: Bench[] = [extractorBench, scalingBench, pageScriptBench, mainThreadBench, storeBench];

async function main(names: string[]): Promise<number> {
  const unknown = names.filter((name) => !BENCHES.some((bench) => bench.name === name));
  if (unknown.length > 0) {
    console.error(`unknown bench ${unknown.join(', ')}; known: ${BENCHES.map((bench) => bench.name).join(', ')}`);
    return 2;
  }
  const chosen = names.length > 0 ? BENCHES.filter((bench) => names.includes(bench.name)) : BENCHES;
  const outcomes: [string, BenchOutcome | Error][] = [];
  for (const bench of chosen) {
    console.log(`\n== ${bench.name}: ${bench.description}`);
    try {
      outcomes.push([bench.name, await bench.run((line) => console.log(`   ${line}`))]);
    } catch (error) {
      console.log(`   crashed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      outcomes.push([bench.name, error instanceof Error ? error : new Error(String(error))]);
    }
  }
  console.log('\n== summary');
  for (const [name, outcome] of outcomes) console.log(`   ${name}: ${describe(outcome)}`);
  return outcomes.some(([, outcome]) => outcome instanceof Error) ? 1 : 0;
}

function describe(outcome: BenchOutcome | Error): string {
  if (outcome instanceof Error) return `CRASHED (${outcome.message})`;
  if (outcome.status === 'skipped') return `skipped: ${outcome.reason}`;
  if (outcome.targetMet === undefined) return outcome.summary;
  return `${outcome.summary}${outcome.targetMet ? ' [target met]' : ' [TARGET MISSED]'}`;
}

process.exitCode = await main(process.argv.slice(2));
