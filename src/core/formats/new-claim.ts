// Turning what the user chose to save (a figure of the page, or any selected span) into a saved claim:
// the span's sentence as the claim text, its selectors, and the figure and source the core found in it.
import { createSelectors } from '../selectors';
import type { Extraction, Figure } from '../types';
import { claimSource, type SavedClaim } from './claim';

export interface NewClaimInput {
  id: string;
  now: string;
  url: string;
  /** The page's own date, when it gave one. */
  published?: string | null;
  extraction: Extraction;
  /** The span to save, in extraction.text offsets. */
  start: number;
  end: number;
  /** The figure the claim is about, when the caller knows it (a toll); else the one the span holds. */
  figureIndex?: number | null;
  /** A quote's speaker: the claim's source, whatever figure the quote holds. */
  speaker?: string | null;
}

/** The figure inside the span, or the one the span sits in. */
function figureAt(extraction: Extraction, start: number, end: number): Figure | undefined {
  return extraction.figures.find((figure) => figure.start < end && start < figure.end);
}

export function newClaim({
  id,
  now,
  url,
  published,
  extraction,
  start,
  end,
  figureIndex,
  speaker,
}: NewClaimInput): SavedClaim {
  const figure =
    (figureIndex === undefined || figureIndex === null ? undefined : extraction.figures[figureIndex]) ??
    figureAt(extraction, start, end);
  const sourceName = speaker === undefined ? (figure?.source ?? null) : speaker;
  const named =
    sourceName === null
      ? undefined
      : extraction.sources.find((source) => source.name === sourceName || source.aliases.includes(sourceName));
  return {
    id,
    text: extraction.text.slice(start, end).trim(),
    page: { url, title: extraction.title, ...(published ? { published } : {}) },
    selectors: createSelectors(extraction.text, start, end),
    figure: figure
      ? {
          value: figure.value,
          qualifier: figure.qualifier,
          kind: figure.kind,
          hedged: figure.hedged,
          hedgeCue: figure.hedgeCue,
        }
      : null,
    source: claimSource(sourceName, named),
    note: '',
    verdict: 'unverified',
    tags: [],
    createdAt: now,
    updatedAt: now,
  };
}
