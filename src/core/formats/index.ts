// Export formats by name, and one import entry that recognises the file, validates all of it and either
// returns every claim or throws an ImportError naming each problem: nothing half-read reaches the store.
import { claimReviewWriter } from './claimreview';
import type { SavedClaim } from './claim';
import { csvWriter } from './csv';
import { isHypothesisFile, readHypothesisFile } from './hypothesis';
import { ImportError, parseImportText, Reader } from './reader';
import { isSourcelightFile, readSourcelightFile, sourcelightJsonWriter } from './sourcelight-json';
import { isWebAnnotationFile, readWebAnnotationFile, webAnnotationWriter } from './web-annotation';
import type { ExportWriter } from './writer';

export const EXPORT_FORMATS = ['sourcelight', 'csv', 'claimreview', 'webannotation'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const WRITERS: Record<ExportFormat, ExportWriter> = {
  sourcelight: sourcelightJsonWriter,
  csv: csvWriter,
  claimreview: claimReviewWriter,
  webannotation: webAnnotationWriter,
};

export type ImportFormat = 'sourcelight' | 'webannotation' | 'hypothesis';

export interface ImportedFile {
  format: ImportFormat;
  claims: SavedClaim[];
  /** Entries left out on purpose (page notes quote nothing), with where they are. */
  skipped: string[];
}

/**
 * What an import did: claims new to the library, claims it updated (same id), claims already there as they were,
 * entries left out.
 */
export interface ImportSummary {
  format: ImportFormat;
  added: number;
  replaced: number;
  unchanged: number;
  skipped: string[];
}

export function readImportFile(text: string): ImportedFile {
  const value = parseImportText(text);
  const reader = new Reader();
  const skipped: string[] = [];
  let format: ImportFormat;
  let claims: SavedClaim[];
  if (isSourcelightFile(value)) {
    format = 'sourcelight';
    claims = readSourcelightFile(reader, value);
  } else if (isHypothesisFile(value)) {
    format = 'hypothesis';
    claims = readHypothesisFile(reader, value, skipped);
  } else if (isWebAnnotationFile(value)) {
    format = 'webannotation';
    claims = readWebAnnotationFile(reader, value, skipped);
  } else {
    throw new ImportError([{ path: '', message: 'not a Sourcelight, W3C Web Annotation or Hypothesis export' }]);
  }
  const firstIndex = new Map<string, number>();
  claims.forEach((claim, index) => {
    const earlier = firstIndex.get(claim.id);
    if (earlier === undefined) firstIndex.set(claim.id, index);
    else {
      const where = format === 'sourcelight' ? `claims[${index}].id` : `entry ${index + 1}`;
      reader.fail(where, `duplicate id ${JSON.stringify(claim.id)} (also used by claim ${earlier + 1})`);
    }
  });
  if (reader.problems.length > 0) throw new ImportError(reader.problems);
  return { format, claims, skipped };
}

export { ImportError, type SavedClaim, type ExportWriter };
