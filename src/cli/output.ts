// What goes to stdout for each FILE, in each format (../shared/eval/CONTRACT.md).
import type { OutputFormat } from './args';
import type { Extraction } from '../core/types';
import type { DroppedFinding } from '../core/output-invariant';
import { formatReport, type ReportOptions } from './report';

export function formatExtraction(
  format: OutputFormat,
  file: string,
  extraction: Extraction,
  options: ReportOptions = { explain: false },
): string {
  const record = { file, ...extraction };
  switch (format) {
    case 'jsonl':
      return `${JSON.stringify(record)}\n`;
    case 'json':
      return `${JSON.stringify(record, null, 2)}\n`;
    case 'text':
      return formatReport(file, extraction, options);
  }
}

/**
 * In jsonl, a file that failed still gets its line, `{"file": ..., "error": ...}`, so that line N of the output
 * always belongs to FILE N: a reader that pairs lines with inputs by position (score.mjs does) stays aligned,
 * and its line count stays honest, instead of every later file shifting up by one. The exit status is non-zero
 * all the same. The formats for people print nothing on stdout for it: the message is on stderr.
 */
export function formatFailure(format: OutputFormat, file: string, message: string): string {
  return format === 'jsonl' ? `${JSON.stringify({ file, error: message })}\n` : '';
}

/** What the output invariant left out, in one line for stderr (null when nothing was). */
export function droppedWarning(dropped: readonly DroppedFinding[]): string | null {
  const [first] = dropped;
  if (!first) return null;
  const count = dropped.length === 1 ? '1 finding' : `${dropped.length} findings`;
  return `${count} left out for offsets or values that do not hold (first: ${first.finding}, ${first.reason})`;
}
