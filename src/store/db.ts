// The claim library's IndexedDB schema (Dexie), in the extension's own origin. Written only by the
// background. Each version's schema stays here as it shipped; a new version adds a block and an upgrade.
import Dexie, { type Table } from 'dexie';
import { claimIndexKeys, sourceKeys, type ClaimIndexKeys } from '../core/crossref';
import type { ClaimSource, SavedClaim } from '../core/formats/claim';
import { searchWordsOf } from '../core/library-query';

/** A claim as stored: the saved claim plus the keys its indexes are built on. */
export interface StoredClaim extends SavedClaim, ClaimIndexKeys {
  pageUrl: string;
  site: string;
  /** The figure's kind, '' when the claim has no figure (IndexedDB cannot index null). */
  figureKind: string;
  /** Every word the library's search finds the claim by (version 3). */
  searchWords: string[];
}

export interface StoredPage {
  url: string;
  site: string;
  title: string | null;
  firstSeen: string;
  lastSeen: string;
}

/** A canonical source entity: one row per key, pointing at the fullest name seen and its aliases. */
export interface StoredSource {
  key: string;
  name: string;
  kind: ClaimSource['kind'];
  aliases: string[];
}

export interface StoredTag {
  name: string;
  count: number;
}

/**
 * Claims deleted from the library, kept for undo until the undo window closes. In the database rather than
 * the background's memory, so an undo survives the service worker being stopped in between.
 */
export interface StoredDeletion {
  token: string;
  /** Epoch milliseconds. */
  deletedAt: number;
  claims: SavedClaim[];
}

/** The user's grouping of a figure into an event (a merge or a split in the library's event view). */
export interface StoredEventPin {
  claimId: string;
  /** Claims with the same group are one event. */
  group: string;
}

export const DATABASE_NAME = 'sourcelight';

/** Version 1 (first release): claims and the pages they came from. */
export const SCHEMA_V1 = {
  claims: 'id, createdAt, updatedAt, page.url',
  pages: 'url, lastSeen',
};

/** Version 2: cross-reference and filter indexes on claims; source entities and tags as tables. */
export const SCHEMA_V2 = {
  claims:
    'id, createdAt, updatedAt, pageUrl, site, verdict, figureKind, *tags, *sourceKeys, *figureKeys, *contextKeys, *textKeys, page.url',
  pages: 'url, site, lastSeen',
  sources: 'key, name',
  tags: 'name',
};

/** Version 3: a word index for the library's full-text search (a scan of 100,000 claims took seconds). */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  claims: `${SCHEMA_V2.claims}, *searchWords`,
};

/** Version 4: deleted claims wait in a trash table for undo. */
export const SCHEMA_V4 = {
  ...SCHEMA_V3,
  trash: 'token, deletedAt',
};

/** Version 5: the user's merges and splits of events, as pins of claims to groups. */
export const SCHEMA_V5 = {
  ...SCHEMA_V4,
  eventPins: 'claimId, group',
};

export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

export function toStored(claim: SavedClaim): StoredClaim {
  return {
    ...claim,
    ...claimIndexKeys(claim),
    pageUrl: claim.page.url,
    site: siteOf(claim.page.url),
    figureKind: claim.figure?.kind ?? '',
    searchWords: searchWordsOf(claim),
  };
}

export function sourceRows(source: ClaimSource): StoredSource[] {
  return sourceKeys(source).map((key) => ({ key, name: source.name, kind: source.kind, aliases: source.aliases }));
}

export class SourcelightDatabase extends Dexie {
  claims!: Table<StoredClaim, string>;
  pages!: Table<StoredPage, string>;
  sources!: Table<StoredSource, string>;
  tags!: Table<StoredTag, string>;
  trash!: Table<StoredDeletion, string>;
  eventPins!: Table<StoredEventPin, string>;

  constructor(name = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
    this.version(2)
      .stores(SCHEMA_V2)
      .upgrade(async (tx) => {
        const tagCounts = new Map<string, number>();
        const sources = new Map<string, StoredSource>();
        await tx
          .table<StoredClaim, string>('claims')
          .toCollection()
          .modify((claim) => {
            Object.assign(claim, toStored(claim));
            for (const tag of claim.tags) tagCounts.set(tag, (tagCounts.get(tag) ?? 0) + 1);
            for (const row of claim.source ? sourceRows(claim.source) : []) sources.set(row.key, row);
          });
        await tx
          .table<StoredPage, string>('pages')
          .toCollection()
          .modify((page) => {
            page.site = siteOf(page.url);
          });
        await tx.table<StoredTag, string>('tags').bulkPut([...tagCounts].map(([tag, count]) => ({ name: tag, count })));
        await tx.table<StoredSource, string>('sources').bulkPut([...sources.values()]);
      });
    this.version(3)
      .stores(SCHEMA_V3)
      .upgrade((tx) =>
        tx
          .table<StoredClaim, string>('claims')
          .toCollection()
          .modify((claim) => {
            claim.searchWords = searchWordsOf(claim);
          }),
      );
    this.version(4).stores(SCHEMA_V4);
    this.version(5).stores(SCHEMA_V5);
  }
}
