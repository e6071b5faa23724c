// The command line as a person or score.mjs runs it: a child process on real files in a temp dir.
import { spawnSync } from 'node:child_process';
import { mkdirSync, truncateSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from './read-file';
import { useTempFiles } from './temp-files.test-helper';

const MAIN = fileURLToPath(new URL('./main.ts', import.meta.url));
const EXAMPLE_PAGE = fileURLToPath(new URL('../../test/fixtures/example-article.html', import.meta.url));

const ARTICLE_TEXT =
  'Rail strike ends after two days\n\n' +
  'Two people were injured when a crowd pushed onto the platform at Northgate, the transit police said on Monday.\n\n' +
  '“Nobody expected that many passengers,” said Ana Ruiz, a spokeswoman for the rail operator.\n';

const ARTICLE_PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>Rail strike ends after two days</title></head>
<body><nav><a href="/">Front page</a> <a href="/trains">Trains and buses today</a></nav>
<article><h1>Rail strike ends after two days</h1>
<p>Two people were injured when a crowd pushed onto the platform at Northgate, the transit police said on Monday. The strike had halted every train in the region since Saturday morning.</p>
<p>“Nobody expected that many passengers,” said Ana Ruiz, a spokeswoman for the rail operator. “We opened extra gates as soon as we could.”</p>
<p>Unions said the agreement raised wages for drivers and guards and would be put to a vote of members next week.</p>
</article><footer>Copyright The Northgate Gazette, all rights reserved</footer></body></html>`;

const { path: file, write } = useTempFiles('cli');

function sourcelight(...args: string[]): { status: number | null; stdout: string; stderr: string; lines: string[] } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', MAIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, SOURCELIGHT_DEBUG: '' },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, lines: run.stdout.split('\n').filter(Boolean) };
}

beforeAll(() => {
  write('good.txt', ARTICLE_TEXT);
  write('good.html', ARTICLE_PAGE);
  mkdirSync(file('folder.txt'));
  write('photo.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
  write('empty.txt', '');
  write('notes.html', 'Call the transit police about the platform crowd figures.\n');
  truncateSync(write('huge.html', ''), MAX_FILE_BYTES + 1); // sparse: the size is refused before anything is read
});

// each run starts Node, tsx and compromise: seconds on a busy machine
describe('sourcelight extract', { timeout: 60_000 }, () => {
  it('prints one JSON line per good file, in order, and nothing on stderr', () => {
    const run = sourcelight('extract', file('good.txt'), file('good.html'));
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.lines).toHaveLength(2);
    const [text, page] = run.lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(text).toMatchObject({ file: file('good.txt'), title: null, text: ARTICLE_TEXT });
    expect(Object.keys(text!)).toEqual(['file', 'title', 'text', 'sources', 'figures', 'attributions']);
    expect(page).toMatchObject({ file: file('good.html'), title: 'Rail strike ends after two days' });
    expect(page!.text).toMatch(/^Rail strike ends after two days\n\nTwo people were injured/);
    expect(page!.text).not.toMatch(/Front page|Copyright/);
  });

  it('gives every unreadable file one line on stderr and an error line, and still prints the others', () => {
    const inputs = [
      'good.txt',
      'missing.txt',
      'folder.txt',
      'photo.txt',
      'empty.txt',
      'notes.html',
      'huge.html',
      'good.html',
    ].map(file);
    const run = sourcelight('extract', '--format', 'jsonl', ...inputs);
    expect(run.status).toBe(1);
    expect(run.lines).toHaveLength(inputs.length);
    const records = run.lines.map((line) => JSON.parse(line) as { file: string; error?: string; text?: string });
    expect(records.map((record) => record.file)).toEqual(inputs);
    expect(records[0]!.text).toBe(ARTICLE_TEXT);
    expect(records[7]!.error).toBeUndefined();
    const expected = [/no such file/, /directory/, /binary/, /empty/, /not HTML/, /more than the 20\.0 MB limit/];
    expected.forEach((message, i) => expect(records[i + 1]!.error).toMatch(message));

    const stderr = run.stderr.trimEnd().split('\n');
    expect(stderr).toHaveLength(expected.length + 1); // one per bad file, then the count
    expected.forEach((message, i) =>
      expect(stderr[i]).toMatch(new RegExp(`^sourcelight: ${inputs[i + 1]}: .*${message.source}`)),
    );
    expect(stderr.at(-1)).toBe(`sourcelight: 6 of ${inputs.length} files could not be read`);
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('pretty-prints one file with --format json', () => {
    const run = sourcelight('extract', '--format', 'json', file('good.txt'));
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^\{\n {2}"file": /);
    expect(JSON.parse(run.stdout)).toMatchObject({ text: ARTICLE_TEXT });
  });

  it('prints the human report of the bundled example with --format text', () => {
    const run = sourcelight('extract', '--format', 'text', EXAMPLE_PAGE);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Flash floods kill at least 14 in Varen valley/);
    expect(run.stdout).toMatch(/^Casualty figures: \d+, \d+ flagged/m);
    expect(run.stdout).toMatch(/^ {2}!.* killed, 3: “Three people were killed”$/m);
    expect(run.stdout).toMatch(/^Quotes and reported speech: \d+, by speaker$/m);
    expect(run.stdout).toMatch(/^ {2}Marta Kovel\n {4}quote \(said\)/m);
    const explained = sourcelight('extract', '--format', 'text', '--explain', EXAMPLE_PAGE);
    expect(explained.stdout).toMatch(
      /^ {2}!.* killed, 3: “Three people were killed” {2}\[rule: victims-as-subject\]$/m,
    );
  });

  // issue 12: 5,000 nested divs ran 8 minutes, then overflowed the stack; 3,000 nested spans overflowed at once
  it('answers a hostile deep page in one line, no stack, and still reads a paragraph of 3,000 sibling spans', () => {
    const sentence = '<p>At least 12 people were killed in the blast, police said on Monday.</p>';
    write(
      'deep-divs.html',
      `<html><body>${'<div>'.repeat(100_000)}${sentence}${'</div>'.repeat(100_000)}</body></html>`,
    );
    write(
      'deep-spans.html',
      `<html><body><article><p>${'<span>'.repeat(3000)}At least 12 people were killed.${'</span>'.repeat(3000)}</p></article></body></html>`,
    );
    write(
      'many-spans.html',
      `<html><body><article><p>${'<span>The crowd waited. </span>'.repeat(3000)}At least 12 people were killed, police said.</p></article></body></html>`,
    );
    const deep = sourcelight('extract', file('deep-divs.html'), file('deep-spans.html'));
    expect(deep.status).toBe(1);
    expect(deep.stderr.split('\n').filter((line) => line.includes('nests elements'))).toEqual([
      `sourcelight: ${file('deep-divs.html')}: the page nests elements 100,000 deep; the command line reads pages nested up to 400 deep`,
      `sourcelight: ${file('deep-spans.html')}: the page nests elements 3,001 deep; the command line reads pages nested up to 400 deep`,
    ]);
    expect(deep.stderr).not.toMatch(/\bat .*\(.*:\d+:\d+\)|Maximum call stack/);
    const many = sourcelight('extract', file('many-spans.html'));
    expect(many.status).toBe(0);
    expect(JSON.parse(many.lines[0]!).figures).toHaveLength(1);
  });

  it('refuses a command line it does not take with the usage and status 2', () => {
    for (const args of [
      [],
      ['extract'],
      ['extract', '--format', 'xml', 'a.txt'],
      ['extract', '--format', 'json', 'a.txt', 'b.txt'],
      ['summarize', 'a.txt'],
    ]) {
      const run = sourcelight(...args);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/^sourcelight: .+\nusage: sourcelight extract/);
    }
  });
});
