// An export format as a streaming writer: the store feeds claims page by page and hands each piece to
// the file stream, so 100,000 claims never become one giant string.
import type { SavedClaim } from './claim';

export interface ExportWriter {
  mimeType: string;
  extension: string;
  begin(): string;
  item(claim: SavedClaim, index: number): string;
  end(count: number): string;
}

/** Runs a writer over claims in memory: for tests and small selections. */
export function writeAll(writer: ExportWriter, claims: readonly SavedClaim[]): string {
  return writer.begin() + claims.map((claim, index) => writer.item(claim, index)).join('') + writer.end(claims.length);
}
