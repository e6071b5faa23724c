// Sourcelight JSON: the lossless format. Every field of a claim, claims in the order given, keys in a
// fixed order and no export time, so export → import → export gives the same bytes.
import { VERDICTS, type ClaimFigure, type ClaimSource, type SavedClaim } from './claim';
import { Reader, type Problem } from './reader';
import type { ExportWriter } from './writer';

export const SOURCELIGHT_FORMAT = 'sourcelight-claims';
export const SOURCELIGHT_VERSION = 1;

const QUALIFIERS = ['exact', 'at_least', 'more_than', 'about', 'up_to', 'fewer_than', 'vague'] as const;
const KINDS = ['killed', 'injured', 'missing', 'abducted'] as const;
const SOURCE_KINDS = ['person', 'organization', 'outlet', 'document', 'anonymous'] as const;
const CLAIM_KEYS = [
  'id',
  'text',
  'page',
  'selectors',
  'figure',
  'source',
  'note',
  'verdict',
  'tags',
  'createdAt',
  'updatedAt',
] as const;

/** The claim rebuilt with its keys in one order, whatever order it was stored or parsed in. */
function canonical(claim: SavedClaim): SavedClaim {
  const { quote, position } = claim.selectors;
  return {
    id: claim.id,
    text: claim.text,
    page: {
      url: claim.page.url,
      title: claim.page.title,
      ...(claim.page.published === undefined ? {} : { published: claim.page.published }),
    },
    selectors: {
      quote: { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
      position: { type: 'TextPositionSelector', start: position.start, end: position.end },
    },
    figure: claim.figure && {
      value: claim.figure.value,
      qualifier: claim.figure.qualifier,
      kind: claim.figure.kind,
      hedged: claim.figure.hedged,
      hedgeCue: claim.figure.hedgeCue,
    },
    source: claim.source && { name: claim.source.name, kind: claim.source.kind, aliases: [...claim.source.aliases] },
    note: claim.note,
    verdict: claim.verdict,
    tags: [...claim.tags],
    createdAt: claim.createdAt,
    updatedAt: claim.updatedAt,
  };
}

export const sourcelightJsonWriter: ExportWriter = {
  mimeType: 'application/json',
  extension: 'json',
  begin: () => `{"format":"${SOURCELIGHT_FORMAT}","version":${SOURCELIGHT_VERSION},"claims":[`,
  item: (claim, index) => `${index === 0 ? '\n' : ',\n'}${JSON.stringify(canonical(claim))}`,
  end: (count) => `${count === 0 ? '' : '\n'}]}\n`,
};

export function isSourcelightFile(value: unknown): boolean {
  return (
    typeof value === 'object' && value !== null && (value as Record<string, unknown>).format === SOURCELIGHT_FORMAT
  );
}

export function readFigure(reader: Reader, value: unknown, path: string): ClaimFigure | null {
  if (value === null) return null;
  const record = reader.object(value, path);
  if (!record) return null;
  reader.onlyKeys(record, ['value', 'qualifier', 'kind', 'hedged', 'hedgeCue'], path);
  return {
    value: record.value === null ? null : reader.count(record.value, `${path}.value`),
    qualifier: reader.oneOf(record.qualifier, QUALIFIERS, `${path}.qualifier`),
    kind: reader.oneOf(record.kind, KINDS, `${path}.kind`),
    hedged: reader.boolean(record.hedged, `${path}.hedged`),
    hedgeCue: reader.nullableString(record.hedgeCue, `${path}.hedgeCue`),
  };
}

export function readSource(reader: Reader, value: unknown, path: string): ClaimSource | null {
  if (value === null) return null;
  const record = reader.object(value, path);
  if (!record) return null;
  reader.onlyKeys(record, ['name', 'kind', 'aliases'], path);
  return {
    name: reader.string(record.name, `${path}.name`),
    kind: reader.oneOf(record.kind, SOURCE_KINDS, `${path}.kind`),
    aliases: (reader.array(record.aliases, `${path}.aliases`) ?? []).map((alias, i) =>
      reader.string(alias, `${path}.aliases[${i}]`),
    ),
  };
}

function readClaim(reader: Reader, value: unknown, path: string): SavedClaim | null {
  const record = reader.object(value, path);
  if (!record) return null;
  reader.onlyKeys(record, CLAIM_KEYS, path);
  const page = reader.object(record.page, `${path}.page`) ?? {};
  reader.onlyKeys(page, ['url', 'title', 'published'], `${path}.page`);
  const selectors = reader.object(record.selectors, `${path}.selectors`) ?? {};
  reader.onlyKeys(selectors, ['quote', 'position'], `${path}.selectors`);
  const quote = reader.object(selectors.quote, `${path}.selectors.quote`) ?? {};
  reader.onlyKeys(quote, ['type', 'exact', 'prefix', 'suffix'], `${path}.selectors.quote`);
  const position = reader.object(selectors.position, `${path}.selectors.position`) ?? {};
  reader.onlyKeys(position, ['type', 'start', 'end'], `${path}.selectors.position`);
  const span = reader.span(position.start, position.end, `${path}.selectors.position`);
  return {
    id: reader.id(record.id, `${path}.id`),
    text: reader.string(record.text, `${path}.text`),
    page: {
      url: reader.url(page.url, `${path}.page.url`),
      title: reader.nullableString(page.title, `${path}.page.title`),
      ...(page.published === undefined ? {} : { published: reader.pageDate(page.published, `${path}.page.published`) }),
    },
    selectors: {
      quote: {
        type: reader.oneOf(quote.type, ['TextQuoteSelector'], `${path}.selectors.quote.type`),
        exact: reader.string(quote.exact, `${path}.selectors.quote.exact`),
        prefix: reader.string(quote.prefix, `${path}.selectors.quote.prefix`),
        suffix: reader.string(quote.suffix, `${path}.selectors.quote.suffix`),
      },
      position: {
        type: reader.oneOf(position.type, ['TextPositionSelector'], `${path}.selectors.position.type`),
        start: span.start,
        end: span.end,
      },
    },
    figure: readFigure(reader, record.figure, `${path}.figure`),
    source: readSource(reader, record.source, `${path}.source`),
    note: reader.string(record.note, `${path}.note`),
    verdict: reader.oneOf(record.verdict, VERDICTS, `${path}.verdict`),
    tags: (reader.array(record.tags, `${path}.tags`) ?? []).map((tag, i) => reader.string(tag, `${path}.tags[${i}]`)),
    createdAt: reader.instant(record.createdAt, `${path}.createdAt`),
    updatedAt: reader.instant(record.updatedAt, `${path}.updatedAt`),
  };
}

/**
 * What the import would refuse in this claim: the store checks every claim it saves with this, so whatever
 * the library holds, its own export imports back (issue 12: the same limits on both sides).
 */
export function claimProblems(claim: SavedClaim): Problem[] {
  const reader = new Reader();
  readClaim(reader, JSON.parse(JSON.stringify(canonical(claim))), 'claim');
  return reader.problems;
}

/** Claims of a Sourcelight JSON file; problems are collected in `reader`. */
export function readSourcelightFile(reader: Reader, value: unknown): SavedClaim[] {
  const root = reader.object(value, '');
  if (!root) return [];
  reader.onlyKeys(root, ['format', 'version', 'claims'], '');
  if (root.version !== SOURCELIGHT_VERSION)
    reader.fail(
      'version',
      `version ${String(root.version)} is not one this Sourcelight reads (${SOURCELIGHT_VERSION})`,
    );
  const items = reader.array(root.claims, 'claims') ?? [];
  return items.flatMap((item, index) => readClaim(reader, item, `claims[${index}]`) ?? []);
}
