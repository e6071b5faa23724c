// Hypothesis JSON exports (the client's "Export annotations" file, or an API search result): each
// annotation with quoted text becomes a claim; page notes, which quote nothing, are reported as skipped.
import type { SavedClaim } from './claim';
import type { Reader } from './reader';
import { annotationClaim, readSelectors } from './web-annotation';

function rows(value: unknown): unknown[] | null {
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  if (Array.isArray(record.annotations) && ('export_date' in record || 'client_version' in record))
    return record.annotations;
  if (Array.isArray(record.rows) && 'total' in record) return record.rows;
  return null;
}

export function isHypothesisFile(value: unknown): boolean {
  return rows(value) !== null;
}

export function readHypothesisFile(reader: Reader, value: unknown, skipped: string[]): SavedClaim[] {
  const list = rows(value) ?? [];
  const listName = Array.isArray((value as Record<string, unknown>).annotations) ? 'annotations' : 'rows';
  return list.flatMap((item, index): SavedClaim[] => {
    const path = `${listName}[${index}]`;
    const record = reader.object(item, path);
    if (!record) return [];
    const targets = reader.array(record.target, `${path}.target`) ?? [];
    const target = targets.length > 0 ? reader.object(targets[0], `${path}.target[0]`) : null;
    const selectors = readSelectors(reader, target?.selector, `${path}.target[0].selector`);
    if (selectors.exact === null) {
      skipped.push(`${path}: a page note quotes no text`);
      return [];
    }
    const document = record.document as Record<string, unknown> | undefined;
    const titles = Array.isArray(document?.title) ? document.title : [];
    const created = reader.instant(record.created, `${path}.created`);
    return [
      annotationClaim({
        id: `hypothesis:${reader.id(record.id, `${path}.id`)}`,
        url: reader.url(record.uri, `${path}.uri`),
        title: titles.length > 0 ? reader.string(titles[0], `${path}.document.title[0]`) : null,
        selectors: { ...selectors, exact: selectors.exact },
        note: record.text === undefined ? '' : reader.string(record.text, `${path}.text`),
        tags: (reader.array(record.tags ?? [], `${path}.tags`) ?? []).map((tag, i) =>
          reader.string(tag, `${path}.tags[${i}]`),
        ),
        verdict: 'unverified',
        createdAt: created,
        updatedAt: reader.instant(record.updated ?? record.created, `${path}.updated`),
      }),
    ];
  });
}
