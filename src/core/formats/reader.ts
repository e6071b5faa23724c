// Reading untrusted JSON with a path in every complaint: imports name what is wrong and where
// ("claims[3].figure.value: expected a number or null, got "twelve"").

export interface Problem {
  /** Where in the file, as a JSON path from its root, e.g. `claims[3].page.url`. */
  path: string;
  message: string;
}

export class ImportError extends Error {
  constructor(readonly problems: Problem[]) {
    const shown = problems.slice(0, 5).map((problem) => `${problem.path || '(file)'}: ${problem.message}`);
    const more = problems.length > 5 ? ` (and ${problems.length - 5} more)` : '';
    super(`The file was not imported; nothing changed. ${shown.join('; ')}${more}`);
    this.name = 'ImportError';
  }
}

/** Largest file an import reads: a 100,000-claim export is about 67 MB; a 100 MB file is refused before parsing. */
export const MAX_IMPORT_BYTES = 96 * 1024 * 1024;
/** Deepest nesting any supported format needs is under 10; anything deeper is hostile or broken. */
export const MAX_DEPTH = 32;
/** Longest string kept in one field. */
export const MAX_STRING_LENGTH = 100_000;
/** Longest claim id: the library makes UUIDs, other tools' ids are short too. */
export const MAX_ID_LENGTH = 1_000;

/** Half of a surrogate pair without the other half: no character, and encodeURIComponent throws on it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/**
 * An ISO 8601 instant as toISOString writes it, fractions of any length and an offset allowed (Hypothesis writes
 * "+00:00").
 */
const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Whether an ISO instant names a real day and time ("2026-02-30" does not; Date.parse rolls it over to March). */
function isRealInstant(text: string): boolean {
  const parts = ISO_INSTANT.exec(text);
  if (!parts) return false;
  const [year, month, day, hour, minute, second] = parts.slice(1, 7).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    hour < 24 &&
    minute < 60 &&
    second < 60
  );
}

const describe = (value: unknown): string => {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'object') return 'an object';
  return String(value);
};

/** Walks a parsed value and collects problems instead of stopping at the first one. */
export class Reader {
  readonly problems: Problem[] = [];

  fail(path: string, message: string): void {
    // a file with one bad field repeated 100,000 times would otherwise build a huge report
    if (this.problems.length < 100) this.problems.push({ path, message });
  }

  object(value: unknown, path: string): Record<string, unknown> | null {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
    this.fail(path, `expected an object, got ${describe(value)}`);
    return null;
  }

  array(value: unknown, path: string): unknown[] | null {
    if (Array.isArray(value)) return value;
    this.fail(path, `expected an array, got ${describe(value)}`);
    return null;
  }

  string(value: unknown, path: string): string {
    if (typeof value !== 'string') {
      this.fail(path, `expected a string, got ${describe(value)}`);
      return '';
    }
    // Claims are plain text, shown as text and never parsed as markup: an article quoting "javascript:" or
    // "<script>" is saved as written, so the import takes it back too (issue 12: a backup must restore).
    if (value.length > MAX_STRING_LENGTH)
      this.fail(path, `string of ${value.length} characters is longer than ${MAX_STRING_LENGTH}`);
    return value;
  }

  /** A claim id: a non-empty, well-formed string of at most MAX_ID_LENGTH characters. */
  id(value: unknown, path: string): string {
    const text = this.string(value, path);
    if (typeof value !== 'string') return text;
    if (text === '') this.fail(path, 'is empty');
    else if (text.length > MAX_ID_LENGTH)
      this.fail(path, `id of ${text.length} characters is longer than ${MAX_ID_LENGTH}`);
    else if (LONE_SURROGATE.test(text)) this.fail(path, 'holds half a surrogate pair (not well-formed text)');
    return text;
  }

  nullableString(value: unknown, path: string): string | null {
    return value === null ? null : this.string(value, path);
  }

  /** A count or an offset: a whole number from 0 to 2^53 - 1 (no -5, no 1e308, no 2.5). */
  count(value: unknown, path: string): number {
    if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return value;
    this.fail(path, `expected a whole number from 0 to ${Number.MAX_SAFE_INTEGER}, got ${describe(value)}`);
    return 0;
  }

  /** A [start, end) pair of text offsets: counts, start not after end. */
  span(start: unknown, end: unknown, path: string): { start: number; end: number } {
    const span = { start: this.count(start, `${path}.start`), end: this.count(end, `${path}.end`) };
    if (span.start > span.end) this.fail(path, `start ${span.start} is after end ${span.end}`);
    return span;
  }

  boolean(value: unknown, path: string): boolean {
    if (typeof value === 'boolean') return value;
    this.fail(path, `expected true or false, got ${describe(value)}`);
    return false;
  }

  oneOf<T extends string>(value: unknown, allowed: readonly T[], path: string): T {
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
    this.fail(path, `expected one of ${allowed.join(', ')}, got ${describe(value)}`);
    return allowed[0] as T;
  }

  url(value: unknown, path: string): string {
    const text = this.string(value, path);
    if (text !== '' && !/^(https?|urn|file):/i.test(text))
      this.fail(path, `expected an http(s) address, got ${describe(text)}`);
    return text;
  }

  instant(value: unknown, path: string): string {
    const text = this.string(value, path);
    if (typeof value === 'string' && !isRealInstant(text))
      this.fail(path, `expected an ISO 8601 date and time such as 2026-03-01T10:00:00.000Z, got ${describe(text)}`);
    return text;
  }

  /** A page's own date as the page script and the command line normalise it: a real calendar day, or an instant. */
  pageDate(value: unknown, path: string): string {
    const text = this.string(value, path);
    if (typeof value === 'string' && !isRealInstant(CALENDAR_DAY.test(text) ? `${text}T00:00Z` : text)) {
      this.fail(
        path,
        `expected an ISO 8601 date such as 2026-03-01 or 2026-03-01T10:00:00.000Z, got ${describe(text)}`,
      );
    }
    return text;
  }

  /** Fields the format does not define: refused, so a lossless format stays lossless. */
  onlyKeys(record: Record<string, unknown>, allowed: readonly string[], path: string): void {
    for (const key of Object.keys(record)) {
      if (!allowed.includes(key)) this.fail(`${path}.${key}`, 'is not a field of this format');
    }
  }
}

/** Depth of the deepest container, stopping as soon as the limit is passed (without recursion). */
function exceedsDepth(root: unknown, limit: number): string | null {
  const stack: Array<[unknown, number, string]> = [[root, 0, '']];
  while (stack.length > 0) {
    const [value, depth, path] = stack.pop() as [unknown, number, string];
    if (typeof value !== 'object' || value === null) continue;
    if (depth > limit) return path;
    if (Array.isArray(value)) value.forEach((item, index) => stack.push([item, depth + 1, `${path}[${index}]`]));
    else for (const [key, item] of Object.entries(value)) stack.push([item, depth + 1, path ? `${path}.${key}` : key]);
  }
  return null;
}

/** Parses an import file's text, refusing what is too big, not JSON or too deeply nested. */
export function parseImportText(text: string): unknown {
  if (text.length > MAX_IMPORT_BYTES) {
    throw new ImportError([
      {
        path: '',
        message: `file is ${(text.length / 1048576).toFixed(0)} MB; the limit is ${MAX_IMPORT_BYTES / 1048576} MB`,
      },
    ]);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new ImportError([
      { path: '', message: `not valid JSON (${error instanceof Error ? error.message : String(error)})` },
    ]);
  }
  const tooDeep = exceedsDepth(parsed, MAX_DEPTH);
  if (tooDeep !== null) throw new ImportError([{ path: tooDeep, message: `nested deeper than ${MAX_DEPTH} levels` }]);
  return parsed;
}
