#!/usr/bin/env -S npx tsx
// `sourcelight extract [--format jsonl|json|text] FILE...` (../shared/eval/CONTRACT.md): findings on stdout, one
// record per FILE in the order given; progress, warnings and errors on stderr, one line each, never a stack.
// `sourcelight events [--format text|json|csv] FILE...`: the figures of all FILEs grouped into events.
// Exit status: 0 when every file was read, 1 when some file could not be, 2 for a command line we do not take.
import { statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs, USAGE, type EventsCommand, type ExtractCommand } from './args';
import { formatEvents } from './events-report';
import type { Extraction } from '../core/types';
import { loadArticle, type LoadedArticle } from './load-article';
import { droppedWarning, formatExtraction, formatFailure } from './output';
import { UnreadableFileError } from './read-file';

const EXIT_UNREADABLE_FILE = 1;
const EXIT_USAGE = 2;

/** Set to see the stack of an unexpected failure (a bug, not a bad file). */
const DEBUG = Boolean(process.env.SOURCELIGHT_DEBUG);

async function main(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv);
  switch (args.command) {
    case 'help':
      process.stdout.write(`${USAGE}\n`);
      return 0;
    case 'invalid':
      process.stderr.write(`sourcelight: ${args.message}\n${USAGE}\n`);
      return EXIT_USAGE;
    case 'extract':
      return runExtract(args);
    case 'events':
      return runEvents(args);
  }
}

async function runEvents({ format, files }: EventsCommand): Promise<number> {
  const [{ groupEvents }, { pageTolls }] = await Promise.all([
    import('../core/events/group'),
    import('../core/events/page-tolls'),
  ]);
  const progress = new Progress(files.length);
  const claims: Parameters<typeof groupEvents>[0][number][] = [];
  const fileOfClaim = new Map<string, string>();
  let failures = 0;
  for (const [index, file] of files.entries()) {
    progress.show(index, file);
    try {
      const { article, extraction } = await readAndExtract(file, progress);
      // a saved file was first seen when it was saved
      const firstSeen = statSync(file).mtime.toISOString();
      const tolls = pageTolls({
        id: `file-${index}`,
        url: pathToFileURL(file).href,
        published: article.published,
        firstSeen,
        extraction,
      });
      for (const claim of tolls) fileOfClaim.set(claim.id, file);
      claims.push(...tolls);
    } catch (error) {
      failures++;
      progress.message(`sourcelight: ${file}: ${describeFailure(error)}`);
    }
  }
  progress.done();
  process.stdout.write(formatEvents(format, groupEvents(claims), (id) => fileOfClaim.get(id) ?? ''));
  if (failures > 0 && files.length > 1)
    process.stderr.write(`sourcelight: ${failures} of ${files.length} files could not be read\n`);
  return failures > 0 ? EXIT_UNREADABLE_FILE : 0;
}

async function runExtract({ format, explain, files }: ExtractCommand): Promise<number> {
  const progress = new Progress(files.length);
  let failures = 0;
  let printed = 0;
  for (const [index, file] of files.entries()) {
    progress.show(index, file);
    let output: string;
    try {
      const { extraction } = await readAndExtract(file, progress);
      output = formatExtraction(format, file, extraction, { explain });
    } catch (error) {
      failures++;
      const message = describeFailure(error);
      progress.message(`sourcelight: ${file}: ${message}`);
      output = formatFailure(format, file, message);
    }
    // reports for people are separated by a blank line
    if (format === 'text' && printed > 0 && output) output = `\n${output}`;
    if (output) printed++;
    process.stdout.write(output);
  }
  progress.done();
  if (failures > 0 && files.length > 1)
    process.stderr.write(`sourcelight: ${failures} of ${files.length} files could not be read\n`);
  return failures > 0 ? EXIT_UNREADABLE_FILE : 0;
}

/**
 * One file's article and findings, its warnings on stderr: what the reader may miss (a page cut short) and the
 * findings the core's output invariant left out (a producer's bug, counted so it is never silent).
 */
async function readAndExtract(
  file: string,
  progress: Progress,
): Promise<{ article: LoadedArticle; extraction: Extraction }> {
  const article = await loadArticle(file);
  // loaded here, not at the top: compromise takes a second to load, which help, usage errors and unreadable
  // files need not wait for
  const { extractChecked } = await import('../core/extract');
  for (const warning of article.warnings) progress.message(`sourcelight: ${file}: warning: ${warning}`);
  const { extraction, dropped } = extractChecked(article.text, { title: article.title });
  const warning = droppedWarning(dropped);
  if (warning) progress.message(`sourcelight: ${file}: warning: ${warning}`);
  return { article, extraction };
}

function describeFailure(error: unknown): string {
  if (error instanceof UnreadableFileError) return error.message;
  if (DEBUG && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  const message = error instanceof Error ? error.message : String(error);
  return `extraction failed: ${message.split('\n')[0]}${DEBUG ? '' : ' (set SOURCELIGHT_DEBUG=1 for the stack)'}`;
}

/** "[3/40] file" on one rewritten line, and only for a person at a terminal: pipes and logs get messages only. */
class Progress {
  private readonly live: boolean;
  constructor(private readonly total: number) {
    this.live = Boolean(process.stderr.isTTY) && total > 1;
  }
  show(index: number, file: string): void {
    if (this.live) process.stderr.write(`\r\x1b[K[${index + 1}/${this.total}] ${file}`);
  }
  message(line: string): void {
    this.done();
    process.stderr.write(`${line}\n`);
  }
  done(): void {
    if (this.live) process.stderr.write('\r\x1b[K');
  }
}

// A reader that stops early (`| head`) closes the pipe: that is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

main(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    process.stderr.write(`sourcelight: ${describeFailure(error)}\n`);
    process.exitCode = EXIT_UNREADABLE_FILE;
  },
);
