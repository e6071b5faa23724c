// The popup's view: the page's findings grouped (figures, flagged first; sources; quotes by speaker).
import type { Attribution, Extraction, Figure, NamedSource } from '../core/types';
import { isFlagged } from '../core/types';
import { findingId, type AnnotationResult, type Category } from '../shared/messages';

export interface FindingRow {
  /** The id of the painted finding the page can scroll to. */
  findingId: string;
  category: Category;
  title: string;
  detail: string;
  flagged: boolean;
}

const figureDetail = (figure: Figure): string =>
  [figure.source ? `attributed to ${figure.source}` : 'nobody stands behind it', figure.hedged ? `hedged${figure.hedgeCue ? ` (${figure.hedgeCue})` : ''}` : null]
    .filter(Boolean)
    .join(' · ');

export function figureRows(extraction: Extraction): FindingRow[] {
  const rows = extraction.figures.map((figure, index) => ({
    findingId: findingId.figure(index),
    category: isFlagged(figure) ? ('flagged' as const) : ('figure' as const),
    title: figure.text,
    detail: figureDetail(figure),
    flagged: isFlagged(figure),
  }));
  // Flagged first; the sort is stable, so text order holds within each group.
  return rows.sort((a, b) => Number(b.flagged) - Number(a.flagged));
}

const mentionCount = (source: NamedSource): string => `${source.mentions.length} mention${source.mentions.length === 1 ? '' : 's'}`;

export const sourceRows = (extraction: Extraction): FindingRow[] =>
  extraction.sources.map((source, index) => ({
    findingId: findingId.source(index, 0),
    category: 'source',
    title: source.name,
    detail: [source.role, source.kind, mentionCount(source)].filter(Boolean).join(' · '),
    flagged: false,
  }));

const speaker = (attribution: Attribution): string => attribution.source ?? 'speaker not found';

export const quoteRows = (extraction: Extraction): FindingRow[] =>
  extraction.attributions
    .map((attribution, index) => ({ attribution, index }))
    .filter(({ attribution }) => attribution.direct)
    .sort((a, b) => speaker(a.attribution).localeCompare(speaker(b.attribution)))
    .map(({ attribution, index }) => ({
      findingId: findingId.quote(index),
      category: 'quote',
      title: attribution.content,
      detail: speaker(attribution),
      flagged: false,
    }));

export interface PopupProps {
  state: { status: 'loading' } | { status: 'cleared' } | { status: 'error'; message: string } | { status: 'done'; result: AnnotationResult | null };
  onReveal(row: FindingRow): void;
  onClear(): void;
  /** Saving claims arrives with the store; until a handler is given, Save buttons are disabled. */
  onSave?: (row: FindingRow) => void;
  /** Opens the claim library in a tab. */
  onOpenLibrary?: () => void;
}

function Section({ title, testId, rows, onReveal, onSave }: { title: string; testId: string; rows: FindingRow[] } & Pick<PopupProps, 'onReveal' | 'onSave'>) {
  if (rows.length === 0) return null;
  return (
    <section data-testid={testId} aria-label={title}>
      <h2>{title} ({rows.length})</h2>
      <ul>
        {rows.map((row) => (
          <li key={row.findingId}>
            <button type="button" data-testid="finding" data-category={row.category} data-flagged={String(row.flagged)} onClick={() => onReveal(row)}>
              {row.flagged && <span class="flag">⚑ </span>}
              {row.title}
              <span class="meta">{row.detail}</span>
            </button>
            <button type="button" data-testid="save" disabled={!onSave} title={onSave ? 'Save as claim' : 'Saving claims comes with the claim store'} onClick={() => onSave?.(row)}>
              Save
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function Popup({ state, onReveal, onClear, onSave, onOpenLibrary }: PopupProps) {
  const result = state.status === 'done' ? state.result : null;
  const extraction = result?.extraction;
  const empty = !extraction || (extraction.figures.length === 0 && extraction.sources.length === 0 && !extraction.attributions.some((a) => a.direct));
  return (
    <main>
      <header>
        <h1>Sourcelight</h1>
        <span class="actions">
          {onOpenLibrary && (
            <button type="button" data-testid="open-library" onClick={onOpenLibrary}>
              Library
            </button>
          )}
          <button type="button" data-testid="clear" onClick={onClear} disabled={!result}>
            Clear highlights
          </button>
        </span>
      </header>
      {state.status === 'loading' && <p class="status" role="status">Reading the article…</p>}
      {state.status === 'cleared' && <p class="status" role="status">Highlights cleared. Open the popup again to re-annotate.</p>}
      {state.status === 'error' && <p class="status error" role="alert">{state.message}</p>}
      {state.status === 'done' && empty && (
        <p data-testid="empty-state">No article findings here: no named sources, casualty figures or quotes.</p>
      )}
      {result !== null && result !== undefined && result.savedNotFound > 0 && (
        <p class="status" role="note" data-testid="saved-not-found">
          {result.savedNotFound} saved claim{result.savedNotFound === 1 ? '' : 's'} from this page not found in its text any more.
        </p>
      )}
      {result?.truncatedAt != null && (
        <p class="status" role="note">This page is very long: only its first {result.truncatedAt.toLocaleString('en')} characters were read.</p>
      )}
      {extraction && !empty && (
        <>
          <Section title="Figures" testId="figures" rows={figureRows(extraction)} onReveal={onReveal} onSave={onSave} />
          <Section title="Sources" testId="sources" rows={sourceRows(extraction)} onReveal={onReveal} onSave={onSave} />
          <Section title="Quotes" testId="quotes" rows={quoteRows(extraction)} onReveal={onReveal} onSave={onSave} />
        </>
      )}
    </main>
  );
}
