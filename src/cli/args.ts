// The command line's grammar: `sourcelight extract [--format jsonl|json|text] FILE...` and
// `sourcelight events [--format text|json|csv] FILE...`.

export const FORMATS = ['jsonl', 'json', 'text'] as const;
export type OutputFormat = (typeof FORMATS)[number];
export const EVENT_FORMATS = ['text', 'json', 'csv'] as const;
export type EventFormat = (typeof EVENT_FORMATS)[number];

export interface ExtractCommand {
  command: 'extract';
  format: OutputFormat;
  /** With --format text: each finding names the rule that produced it. */
  explain: boolean;
  files: string[];
}

export interface EventsCommand {
  command: 'events';
  format: EventFormat;
  files: string[];
}

export type ParsedArgs = ExtractCommand | EventsCommand | { command: 'help' } | { command: 'invalid'; message: string };

export const USAGE = `usage: sourcelight extract [--format jsonl|json|text] [--explain] FILE...
       sourcelight events [--format text|json|csv] FILE...

  FILE      a saved web page (.html, .htm: the article body is found with Readability)
            or a plain-text article (any other name: used exactly as written)

  extract   the findings of each FILE
  --format  jsonl  one JSON object per FILE per line, in the order given (default)
            json   one FILE, pretty-printed
            text   a report for people: figures (unattributed and hedged ones marked),
                   sources, quotes by speaker
  --explain with --format text: each finding names the rule that produced it
            (the JSON formats always carry it, as "rule")

  events    the casualty figures of all FILEs grouped into events, each event's figures
            in date order (the page's date from its metadata or byline, else the file's),
            conflicting figures marked
  --format  text   a report for people (default)
            json   one JSON document of every event
            csv    one row per figure, for a spreadsheet`;

const COMMANDS = {
  extract: { formats: FORMATS, defaultFormat: 'jsonl' },
  events: { formats: EVENT_FORMATS, defaultFormat: 'text' },
} as const;

export function parseArgs(argv: readonly string[]): ParsedArgs {
  if (argv.some((arg) => arg === '-h' || arg === '--help')) return { command: 'help' };
  const [command, ...rest] = argv;
  if (command === undefined) return invalid('no command given');
  if (command !== 'extract' && command !== 'events') return invalid(`unknown command "${command}"`);
  const { formats, defaultFormat } = COMMANDS[command];

  let format: string = defaultFormat;
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
      if (!(formats as readonly (string | undefined)[]).includes(value))
        return invalid(
          `--format takes one of ${formats.join(', ')}; got ${value === undefined ? 'nothing' : `"${value}"`}`,
        );
      format = value!;
      continue;
    }
    if (arg === '--explain' && command === 'extract') {
      explain = true;
      continue;
    }
    // a file whose name starts with "-" goes after "--"
    if (arg.startsWith('-')) return invalid(`unknown option "${arg}"`);
    files.push(arg);
  }
  if (files.length === 0) return invalid('no FILE given');
  if (command === 'events') return { command, format: format as EventFormat, files };
  if (format === 'json' && files.length > 1)
    return invalid(`--format json prints one file; got ${files.length} (use --format jsonl for several)`);
  if (explain && format !== 'text')
    return invalid('--explain goes with --format text (the JSON formats always carry each finding\'s "rule")');
  return { command, format: format as OutputFormat, explain, files };
}

const invalid = (message: string): ParsedArgs => ({ command: 'invalid', message });
