// The claim library's repository: saving, editing, deleting with undo, cross-referencing by index look-ups,
// the library page's queries, and streamed export / all-or-nothing import.
import type { Collection } from 'dexie';
import { probeKeys, relate, type ClaimIndexKeys, type CrossReference, type CrossrefProbe } from '../core/crossref';
import { VERDICTS, type SavedClaim } from '../core/formats/claim';
import { searchWords, type ClaimEdit, type ClaimPage, type ClaimQuery } from '../core/library-query';
import { readImportFile, WRITERS, type ExportFormat, type ImportSummary } from '../core/formats/index';
import { mergeImported } from '../core/formats/merge';
import { NO_CONTEXT, type ExportContext } from '../core/formats/writer';
import { claimProblems } from '../core/formats/sourcelight-json';
import { siteOf, sourceRows, toStored, type SourcelightDatabase, type StoredClaim } from './db';

/** Claim ids read per key and finding: keeps a cross-reference's cost flat however many claims share a key. */

/** Ascending order of two ISO timestamps (plain string order is time order for them). */
const compareKeys = (a: string, b: string): number => (a < b ? -1 : Number(a > b));
export const LOOKUP_LIMIT = 10;
/** Claims read in full per index and finding, the ones found under the most keys first. */
const READ_PER_INDEX = 4;
const LOOKUP_INDEXES = ['sourceKeys', 'figureKeys', 'contextKeys', 'textKeys'] as const;
/** How long deleted claims wait in the trash for an undo; the library's toast shows for less. */
export const UNDO_WINDOW_MS = 60_000;
/** Claims read per step of an export: bounds memory while streaming. */
const EXPORT_BATCH = 1000;

/** The saved claim without its index fields: what callers and exports see. */
export function toSaved(stored: StoredClaim): SavedClaim {
  const { id, text, page, selectors, figure, source, note, verdict, tags, createdAt, updatedAt } = stored;
  return { id, text, page, selectors, figure, source, note, verdict, tags, createdAt, updatedAt };
}

/**
 * Refuses a claim the import would refuse (a text over 100,000 characters, an id with half a surrogate pair, a
 * reversed span, an impossible date), so whatever the library holds, its own export imports back.
 */
function assertImportable(claims: readonly SavedClaim[]): void {
  for (const claim of claims) {
    const [problem] = claimProblems(claim);
    if (problem)
      throw new Error(
        `The claim was not saved: ${problem.path.replace(/^claim\.?/, '') || 'claim'}: ${problem.message}`,
      );
  }
}

const uniqueTags = (tags: readonly string[]): string[] => [
  ...new Set(tags.map((tag) => tag.trim()).filter((tag) => tag !== '')),
];

export class ClaimStore {
  constructor(
    readonly db: SourcelightDatabase,
    private readonly now: () => string = () => new Date().toISOString(),
  ) {}

  /** Writes claims and keeps pages, source entities and tag counts in step, inside the caller's transaction. */
  private async writeClaims(claims: readonly SavedClaim[]): Promise<{ added: number; replaced: number }> {
    const { db } = this;
    const previous = await db.claims.bulkGet(claims.map((claim) => claim.id));
    const tagDelta = new Map<string, number>();
    const bump = (tags: readonly string[], by: number): void => {
      for (const tag of tags) tagDelta.set(tag, (tagDelta.get(tag) ?? 0) + by);
    };
    previous.forEach((old) => old && bump(old.tags, -1));
    claims.forEach((claim) => bump(claim.tags, 1));
    await db.claims.bulkPut(claims.map(toStored));
    await this.applyTagDelta(tagDelta);

    const pages = new Map<string, SavedClaim['page']>(claims.map((claim) => [claim.page.url, claim.page]));
    const known = await db.pages.bulkGet([...pages.keys()]);
    const stamp = this.now();
    await db.pages.bulkPut(
      [...pages.values()].map((page, index) => {
        const old = known[index];
        return {
          url: page.url,
          site: siteOf(page.url),
          title: page.title ?? old?.title ?? null,
          firstSeen: old?.firstSeen ?? stamp,
          lastSeen: stamp,
        };
      }),
    );
    const sources = new Map(
      claims.flatMap((claim) => (claim.source ? sourceRows(claim.source) : [])).map((row) => [row.key, row]),
    );
    await db.sources.bulkPut([...sources.values()]);
    const replaced = previous.filter(Boolean).length;
    return { added: claims.length - replaced, replaced };
  }

  private async applyTagDelta(delta: Map<string, number>): Promise<void> {
    const names = [...delta.keys()];
    const rows = await this.db.tags.bulkGet(names);
    const counts = names.map((name, index) => ({ name, count: (rows[index]?.count ?? 0) + (delta.get(name) ?? 0) }));
    await this.db.tags.bulkPut(counts.filter((row) => row.count > 0));
    await this.db.tags.bulkDelete(counts.filter((row) => row.count <= 0).map((row) => row.name));
  }

  private readWrite<T>(work: () => Promise<T>): Promise<T> {
    const { db } = this;
    return db.transaction('rw', [db.claims, db.pages, db.sources, db.tags], work);
  }

  async save(claim: SavedClaim): Promise<SavedClaim> {
    return (await this.saveAll([claim]))[0]!;
  }

  /** Saves claims as they are, ids and times included, in one transaction. */
  async saveAll(claims: readonly SavedClaim[]): Promise<SavedClaim[]> {
    const saved = claims.map((claim) => ({ ...claim, tags: uniqueTags(claim.tags) }));
    assertImportable(saved);
    await this.readWrite(() => this.writeClaims(saved));
    return saved;
  }

  /** Saves a claim unless one with its id is there already, which is answered as it stands (note, verdict and all). */
  async saveOnce(claim: SavedClaim): Promise<SavedClaim> {
    return this.readWrite(async () => {
      const existing = await this.db.claims.get(claim.id);
      if (existing) return toSaved(existing);
      const saved = { ...claim, tags: uniqueTags(claim.tags) };
      await this.writeClaims([saved]);
      return saved;
    });
  }

  async get(id: string): Promise<SavedClaim | undefined> {
    const stored = await this.db.claims.get(id);
    return stored && toSaved(stored);
  }

  async edit(id: string, edit: ClaimEdit): Promise<SavedClaim> {
    const [updated] = await this.editMany([id], edit);
    if (!updated) throw new Error(`no saved claim ${id}`);
    return updated;
  }

  /** Applies one edit to every claim of `ids` that exists, in one transaction (the library's bulk verdict). */
  async editMany(ids: readonly string[], edit: ClaimEdit): Promise<SavedClaim[]> {
    if (edit.verdict !== undefined && !VERDICTS.includes(edit.verdict))
      throw new Error(`unknown verdict ${edit.verdict}`);
    return this.readWrite(async () => {
      const stamp = this.now();
      const updated = (await this.db.claims.bulkGet([...ids]))
        .filter((stored): stored is StoredClaim => stored !== undefined)
        .map((stored): SavedClaim => ({
          ...toSaved(stored),
          ...(edit.note === undefined ? {} : { note: edit.note }),
          ...(edit.verdict === undefined ? {} : { verdict: edit.verdict }),
          ...(edit.tags === undefined ? {} : { tags: uniqueTags(edit.tags) }),
          updatedAt: stamp,
        }));
      assertImportable(updated);
      await this.writeClaims(updated);
      return updated;
    });
  }

  /**
   * Deletes claims into the trash, where `undo` finds them by the token until the undo window closes.
   * Trash older than the window is emptied on the way.
   */
  async remove(ids: readonly string[]): Promise<{ count: number; undoToken: string }> {
    const { db } = this;
    return db.transaction('rw', [db.claims, db.pages, db.sources, db.tags, db.trash], async () => {
      const found = (await db.claims.bulkGet([...ids])).filter((claim): claim is StoredClaim => claim !== undefined);
      await db.claims.bulkDelete(found.map((claim) => claim.id));
      const delta = new Map<string, number>();
      for (const claim of found) for (const tag of claim.tags) delta.set(tag, (delta.get(tag) ?? 0) - 1);
      await this.applyTagDelta(delta);
      const deletedAt = Date.parse(this.now());
      await db.trash
        .where('deletedAt')
        .below(deletedAt - UNDO_WINDOW_MS)
        .delete();
      const undoToken = crypto.randomUUID();
      await db.trash.add({ token: undoToken, deletedAt, claims: found.map(toSaved) });
      return { count: found.length, undoToken };
    });
  }

  /** Puts the claims of a deletion back exactly as they were (ids, times, notes, verdicts, tags). */
  async undo(undoToken: string): Promise<{ count: number }> {
    const { db } = this;
    return db.transaction('rw', [db.claims, db.pages, db.sources, db.tags, db.trash], async () => {
      const deletion = await db.trash.get(undoToken);
      if (!deletion || deletion.deletedAt < Date.parse(this.now()) - UNDO_WINDOW_MS) {
        throw new Error('Nothing to undo: the deletion is too old or was already undone.');
      }
      await db.trash.delete(undoToken);
      await this.writeClaims(deletion.claims);
      return { count: deletion.claims.length };
    });
  }

  async forPage(url: string): Promise<SavedClaim[]> {
    return (await this.db.claims.where('pageUrl').equals(url).toArray()).map(toSaved);
  }

  count(): Promise<number> {
    return this.db.claims.count();
  }

  /**
   * Cross-references a page's findings: for each, a bounded look-up per index key, then the pure judgement
   * of each candidate. Claims saved from this same page are left out: they are the page itself.
   */
  async crossReference(
    probes: readonly CrossrefProbe[],
    pageUrl: string | null = null,
  ): Promise<{ references: CrossReference[]; claims: SavedClaim[] }> {
    const { claims } = this.db;
    return this.db.transaction('r', claims, async () => {
      const keysByProbe = probes.map(probeKeys);
      const candidateIds = await Promise.all(
        probes.map(async (_probe, index) => {
          const keys = keysByProbe[index] as ClaimIndexKeys;
          // one bounded key-range read per key (keys only, cheap): anyOf over a multi-entry index walks far more than
          // it returns
          const perIndex = await Promise.all(
            LOOKUP_INDEXES.map(async (name) =>
              (
                await Promise.all(
                  keys[name].map((key) => claims.where(name).equals(key).limit(LOOKUP_LIMIT).primaryKeys()),
                )
              ).flat(),
            ),
          );
          // claims found under several keys are the likely relations: only the best few of each index are read in full
          const hits = new Map<string, number>();
          for (const id of perIndex.flat()) hits.set(id, (hits.get(id) ?? 0) + 1);
          const best = (ids: string[]): string[] =>
            [...new Set(ids)].sort((a, b) => (hits.get(b) ?? 0) - (hits.get(a) ?? 0)).slice(0, READ_PER_INDEX);
          return new Set(perIndex.flatMap(best));
        }),
      );
      const wanted = [...new Set(candidateIds.flatMap((ids) => [...ids]))];
      const byId = new Map(
        (await claims.bulkGet(wanted)).flatMap((claim) =>
          claim && claim.pageUrl !== pageUrl ? [[claim.id, claim] as const] : [],
        ),
      );
      const references = probes.flatMap((probe, index) =>
        [...(candidateIds[index] ?? [])].flatMap((id) => {
          const claim = byId.get(id);
          return claim ? relate(probe, claim, keysByProbe[index], claim) : [];
        }),
      );
      const used = new Set(references.map((reference) => reference.claimId));
      return { references, claims: [...byId.values()].filter((claim) => used.has(claim.id)).map(toSaved) };
    });
  }

  /** One page of the library: the most selective filter runs on its index, the rest on the rows it yields. */
  async query(query: ClaimQuery): Promise<ClaimPage> {
    const offset = query.offset ?? 0;
    const limit = query.limit ?? 100;
    const matching = await this.matching(query);
    if (matching.ordered) {
      const [total, items] = await Promise.all([
        this.db.claims.count(),
        matching.ordered.offset(offset).limit(limit).toArray(),
      ]);
      return { total, items: items.map(toSaved) };
    }
    const rows = await matching.sortedRows();
    return { total: rows.length, items: rows.slice(offset, offset + limit).map(toSaved) };
  }

  /** The ids of every claim the query matches, in its order: "select all matching" in the library. */
  async ids(query: ClaimQuery): Promise<string[]> {
    const matching = await this.matching(query);
    if (matching.ordered) return matching.ordered.primaryKeys();
    return (await matching.sortedRows()).map((claim) => claim.id);
  }

  /**
   * The claims a query matches: `ordered` when no filter applies (an index walk in sort order, cheap to
   * page), else `sortedRows`, the filtered rows sorted in memory (they are already the ones kept).
   */
  private async matching(
    query: ClaimQuery,
  ): Promise<
    | { ordered: Collection<StoredClaim, string>; sortedRows?: never }
    | { ordered: null; sortedRows: () => Promise<StoredClaim[]> }
  > {
    const { claims } = this.db;
    const sortIndex = query.sort === 'created' ? 'createdAt' : 'updatedAt';
    const indexed: Array<[string, string | undefined]> = [
      ['tags', query.tag],
      ['sourceKeys', query.source?.toLowerCase()],
      ['site', query.site],
      ['verdict', query.verdict],
      ['figureKind', query.kind],
    ];
    const first = indexed.find(([, value]) => value !== undefined && value !== '');
    const words = searchWords(query.search ?? '');
    const rarest = first ? undefined : await this.rarestWord(words);
    let collection: Collection<StoredClaim, string>;
    if (first) collection = claims.where(first[0]).equals(first[1] as string);
    else if (rarest) collection = claims.where('searchWords').startsWith(rarest).distinct();
    else if (query.from || query.to)
      collection = claims.where('createdAt').between(query.from ?? '', query.to ?? '\uffff', true, true);
    else collection = claims.orderBy(sortIndex);

    const rest = indexed.filter((entry) => entry !== first && entry[1] !== undefined && entry[1] !== '');
    const needsFilter = words.length > 0 || rest.length > 0 || (first !== undefined && (query.from || query.to));
    if (!first && !(query.from || query.to) && !needsFilter) {
      return { ordered: query.descending === false ? collection : collection.reverse() };
    }
    if (needsFilter) {
      collection = collection.filter((claim) => {
        for (const [index, value] of rest) {
          const field = claim[index as keyof StoredClaim];
          if (Array.isArray(field) ? !field.includes(value as string) : field !== value) return false;
        }
        if (query.from && claim.createdAt < query.from) return false;
        if (query.to && claim.createdAt > query.to) return false;
        return words.every((word) => claim.searchWords.some((claimWord) => claimWord.startsWith(word)));
      });
    }
    const direction = query.descending === false ? 1 : -1;
    return {
      ordered: null,
      sortedRows: async () =>
        (await collection.toArray()).sort((a, b) => direction * compareKeys(a[sortIndex], b[sortIndex])),
    };
  }

  /**
   * The search word with the fewest claims under it on the word index (counted on keys only): the smallest set to
   * filter.
   */
  private async rarestWord(words: readonly string[]): Promise<string | undefined> {
    const counts = await Promise.all(words.map((word) => this.db.claims.where('searchWords').startsWith(word).count()));
    let best: number | undefined;
    counts.forEach((count, index) => {
      if (best === undefined || count < (counts[best] ?? Infinity)) best = index;
    });
    return best === undefined ? undefined : words[best];
  }

  /**
   * Streams an export to `sink` in batches (ids in order, so the same library always gives the same file).
   * `ids` limits it to a selection; `onProgress` hears after each batch.
   */
  async export(
    format: ExportFormat,
    sink: (chunk: string) => void | Promise<void>,
    options: {
      ids?: readonly string[];
      onProgress?: (done: number, total: number) => void;
      context?: ExportContext;
    } = {},
  ): Promise<number> {
    const writer = WRITERS[format];
    const { claims } = this.db;
    const selection = options.ids ? [...new Set(options.ids)].sort() : null;
    const total = selection ? selection.length : await claims.count();
    await sink(writer.begin());
    let count = 0;
    let position = 0;
    let after: string | null = null;
    for (;;) {
      let batch: StoredClaim[];
      if (selection) {
        if (position >= selection.length) break;
        const ids = selection.slice(position, position + EXPORT_BATCH);
        position += ids.length;
        batch = (await claims.bulkGet(ids)).filter((claim): claim is StoredClaim => claim !== undefined);
      } else {
        batch = await (after === null ? claims.orderBy(':id') : claims.where(':id').above(after))
          .limit(EXPORT_BATCH)
          .toArray();
        if (batch.length === 0) break;
        after = batch[batch.length - 1]?.id ?? after;
        position += batch.length;
      }
      let chunk = '';
      for (const claim of batch) chunk += writer.item(toSaved(claim), count++, options.context ?? NO_CONTEXT);
      await sink(chunk);
      options.onProgress?.(position, total);
    }
    await sink(writer.end(count));
    return count;
  }

  /**
   * Validates the whole file, then writes every claim in one transaction: all or nothing. A claim the
   * library has already is merged (mergeImported), never replaced by a poorer copy; one that comes back
   * the same is left alone and counted as unchanged.
   */
  async import(text: string): Promise<ImportSummary> {
    const file = readImportFile(text);
    const same = (a: SavedClaim, b: SavedClaim): boolean =>
      WRITERS.sourcelight.item(a, 0, NO_CONTEXT) === WRITERS.sourcelight.item(b, 0, NO_CONTEXT);
    return this.readWrite(async () => {
      const existing = await this.db.claims.bulkGet(file.claims.map((claim) => claim.id));
      const merged = file.claims.map((claim, index) => {
        const old = existing[index];
        return old ? mergeImported(toSaved(old), claim) : claim;
      });
      const changed = merged.filter((claim, index) => {
        const old = existing[index];
        return !old || !same(toSaved(old), claim);
      });
      const { added, replaced } = await this.writeClaims(changed);
      return { format: file.format, added, replaced, unchanged: merged.length - changed.length, skipped: file.skipped };
    });
  }
}
