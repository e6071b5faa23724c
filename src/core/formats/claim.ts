// A saved claim: what the library keeps of one finding the user chose to remember. Every export format
// maps from this shape and every import maps to it.
import type { ClaimSelectors } from '../selectors';
import type { CasualtyKind, NamedSource, Qualifier, SourceKind } from '../types';

export const VERDICTS = ['unverified', 'supported', 'disputed', 'false'] as const;
export type Verdict = (typeof VERDICTS)[number];

export interface ClaimFigure {
  value: number | null;
  qualifier: Qualifier;
  kind: CasualtyKind;
  hedged: boolean;
  hedgeCue: string | null;
}

export interface ClaimSource {
  name: string;
  kind: SourceKind;
  aliases: string[];
}

/**
 * A claim's source from the name a finding gives: the extraction's source of that name when it has one, else a
 * person of that name (a speaker the sources list left out).
 */
export function claimSource(name: string | null, named: NamedSource | undefined): ClaimSource | null {
  if (named) return { name: named.name, kind: named.kind, aliases: [...named.aliases] };
  return name === null ? null : { name, kind: 'person', aliases: [] };
}

export interface SavedClaim {
  /** Stable across export and import, so re-importing a file replaces instead of duplicating. */
  id: string;
  /** The claim as the page words it (the selection or the sentence of the finding). */
  text: string;
  /**
   * The page the claim was saved from. `published` is the page's own date (its metadata or byline, ISO 8601:
   * a day or an instant) when it gave one; absent otherwise, and in claims saved before it was read.
   */
  page: { url: string; title: string | null; published?: string };
  selectors: ClaimSelectors;
  figure: ClaimFigure | null;
  source: ClaimSource | null;
  note: string;
  verdict: Verdict;
  tags: string[];
  /** ISO 8601 instants. */
  createdAt: string;
  updatedAt: string;
}
