// The claim library: every saved claim, searchable and filterable, edited in place, deleted with undo,
// selected in bulk and exported. Rows arrive a page at a time and only the visible ones are rendered, so
// the page stays responsive with 100,000 claims.
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { VERDICTS, type SavedClaim, type Verdict } from '../core/formats/claim';
import { EXPORT_FORMATS, type ExportFormat, type ImportSummary } from '../core/formats/index';
import type { ClaimEdit, ClaimPage, ClaimQuery, SortKey } from '../core/library-query';
import type { CasualtyKind } from '../core/types';
import {
  capitalise,
  describeBacking,
  describeDate,
  describeHedge,
  describeToll,
  describeVerdict,
} from '../core/describe';
import { pagesFor, visibleRows } from './virtual-window';

export const ROW_HEIGHT = 64;
export const PAGE_SIZE = 100;
const KINDS: readonly CasualtyKind[] = ['killed', 'injured', 'missing', 'abducted'];
const SEARCH_DELAY_MS = 250;
const UNDO_SHOWN_MS = 10_000;

/** What the library needs from the background; main.tsx passes the real client, tests pass a store. */
export interface LibraryBackend {
  query(query: ClaimQuery): Promise<ClaimPage>;
  ids(query: ClaimQuery): Promise<string[]>;
  edit(ids: string[], edit: ClaimEdit): Promise<{ count: number }>;
  remove(ids: string[]): Promise<{ count: number; undoToken: string }>;
  undo(undoToken: string): Promise<{ count: number }>;
  exportClaims(
    format: ExportFormat,
    ids: string[] | null,
    onProgress: (done: number, total: number) => void,
  ): Promise<{ file: Blob; count: number }>;
  importFile(text: string): Promise<ImportSummary>;
  download(file: Blob, name: string): void;
  /** One claim by id (the popup's and the card's links open the library on it); null when it is gone. */
  get(id: string): Promise<SavedClaim | null>;
}

interface Filters {
  search: string;
  source: string;
  kind: string;
  verdict: string;
  tag: string;
  site: string;
  from: string;
  to: string;
  sort: SortKey;
  descending: boolean;
}

type TextFilter = 'search' | 'source' | 'tag' | 'site';
const TEXT_FILTERS: readonly TextFilter[] = ['search', 'source', 'tag', 'site'];

const NO_FILTERS: Filters = {
  search: '',
  source: '',
  kind: '',
  verdict: '',
  tag: '',
  site: '',
  from: '',
  to: '',
  sort: 'updated',
  descending: true,
};

/** The store's query for the form's filters: empty fields are left out, dates become whole-day bounds. */
export function toQuery(filters: Filters): ClaimQuery {
  const query: ClaimQuery = { sort: filters.sort, descending: filters.descending };
  for (const key of ['search', 'source', 'kind', 'tag', 'site'] as const)
    if (filters[key].trim()) query[key] = filters[key].trim();
  if (filters.verdict) query.verdict = filters.verdict as Verdict;
  if (filters.from) query.from = `${filters.from}T00:00:00.000Z`;
  if (filters.to) query.to = `${filters.to}T23:59:59.999Z`;
  return query;
}

/** "At least 40 killed, according to police, hedged by “reportedly”", or who said it when there is no figure. */
function describeClaim(claim: SavedClaim): string | null {
  if (!claim.figure) return claim.source ? `By ${claim.source.name}` : null;
  return [
    capitalise(describeToll(claim.figure)),
    describeBacking(claim.source?.name ?? null),
    describeHedge(claim.figure),
  ]
    .filter(Boolean)
    .join(', ');
}

/** The start of a claim's text, naming it in its controls' accessible names ("Edit claim: At least 40 people…"). */
const claimName = (claim: SavedClaim): string =>
  claim.text.length > 60 ? `${claim.text.slice(0, 59).trimEnd()}…` : claim.text;

const siteOf = (url: string): string => {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
};

type Notice = { kind: 'info' | 'error'; text: string; undoToken?: string } | null;

/** `openClaimId`: the claim the library was opened on (`?claim=` in its address), shown in the editor at once. */
export function Library({ backend, openClaimId }: { backend: LibraryBackend; openClaimId?: string }) {
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  /** What is typed in the text filters, applied once typing settles (and never overwritten while typing). */
  const [typed, setTyped] = useState<Pick<Filters, TextFilter>>({ search: '', source: '', tag: '', site: '' });
  const [total, setTotal] = useState<number | null>(null);
  const [rows, setRows] = useState<Map<number, SavedClaim>>(new Map());
  const [revision, setRevision] = useState(0);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [editing, setEditing] = useState<SavedClaim | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [format, setFormat] = useState<ExportFormat>('sourcelight');
  const [scroll, setScroll] = useState({ top: 0, height: 600 });
  const loadedPages = useRef(new Set<number>());
  /** Bumped when the query or the library changes, so pages of an older query are dropped on arrival. */
  const generationRef = useRef(0);
  const listRef = useRef<HTMLDivElement>(null);
  const query = useMemo(() => toQuery(filters), [filters]);

  useEffect(() => {
    if (!openClaimId) return;
    backend.get(openClaimId).then(
      (claim) =>
        claim ? setEditing(claim) : setNotice({ kind: 'error', text: 'That claim is no longer in your library.' }),
      (error: unknown) =>
        setNotice({
          kind: 'error',
          text: `The claim could not be read: ${error instanceof Error ? error.message : String(error)}`,
        }),
    );
  }, [openClaimId]);

  // typing settles before the library is searched again
  useEffect(() => {
    const timer = setTimeout(
      () =>
        setFilters((current) =>
          TEXT_FILTERS.every((key) => current[key] === typed[key]) ? current : { ...current, ...typed },
        ),
      SEARCH_DELAY_MS,
    );
    return () => clearTimeout(timer);
  }, [typed]);
  const textFilter = (key: TextFilter) => ({
    value: typed[key],
    onInput: (event: { currentTarget: HTMLInputElement }) => {
      const value = event.currentTarget.value;
      setTyped((current) => ({ ...current, [key]: value }));
    },
  });

  const loadPage = useCallback(
    async (page: number, generation: number) => {
      loadedPages.current.add(page);
      try {
        const result = await backend.query({ ...query, offset: page * PAGE_SIZE, limit: PAGE_SIZE });
        if (generation !== generationRef.current) return;
        setTotal(result.total);
        setRows((current) => {
          const next = new Map(current);
          result.items.forEach((claim, index) => next.set(page * PAGE_SIZE + index, claim));
          return next;
        });
      } catch (error) {
        loadedPages.current.delete(page);
        setNotice({
          kind: 'error',
          text: `The library could not be read: ${error instanceof Error ? error.message : String(error)}`,
        });
      }
    },
    [backend, query],
  );
  // a new query or a change to the library starts over from its first page
  useEffect(() => {
    generationRef.current += 1;
    loadedPages.current = new Set();
    setRows(new Map());
    void loadPage(0, generationRef.current);
  }, [loadPage, revision]);

  const window = visibleRows(scroll.top, scroll.height, ROW_HEIGHT, total ?? 0);
  useEffect(() => {
    for (const page of pagesFor(window, PAGE_SIZE))
      if (!loadedPages.current.has(page)) void loadPage(page, generationRef.current);
  }, [window.first, window.end, loadPage]);

  useEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const measure = (): void => setScroll({ top: list.scrollTop, height: list.clientHeight });
    measure();
    list.addEventListener('scroll', measure, { passive: true });
    addEventListener('resize', measure);
    return () => {
      list.removeEventListener('scroll', measure);
      removeEventListener('resize', measure);
    };
  }, []);

  useEffect(() => {
    if (!notice?.undoToken) return;
    const timer = setTimeout(() => setNotice(null), UNDO_SHOWN_MS);
    return () => clearTimeout(timer);
  }, [notice]);

  const reload = (): void => setRevision((value) => value + 1);
  const setFilter = (key: keyof Filters, value: string | boolean): void =>
    setFilters((current) => ({ ...current, [key]: value }));
  const fail = (what: string) => (error: unknown) =>
    setNotice({ kind: 'error', text: `${what}: ${error instanceof Error ? error.message : String(error)}` });

  const toggle = (id: string): void =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const selectAllMatching = (): void =>
    void backend.ids(query).then((ids) => setSelected(new Set(ids)), fail('Selecting failed'));

  const editClaims = (ids: string[], edit: ClaimEdit): void =>
    void backend.edit(ids, edit).then(({ count }) => {
      setNotice({ kind: 'info', text: `Updated ${count} claim${count === 1 ? '' : 's'}.` });
      reload();
    }, fail('Saving the change failed'));

  const deleteSelected = (ids: string[]): void =>
    void backend.remove(ids).then(({ count, undoToken }) => {
      setSelected(new Set());
      setNotice({ kind: 'info', text: `Deleted ${count} claim${count === 1 ? '' : 's'}.`, undoToken });
      reload();
    }, fail('Deleting failed'));

  const undo = (undoToken: string): void =>
    void backend.undo(undoToken).then(({ count }) => {
      setNotice({ kind: 'info', text: `Restored ${count} claim${count === 1 ? '' : 's'}.` });
      reload();
    }, fail('Undo failed'));

  const exportClaims = (ids: string[] | null): void => {
    setProgress({ done: 0, total: ids?.length ?? total ?? 0 });
    void backend
      .exportClaims(format, ids, (done, of) => setProgress({ done, total: of }))
      .then(({ file, count }) => {
        backend.download(file, `sourcelight-claims.${EXTENSIONS[format]}`);
        setNotice({ kind: 'info', text: `Exported ${count} claim${count === 1 ? '' : 's'}.` });
      }, fail('Export failed'))
      .finally(() => setProgress(null));
  };

  const importFile = (file: File): void =>
    void file
      .text()
      .then((text) => backend.importFile(text))
      .then((summary) => {
        const skipped =
          summary.skipped.length > 0
            ? `; skipped ${summary.skipped.length}: ${summary.skipped.slice(0, 3).join('; ')}`
            : '';
        setNotice({
          kind: 'info',
          text: `Imported ${summary.added} new claim${summary.added === 1 ? '' : 's'}, updated ${summary.replaced}, ${summary.unchanged} already there unchanged (${summary.format})${skipped}.`,
        });
        reload();
      }, fail('Import refused, nothing was changed'));

  const visible: SavedClaim[] = [];
  for (let index = window.first; index < window.end; index++) {
    const claim = rows.get(index);
    if (claim) visible.push(claim);
  }
  const selection = [...selected];

  return (
    <main>
      <header>
        <h1>Saved claims</h1>
        <span class="count" data-testid="total" aria-live="polite">
          {total === null ? 'Loading…' : `${total} claim${total === 1 ? '' : 's'}`}
        </span>
      </header>

      <form class="filters" aria-label="Search and filter" onSubmit={(event) => event.preventDefault()}>
        <input
          type="search"
          placeholder="Search text, source, note, tags"
          aria-label="Search"
          data-testid="search"
          {...textFilter('search')}
        />
        <input placeholder="Source" aria-label="Source" data-testid="filter-source" {...textFilter('source')} />
        <select
          aria-label="Kind"
          data-testid="filter-kind"
          value={filters.kind}
          onChange={(event) => setFilter('kind', event.currentTarget.value)}
        >
          <option value="">Any kind</option>
          {KINDS.map((kind) => (
            <option value={kind}>{capitalise(kind)}</option>
          ))}
        </select>
        <select
          aria-label="Verdict"
          data-testid="filter-verdict"
          value={filters.verdict}
          onChange={(event) => setFilter('verdict', event.currentTarget.value)}
        >
          <option value="">Any verdict</option>
          {VERDICTS.map((verdict) => (
            <option value={verdict}>{describeVerdict(verdict)}</option>
          ))}
        </select>
        <input placeholder="Tag" aria-label="Tag" data-testid="filter-tag" {...textFilter('tag')} />
        <input placeholder="Site" aria-label="Site" data-testid="filter-site" {...textFilter('site')} />
        <label>
          From{' '}
          <input
            type="date"
            data-testid="filter-from"
            value={filters.from}
            onChange={(event) => setFilter('from', event.currentTarget.value)}
          />
        </label>
        <label>
          To{' '}
          <input
            type="date"
            data-testid="filter-to"
            value={filters.to}
            onChange={(event) => setFilter('to', event.currentTarget.value)}
          />
        </label>
        <select
          aria-label="Sort"
          data-testid="sort"
          value={`${filters.sort}-${filters.descending ? 'desc' : 'asc'}`}
          onChange={(event) => {
            const [sort, direction] = event.currentTarget.value.split('-') as [SortKey, string];
            setFilters((current) => ({ ...current, sort, descending: direction === 'desc' }));
          }}
        >
          <option value="updated-desc">Recently updated</option>
          <option value="created-desc">Newest</option>
          <option value="created-asc">Oldest</option>
        </select>
      </form>

      <div class="toolbar" role="toolbar" aria-label="Selected claims">
        <span data-testid="selected-count">{selection.length} selected</span>
        <button type="button" data-testid="select-all" onClick={selectAllMatching} disabled={!total}>
          Select all {total ?? ''} matching
        </button>
        <button type="button" onClick={() => setSelected(new Set())} disabled={selection.length === 0}>
          Clear selection
        </button>
        <select
          aria-label="Verdict for the selection"
          data-testid="bulk-verdict"
          value=""
          disabled={selection.length === 0}
          onChange={(event) => {
            if (event.currentTarget.value) editClaims(selection, { verdict: event.currentTarget.value as Verdict });
          }}
        >
          <option value="">Set verdict…</option>
          {VERDICTS.map((verdict) => (
            <option value={verdict}>{describeVerdict(verdict)}</option>
          ))}
        </select>
        <button
          type="button"
          data-testid="delete-selected"
          onClick={() => deleteSelected(selection)}
          disabled={selection.length === 0}
        >
          Delete
        </button>
        <select
          aria-label="Export format"
          data-testid="export-format"
          value={format}
          onChange={(event) => setFormat(event.currentTarget.value as ExportFormat)}
        >
          {EXPORT_FORMATS.map((name) => (
            <option value={name}>{FORMAT_NAMES[name]}</option>
          ))}
        </select>
        <button
          type="button"
          data-testid="export-selected"
          onClick={() => exportClaims(selection)}
          disabled={selection.length === 0 || progress !== null}
        >
          Export selected
        </button>
        <button type="button" data-testid="export-all" onClick={() => exportClaims(null)} disabled={progress !== null}>
          Export all
        </button>
        <label class="import">
          Import…
          <input
            type="file"
            accept=".json,.jsonld,application/json"
            data-testid="import-file"
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              event.currentTarget.value = '';
              if (file) importFile(file);
            }}
          />
        </label>
      </div>

      {progress && (
        <progress
          data-testid="export-progress"
          max={Math.max(progress.total, 1)}
          value={progress.done}
          aria-label="Export progress"
        />
      )}
      {notice && (
        <p class={`notice ${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'} data-testid="notice">
          {notice.text}
          {notice.undoToken && (
            <button type="button" data-testid="undo" onClick={() => undo(notice.undoToken!)}>
              Undo
            </button>
          )}
        </p>
      )}

      <div class="list" ref={listRef} data-testid="claim-list" role="list" aria-label="Saved claims">
        {total === 0 && (
          <p class="empty" data-testid="empty-library">
            No saved claims match.
          </p>
        )}
        <div class="spacer" style={{ height: `${(total ?? 0) * ROW_HEIGHT}px` }}>
          {visible.map((claim, offset) => (
            <ClaimRow
              key={claim.id}
              claim={claim}
              top={(window.first + offset) * ROW_HEIGHT}
              selected={selected.has(claim.id)}
              onToggle={() => toggle(claim.id)}
              onVerdict={(verdict) => editClaims([claim.id], { verdict })}
              onEdit={() => setEditing(claim)}
            />
          ))}
        </div>
      </div>

      {editing && (
        <ClaimEditor
          claim={editing}
          onCancel={() => setEditing(null)}
          onSave={(edit) => {
            editClaims([editing.id], edit);
            setEditing(null);
          }}
        />
      )}
    </main>
  );
}

const FORMAT_NAMES: Record<ExportFormat, string> = {
  sourcelight: 'Sourcelight JSON',
  csv: 'CSV',
  claimreview: 'ClaimReview JSON-LD',
  webannotation: 'Web Annotation JSON-LD',
};

const EXTENSIONS: Record<ExportFormat, string> = {
  sourcelight: 'json',
  csv: 'csv',
  claimreview: 'claimreview.jsonld',
  webannotation: 'annotations.jsonld',
};

interface ClaimRowProps {
  claim: SavedClaim;
  top: number;
  selected: boolean;
  onToggle(): void;
  onVerdict(verdict: Verdict): void;
  onEdit(): void;
}

function ClaimRow({ claim, top, selected, onToggle, onVerdict, onEdit }: ClaimRowProps) {
  const meta = [
    describeClaim(claim),
    siteOf(claim.page.url),
    describeDate(claim.createdAt),
    claim.tags.map((tag) => `#${tag}`).join(' '),
  ]
    .filter(Boolean)
    .join(' · ');
  const name = claimName(claim);
  return (
    <div
      class="row"
      role="listitem"
      data-testid="claim"
      data-claim-id={claim.id}
      data-verdict={claim.verdict}
      style={{ top: `${top}px`, height: `${ROW_HEIGHT}px` }}
    >
      <input
        type="checkbox"
        aria-label={`Select claim: ${name}`}
        data-testid="select"
        checked={selected}
        onChange={onToggle}
      />
      <div class="claim-text">
        <span class="text" title={claim.text}>
          {claim.text}
        </span>
        <span class="meta">
          {meta}
          {claim.note && <span class="note"> · {claim.note}</span>}
        </span>
      </div>
      <select
        aria-label={`Verdict for claim: ${name}`}
        data-testid="verdict"
        value={claim.verdict}
        onChange={(event) => onVerdict(event.currentTarget.value as Verdict)}
      >
        {VERDICTS.map((verdict) => (
          <option value={verdict}>{describeVerdict(verdict)}</option>
        ))}
      </select>
      <button type="button" data-testid="edit" aria-label={`Edit claim: ${name}`} onClick={onEdit}>
        Edit
      </button>
    </div>
  );
}

/**
 * The editor: a modal dialog. Focus moves into it when it opens and back to where it was when it closes;
 * Escape closes it and Tab stays inside it while it is open.
 */
function ClaimEditor({
  claim,
  onSave,
  onCancel,
}: {
  claim: SavedClaim;
  onSave(edit: ClaimEdit): void;
  onCancel(): void;
}) {
  const [note, setNote] = useState(claim.note);
  const [tags, setTags] = useState(claim.tags.join(', '));
  const dialogRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialogRef.current?.querySelector<HTMLElement>('textarea')?.focus();
    return () => opener?.isConnected && opener.focus();
  }, []);
  const keepFocusInside = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
      return;
    }
    if (event.key !== 'Tab' || !dialogRef.current) return;
    const focusable = [...dialogRef.current.querySelectorAll<HTMLElement>('a[href], textarea, input, button')];
    const [first, last] = [focusable[0], focusable[focusable.length - 1]];
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first?.focus();
    }
  };
  const details = describeClaim(claim);
  return (
    <div class="backdrop">
      <div
        class="editor"
        role="dialog"
        aria-modal="true"
        aria-labelledby="editor-title"
        data-testid="editor"
        ref={dialogRef}
        onKeyDown={keepFocusInside}
      >
        <h2 id="editor-title">Edit claim</h2>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            onSave({
              note,
              tags: tags
                .split(',')
                .map((tag) => tag.trim())
                .filter(Boolean),
            });
          }}
        >
          <p class="text" data-testid="editor-text">
            {claim.text}
          </p>
          <p class="meta">
            {details && <>{details}. </>}
            {describeVerdict(claim.verdict)}. Saved {describeDate(claim.createdAt)} from{' '}
            <a href={claim.page.url} target="_blank" rel="noreferrer noopener">
              {claim.page.title ?? claim.page.url}
            </a>
            .
          </p>
          <label>
            Note
            <textarea
              data-testid="note"
              value={note}
              onInput={(event) => setNote(event.currentTarget.value)}
              rows={4}
            />
          </label>
          <label>
            Tags (comma-separated)
            <input data-testid="tags" value={tags} onInput={(event) => setTags(event.currentTarget.value)} />
          </label>
          <div class="buttons">
            <button type="submit" data-testid="save-edit">
              Save
            </button>
            <button type="button" data-testid="cancel-edit" onClick={onCancel}>
              Cancel
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
