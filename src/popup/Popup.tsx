// The popup's view: the page's findings grouped (tolls, flagged first, each once with its mentions; sources;
// quotes by speaker), each with its saved state, and a toll's conflicts with saved claims on its own row.
import { claimIdFor, quoteTarget, sourceTarget, tollTarget, type ClaimTarget } from '../core/claim-targets';
import {
  capitalise,
  countOf,
  describeBacking,
  describeHedge,
  describeSourceKind,
  describeToll,
  quoted,
} from '../core/describe';
import { groupTolls } from '../core/tolls';
import type { Extraction, NamedSource } from '../core/types';
import { findingId, type AnnotationResult, type Category, type ConflictNote } from '../shared/messages';

export interface FindingRow {
  /** The id of the painted finding the page scrolls to (a toll's first mention). */
  findingId: string;
  /** Every painted finding the row stands for, in text order: a toll's mentions, a source's. */
  mentionIds: string[];
  category: Category;
  title: string;
  detail: string;
  flagged: boolean;
  /** The id the row's claim has (or will have) once saved. */
  claimId: string;
  conflicts: ConflictNote[];
}

const claimId = (result: AnnotationResult, target: ClaimTarget): string => claimIdFor(result.url, target);

export function figureRows(result: AnnotationResult): FindingRow[] {
  const { extraction } = result;
  const conflicts = new Map(result.findings.map((finding) => [finding.id, finding.conflicts ?? []]));
  return groupTolls(extraction.figures).map((toll) => {
    const mentionIds = toll.mentions.map((index) => findingId.figure(index));
    const { figure } = toll;
    const words = figure.value === null || figure.qualifier === 'vague' ? ` (${quoted(figure.text)})` : '';
    const hedges = [...new Set(toll.mentions.flatMap((index) => describeHedge(extraction.figures[index]!) ?? []))];
    return {
      findingId: mentionIds[0]!,
      mentionIds,
      category: toll.flagged ? 'flagged' : 'figure',
      title: `${capitalise(describeToll(figure))}${words}`,
      detail: [describeBacking(figure.source), ...hedges, countOf(mentionIds.length, 'mention')].join(' · '),
      flagged: toll.flagged,
      claimId: claimId(result, tollTarget(extraction, toll)),
      conflicts: conflicts.get(mentionIds[0]!) ?? [],
    };
  });
}

export const sourceRows = (result: AnnotationResult): FindingRow[] =>
  result.extraction.sources.map((source: NamedSource, index) => ({
    findingId: findingId.source(index, 0),
    mentionIds: source.mentions.map((_mention, mention) => findingId.source(index, mention)),
    category: 'source',
    title: source.name,
    detail: [source.role, describeSourceKind(source.kind), countOf(source.mentions.length, 'mention')]
      .filter(Boolean)
      .join(' · '),
    flagged: false,
    claimId: claimId(result, sourceTarget(result.extraction, source)),
    conflicts: [],
  }));

const speaker = (name: string | null): string => name ?? 'speaker not found';

export const quoteRows = (result: AnnotationResult): FindingRow[] =>
  result.extraction.attributions
    .map((attribution, index) => ({ attribution, index }))
    .filter(({ attribution }) => attribution.direct)
    .sort((a, b) => speaker(a.attribution.source).localeCompare(speaker(b.attribution.source)))
    .map(({ attribution, index }) => ({
      findingId: findingId.quote(index),
      mentionIds: [findingId.quote(index)],
      category: 'quote',
      title: attribution.content,
      detail: speaker(attribution.source),
      flagged: false,
      claimId: claimId(result, quoteTarget(result.extraction, attribution)),
      conflicts: [],
    }));

/** Claims saved from this page: found in its text again, no longer in it, or saved since the popup opened. */
export function savedHere(result: AnnotationResult, savedIds: ReadonlySet<string>): number {
  const found = result.findings.flatMap((finding) =>
    finding.category === 'saved' && finding.savedClaimId ? [finding.savedClaimId] : [],
  );
  return new Set([...found, ...savedIds]).size + result.savedNotFound;
}

export interface PopupProps {
  state:
    | { status: 'loading' }
    | { status: 'cleared' }
    | { status: 'error'; message: string }
    | { status: 'done'; result: AnnotationResult | null };
  /** Scrolls the page to a finding (by its painted id). */
  onReveal(findingId: string): void;
  onClear(): void;
  /** Saves a row's finding as a claim; until a handler is given, Save buttons are disabled. */
  onSave?: (row: FindingRow) => void;
  /** Claims saved since the popup opened (the result marks the ones saved before). */
  savedIds?: ReadonlySet<string>;
  /** Opens the claim library in a tab, on one claim when given. */
  onOpenLibrary?: (claimId?: string) => void;
}

function Conflicts({ row, onOpenLibrary }: { row: FindingRow } & Pick<PopupProps, 'onOpenLibrary'>) {
  if (row.conflicts.length === 0) return null;
  return (
    <ul class="conflicts" data-testid="row-conflicts" aria-label={`Saved claims that conflict with ${row.title}`}>
      {row.conflicts.map((conflict) => (
        <li key={conflict.claimId} data-testid="row-conflict">
          <span>
            <strong>Conflicts with a saved claim:</strong> {conflict.summary}.
          </span>
          {onOpenLibrary && (
            <button
              type="button"
              class="link"
              data-testid="open-conflict"
              aria-label={`Open the saved claim ${conflict.saved} in the library`}
              onClick={() => onOpenLibrary(conflict.claimId)}
            >
              Open in library
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}

function Row({
  row,
  saved,
  onReveal,
  onSave,
  onOpenLibrary,
}: { row: FindingRow; saved: boolean } & Pick<PopupProps, 'onReveal' | 'onSave' | 'onOpenLibrary'>) {
  const conflict = row.conflicts.length > 0;
  return (
    <li data-testid="row" class={conflict ? 'has-conflict' : undefined}>
      <div class="row-line">
        <button
          type="button"
          data-testid="finding"
          data-finding-id={row.findingId}
          data-category={row.category}
          data-flagged={String(row.flagged)}
          data-conflict={String(conflict)}
          onClick={() => onReveal(row.findingId)}
        >
          {conflict && <span class="conflict-mark">≠ </span>}
          {row.flagged && <span class="flag">⚑ </span>}
          {row.title}
          <span class="meta">{row.detail}</span>
        </button>
        {saved ? (
          <button
            type="button"
            class="saved"
            data-testid="saved"
            aria-label={`Saved: open ${row.title} in the library`}
            disabled={!onOpenLibrary}
            onClick={() => onOpenLibrary?.(row.claimId)}
          >
            Saved ↗
          </button>
        ) : (
          <button
            type="button"
            data-testid="save"
            aria-label={`Save ${row.title} as a claim`}
            disabled={!onSave}
            onClick={() => onSave?.(row)}
          >
            Save
          </button>
        )}
      </div>
      {row.mentionIds.length > 1 && (
        <span class="mentions" data-testid="mentions">
          {row.mentionIds.map((id, index) => (
            <button
              type="button"
              key={id}
              data-testid="mention"
              aria-label={`Show mention ${index + 1} of ${row.mentionIds.length} of ${row.title}`}
              onClick={() => onReveal(id)}
            >
              {index + 1}
            </button>
          ))}
        </span>
      )}
      <Conflicts row={row} onOpenLibrary={onOpenLibrary} />
    </li>
  );
}

function Section({
  title,
  testId,
  rows,
  savedIds,
  ...actions
}: { title: string; testId: string; rows: FindingRow[]; savedIds: ReadonlySet<string> } & Pick<
  PopupProps,
  'onReveal' | 'onSave' | 'onOpenLibrary'
>) {
  if (rows.length === 0) return null;
  return (
    <section data-testid={testId} aria-label={title}>
      <h2>
        {title} ({rows.length})
      </h2>
      <ul>
        {rows.map((row) => (
          <Row key={row.findingId} row={row} saved={savedIds.has(row.claimId)} {...actions} />
        ))}
      </ul>
    </section>
  );
}

const isEmpty = (extraction: Extraction): boolean =>
  extraction.figures.length === 0 && extraction.sources.length === 0 && !extraction.attributions.some((a) => a.direct);

export function Popup({ state, onReveal, onClear, onSave, savedIds = new Set(), onOpenLibrary }: PopupProps) {
  const result = state.status === 'done' ? state.result : null;
  const extraction = result?.extraction;
  const empty = !extraction || isEmpty(extraction);
  const saved = new Set([...savedIds, ...(result?.findings.flatMap((finding) => finding.savedClaimId ?? []) ?? [])]);
  const actions = { onReveal, onSave, onOpenLibrary };
  return (
    <main>
      <header>
        <h1>Sourcelight</h1>
        <span class="actions">
          {onOpenLibrary && (
            <button type="button" data-testid="open-library" onClick={() => onOpenLibrary()}>
              Library
            </button>
          )}
          <button type="button" data-testid="clear" onClick={onClear} disabled={!result}>
            Clear highlights
          </button>
        </span>
      </header>
      {state.status === 'loading' && (
        <p class="status" role="status">
          Reading the article…
        </p>
      )}
      {state.status === 'cleared' && (
        <p class="status" role="status">
          Highlights cleared. Open the popup again to re-annotate.
        </p>
      )}
      {state.status === 'error' && (
        <p class="status error" role="alert">
          {state.message}
        </p>
      )}
      {state.status === 'done' && empty && (
        <p data-testid="empty-state">No article findings here: no named sources, casualty figures or quotes.</p>
      )}
      {result && savedHere(result, savedIds) > 0 && (
        <p class="status" role="note" data-testid="saved-here">
          Saved from this page: {savedHere(result, savedIds)}
          {result.savedNotFound > 0 && (
            <span data-testid="saved-not-found">, {result.savedNotFound} no longer found in its text</span>
          )}
          .
        </p>
      )}
      {result?.truncatedAt != null && (
        <p class="status" role="note">
          This page is very long: only its first {result.truncatedAt.toLocaleString('en')} characters were read.
        </p>
      )}
      {result && !empty && (
        <>
          <Section title="Figures" testId="figures" rows={figureRows(result)} savedIds={saved} {...actions} />
          <Section title="Sources" testId="sources" rows={sourceRows(result)} savedIds={saved} {...actions} />
          <Section title="Quotes" testId="quotes" rows={quoteRows(result)} savedIds={saved} {...actions} />
        </>
      )}
    </main>
  );
}
