// W3C Web Annotation JSON-LD: each claim an Annotation whose target is the page with a TextQuoteSelector
// and a TextPositionSelector, its note, tags and verdict as bodies. What the model has no place for (the
// claim's own wording, the page title, its figure and source) rides in one more body in Sourcelight's own
// namespace, which other readers skip and ours reads back: export → import → export loses nothing.
import { VERDICTS, type ClaimFigure, type ClaimSource, type SavedClaim, type Verdict } from './claim';
import type { Reader } from './reader';
import { readFigure, readSource } from './sourcelight-json';
import type { ExportWriter } from './writer';

const ID_PREFIX = 'urn:sourcelight:claim:';
/** Sourcelight's namespace in the annotation's JSON-LD context. */
export const SOURCELIGHT_NAMESPACE = 'https://sourcelight.dev/ns/claim#';
const DETAILS_TYPE = 'sourcelight:ClaimDetails';
const DETAILS_KEYS = [
  'type',
  'sourcelight:text',
  'sourcelight:pageTitle',
  'sourcelight:pagePublished',
  'sourcelight:figure',
  'sourcelight:source',
] as const;

interface ClaimDetails {
  text: string;
  title: string | null;
  /** The page's own date, when the claim has one. */
  published: string | undefined;
  figure: ClaimFigure | null;
  source: ClaimSource | null;
}

export function toWebAnnotation(claim: SavedClaim): Record<string, unknown> {
  const body = [
    ...(claim.note ? [{ type: 'TextualBody', purpose: 'commenting', value: claim.note, format: 'text/plain' }] : []),
    ...claim.tags.map((tag) => ({ type: 'TextualBody', purpose: 'tagging', value: tag })),
    { type: 'TextualBody', purpose: 'assessing', value: claim.verdict },
    {
      type: DETAILS_TYPE,
      'sourcelight:text': claim.text,
      'sourcelight:pageTitle': claim.page.title,
      ...(claim.page.published === undefined ? {} : { 'sourcelight:pagePublished': claim.page.published }),
      'sourcelight:figure': claim.figure,
      'sourcelight:source': claim.source,
    },
  ];
  return {
    '@context': ['http://www.w3.org/ns/anno.jsonld', { sourcelight: SOURCELIGHT_NAMESPACE }],
    id: `${ID_PREFIX}${encodeURIComponent(claim.id)}`,
    type: 'Annotation',
    motivation: 'assessing',
    created: claim.createdAt,
    modified: claim.updatedAt,
    body,
    target: {
      source: claim.page.url,
      selector: [claim.selectors.quote, claim.selectors.position],
    },
  };
}

export const webAnnotationWriter: ExportWriter = {
  mimeType: 'application/ld+json',
  extension: 'jsonld',
  begin: () => '[',
  item: (claim, index) => `${index === 0 ? '\n' : ',\n'}${JSON.stringify(toWebAnnotation(claim))}`,
  end: (count) => `${count === 0 ? '' : '\n'}]\n`,
};

/** Annotations in any of the shapes W3C allows a file to hold: one, a list, a page or a collection. */
function annotationItems(value: unknown): unknown[] | null {
  if (Array.isArray(value)) return value;
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  if (record.type === 'Annotation') return [record];
  if (record.type === 'AnnotationPage' && Array.isArray(record.items)) return record.items;
  if (record.type === 'AnnotationCollection') {
    const first = record.first as Record<string, unknown> | undefined;
    if (Array.isArray(first?.items)) return first.items;
    if (Array.isArray(record.items)) return record.items;
  }
  return null;
}

export function isWebAnnotationFile(value: unknown): boolean {
  const items = annotationItems(value);
  return (
    items !== null &&
    items.length > 0 &&
    items.every(
      (item) => typeof item === 'object' && item !== null && (item as Record<string, unknown>).type === 'Annotation',
    )
  );
}

interface SelectorFields {
  exact: string | null;
  prefix: string;
  suffix: string;
  start: number | null;
  end: number | null;
}

/** A property the model lets be one value or a list of them, as a list (none when absent). */
function asList(value: unknown): unknown[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** The quote and position selectors among those a target lists (Hypothesis adds range selectors too). */
export function readSelectors(reader: Reader, value: unknown, path: string): SelectorFields {
  const found: SelectorFields = { exact: null, prefix: '', suffix: '', start: null, end: null };
  const list = asList(value);
  list.forEach((selector, index) => {
    const at = `${path}[${index}]`;
    const record = reader.object(selector, at);
    if (record?.type === 'TextQuoteSelector') {
      found.exact = reader.string(record.exact, `${at}.exact`);
      found.prefix = record.prefix === undefined ? '' : reader.string(record.prefix, `${at}.prefix`);
      found.suffix = record.suffix === undefined ? '' : reader.string(record.suffix, `${at}.suffix`);
    } else if (record?.type === 'TextPositionSelector') {
      ({ start: found.start, end: found.end } = reader.span(record.start, record.end, at));
    }
  });
  return found;
}

/** Sourcelight's own body of an annotation, when it has one (an annotation Sourcelight wrote). */
function readDetails(reader: Reader, bodies: unknown[], path: string): ClaimDetails | null {
  const index = bodies.findIndex(
    (body) => typeof body === 'object' && body !== null && (body as Record<string, unknown>).type === DETAILS_TYPE,
  );
  if (index === -1) return null;
  const at = `${path}.body[${index}]`;
  const record = reader.object(bodies[index], at) ?? {};
  reader.onlyKeys(record, DETAILS_KEYS, at);
  return {
    text: reader.string(record['sourcelight:text'], `${at}["sourcelight:text"]`),
    title: reader.nullableString(record['sourcelight:pageTitle'], `${at}["sourcelight:pageTitle"]`),
    published:
      record['sourcelight:pagePublished'] === undefined
        ? undefined
        : reader.pageDate(record['sourcelight:pagePublished'], `${at}["sourcelight:pagePublished"]`),
    figure: readFigure(reader, record['sourcelight:figure'], `${at}["sourcelight:figure"]`),
    source: readSource(reader, record['sourcelight:source'], `${at}["sourcelight:source"]`),
  };
}

/** Builds a claim from the parts every annotation format has: where, which text, the user's words. */
export function annotationClaim(parts: {
  id: string;
  url: string;
  title: string | null;
  selectors: SelectorFields & { exact: string };
  note: string;
  tags: string[];
  verdict: Verdict;
  createdAt: string;
  updatedAt: string;
}): SavedClaim {
  const { exact, prefix, suffix, start, end } = parts.selectors;
  return {
    id: parts.id,
    text: exact,
    page: { url: parts.url, title: parts.title },
    selectors: {
      quote: { type: 'TextQuoteSelector', exact, prefix, suffix },
      // without a position the quote alone re-anchors; an empty span never matches it by position
      position: { type: 'TextPositionSelector', start: start ?? 0, end: end ?? 0 },
    },
    figure: null,
    source: null,
    note: parts.note,
    verdict: parts.verdict,
    tags: parts.tags,
    createdAt: parts.createdAt,
    updatedAt: parts.updatedAt,
  };
}

/** The claim id inside one of our annotation ids; bad percent-encoding ("%", "%E0%A4") is refused, not thrown. */
function claimIdOf(reader: Reader, annotationId: string, path: string): string {
  try {
    return reader.id(decodeURIComponent(annotationId.slice(ID_PREFIX.length)), path);
  } catch {
    reader.fail(path, `${JSON.stringify(annotationId)} has bad percent-encoding`);
    return annotationId;
  }
}

export function readWebAnnotationFile(reader: Reader, value: unknown, skipped: string[]): SavedClaim[] {
  const items = annotationItems(value) ?? [];
  return items.flatMap((item, index): SavedClaim[] => {
    const path = `[${index}]`;
    const record = reader.object(item, path);
    if (!record) return [];
    const rawId = reader.id(record.id, `${path}.id`);
    const target =
      reader.object(Array.isArray(record.target) ? record.target[0] : record.target, `${path}.target`) ?? {};
    const selectors = readSelectors(reader, target.selector, `${path}.target.selector`);
    if (selectors.exact === null) {
      skipped.push(`${path}: no TextQuoteSelector, so no quoted text to save`);
      return [];
    }
    const bodies = asList(record.body);
    const details = readDetails(reader, bodies, path);
    const texts = (purpose: string): string[] =>
      bodies.flatMap((body, i) => {
        const part = reader.object(body, `${path}.body[${i}]`);
        return part && part.purpose === purpose ? [reader.string(part.value, `${path}.body[${i}].value`)] : [];
      });
    const assessed = texts('assessing')[0];
    const created = reader.instant(record.created ?? new Date(0).toISOString(), `${path}.created`);
    const claim = annotationClaim({
      id: rawId.startsWith(ID_PREFIX) ? claimIdOf(reader, rawId, `${path}.id`) : `annotation:${rawId}`,
      url: reader.url(target.source, `${path}.target.source`),
      title: details?.title ?? null,
      selectors: { ...selectors, exact: selectors.exact },
      note: texts('commenting').join('\n\n'),
      tags: texts('tagging'),
      verdict: (VERDICTS as readonly string[]).includes(assessed ?? '') ? (assessed as Verdict) : 'unverified',
      createdAt: created,
      updatedAt: reader.instant(record.modified ?? created, `${path}.modified`),
    });
    if (!details) return [claim];
    const page = details.published === undefined ? claim.page : { ...claim.page, published: details.published };
    return [{ ...claim, page, text: details.text, figure: details.figure, source: details.source }];
  });
}
