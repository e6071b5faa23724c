// The command line's grammar: `sourcelight extract [--format jsonl|json|text] FILE...`.

export const FORMATS = ['jsonl', 'json', 'text'] as const;
export type OutputFormat = (typeof FORMATS)[number];

export interface ExtractCommand {
  command: 'extract';
  format: OutputFormat;
  /** With --format text: each finding names the rule that produced it. */
  explain: boolean;
  files: string[];
}

export type ParsedArgs = ExtractCommand | { command: 'help' } | { command: 'invalid'; message: string };

export const USAGE = `usage: sourcelight extract [--format jsonl|json|text] [--explain] FILE...

  FILE      a saved web page (.html, .htm: the article body is found with Readability)
            or a plain-text article (any other name: used exactly as written)
  --format  jsonl  one JSON object per FILE per line, in the order given (default)
            json   one FILE, pretty-printed
            text   a report for people: figures (unattributed and hedged ones marked),
                   sources, quotes by speaker
  --explain with --format text: each finding names the rule that produced it
            (the JSON formats always carry it, as "rule")`;

export function parseArgs(argv: readonly string[]): ParsedArgs {
  if (argv.some((arg) => arg === '-h' || arg === '--help')) return { command: 'help' };
  const [command, ...rest] = argv;
  if (command === undefined) return invalid('no command given');
  if (command !== 'extract') return invalid(`unknown command "${command}"`);

  let format: OutputFormat = 'jsonl';
  let explain = false;
  const files: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--') {
      files.push(...rest.slice(i + 1));
      break;
    }
    if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg === '--format' ? rest[++i] : arg.slice('--format='.length);
      if (!isFormat(value)) return invalid(`--format takes one of ${FORMATS.join(', ')}; got ${value === undefined ? 'nothing' : `"${value}"`}`);
      format = value;
      continue;
    }
    if (arg === '--explain') {
      explain = true;
      continue;
    }
    // a file whose name starts with "-" goes after "--"
    if (arg.startsWith('-')) return invalid(`unknown option "${arg}"`);
    files.push(arg);
  }
  if (files.length === 0) return invalid('no FILE given');
  if (format === 'json' && files.length > 1) return invalid(`--format json prints one file; got ${files.length} (use --format jsonl for several)`);
  if (explain && format !== 'text') return invalid('--explain goes with --format text (the JSON formats always carry each finding\'s "rule")');
  return { command: 'extract', format, explain, files };
}

const isFormat = (value: string | undefined): value is OutputFormat => FORMATS.some((format) => format === value);

const invalid = (message: string): ParsedArgs => ({ command: 'invalid', message });
