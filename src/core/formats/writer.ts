// An export format as a streaming writer: the store feeds claims page by page and hands each piece to
// the file stream, so 100,000 claims never become one giant string.
import type { SavedClaim } from './claim';

/** Who publishes the reviews an export carries: the reader's own name, set on the options page. */
export interface Reviewer {
  name: string;
  type: 'Person' | 'Organization';
}

/** What a format may need beyond the claims; formats that need nothing ignore it. */
export interface ExportContext {
  reviewer: Reviewer | null;
}

export const NO_CONTEXT: ExportContext = { reviewer: null };

export interface ExportWriter {
  mimeType: string;
  extension: string;
  begin(): string;
  item(claim: SavedClaim, index: number, context: ExportContext): string;
  end(count: number): string;
}

/** Runs a writer over claims in memory: for tests and small selections. */
export function writeAll(
  writer: ExportWriter,
  claims: readonly SavedClaim[],
  context: ExportContext = NO_CONTEXT,
): string {
  return (
    writer.begin() +
    claims.map((claim, index) => writer.item(claim, index, context)).join('') +
    writer.end(claims.length)
  );
}
