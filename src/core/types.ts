// The findings the core produces: the shape every layer (CLI, background, popup, store, export) shares.
// Field meanings follow ../shared/eval/CONTRACT.md and ../shared/corpus/GUIDELINES.md.

/** A half-open range [start, end) of UTF-16 code units in the text the findings index into. */
export type Span = readonly [start: number, end: number];

export type SourceKind = 'person' | 'organization' | 'outlet' | 'document' | 'anonymous';

export interface NamedSource {
  /** Canonical name: the fullest form seen in the article. */
  name: string;
  kind: SourceKind;
  /** A role the article gives, e.g. "spokesman for US Central Command"; null when none. */
  role: string | null;
  /** Other forms seen (titles, surname only, acronyms), the canonical one excluded. */
  aliases: string[];
  /** Every mention, pronouns resolved to this source included, in text order. */
  mentions: Span[];
  /**
   * The id of the rule that found the source's first cite ("attribution-speaker", "according-to", ...): --explain
   * prints it.
   */
  rule: string;
}

export type Qualifier = 'exact' | 'at_least' | 'more_than' | 'about' | 'up_to' | 'fewer_than' | 'vague';

export type CasualtyKind = 'killed' | 'injured' | 'missing' | 'abducted';

export interface Figure {
  start: number;
  end: number;
  /** text.slice(start, end) */
  text: string;
  /** The number as written; null for vague quantities (dozens, hundreds...). */
  value: number | null;
  qualifier: Qualifier;
  kind: CasualtyKind;
  /** Who the article attributes the figure to, as the text names them; null when nobody. */
  source: string | null;
  hedged: boolean;
  /** The word or phrase that hedges it ("reportedly", "as many as"); null when not hedged. */
  hedgeCue: string | null;
  /** The id of the rule that found the figure ("victims-as-subject", "toll-value", ...): --explain prints it. */
  rule: string;
  /** The id of the rule that gave the figure its source, or said nobody stands behind it; null when no rule spoke. */
  sourceRule?: string | null;
}

export interface Attribution {
  /** The resolved speaker (a pronoun's antecedent, not "he"); null when none could be found. */
  source: string | null;
  /** The mention in this attribution (may be the pronoun); null with source. */
  sourceStart: number | null;
  sourceEnd: number | null;
  cue: string;
  cueStart: number;
  cueEnd: number;
  content: string;
  contentStart: number;
  contentEnd: number;
  /** True for a verbatim quotation. */
  direct: boolean;
  /** The id of the pass or model that produced it ("reporting-verb", "tagged-quotation", ...): --explain prints it. */
  rule: string;
}

export interface Extraction {
  title: string | null;
  /** The plain text every offset indexes into. */
  text: string;
  sources: NamedSource[];
  figures: Figure[];
  attributions: Attribution[];
}

/** A figure that nobody stands behind or that comes hedged: what a fact-checker is warned about. */
export const isFlagged = (figure: Pick<Figure, 'source' | 'hedged'>): boolean =>
  figure.source === null || figure.hedged;
