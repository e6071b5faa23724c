// CSV (RFC 4180) for spreadsheets: CRLF line ends, every field quoted when it must be, and cells that a
// spreadsheet would run as a formula (= + - @ at the start, behind any blanks or invisible characters, or a
// tab, CR or LF first) neutralized with a leading apostrophe.
import type { SavedClaim } from './claim';
import type { ExportWriter } from './writer';

const COLUMNS = [
  'id',
  'text',
  'url',
  'title',
  'source',
  'source_kind',
  'kind',
  'value',
  'qualifier',
  'hedged',
  'hedge_cue',
  'verdict',
  'note',
  'tags',
  'created_at',
  'updated_at',
] as const;

/**
 * OWASP's CSV injection rule: a cell whose first character a spreadsheet reads as a formula, also behind
 * blanks, line breaks, a byte-order mark or zero-width characters (some spreadsheets trim before evaluating).
 */
const FORMULA_START = /^[\s\p{Cf}]*[=+\-@]|^[\t\r\n]/u;

export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== value ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function row(claim: SavedClaim): string[] {
  const figure = claim.figure;
  return [
    claim.id,
    claim.text,
    claim.page.url,
    claim.page.title ?? '',
    claim.source?.name ?? '',
    claim.source?.kind ?? '',
    figure?.kind ?? '',
    figure?.value === null || figure === null ? '' : String(figure.value),
    figure?.qualifier ?? '',
    figure ? String(figure.hedged) : '',
    figure?.hedgeCue ?? '',
    claim.verdict,
    claim.note,
    claim.tags.join('; '),
    claim.createdAt,
    claim.updatedAt,
  ];
}

export const csvWriter: ExportWriter = {
  mimeType: 'text/csv',
  extension: 'csv',
  begin: () => `${COLUMNS.join(',')}\r\n`,
  item: (claim) => `${row(claim).map(csvCell).join(',')}\r\n`,
  end: () => '',
};
