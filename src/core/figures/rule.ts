// The shapes of a figure rule, a veto and a figure-source rule: each is a named unit with an id (printed by
// `--explain`), a one-line why, and examples that rules.test.ts runs through the whole extractor.
import type { ArticleDocument, Token } from '../document';
import type { Quantity } from '../quantities';
import type { Attribution, CasualtyKind } from '../types';

/** A quantity tied to its casualty word: the token range [first, end) of the figure's text. */
export interface FigureMatch {
  quantity: Quantity;
  first: number;
  end: number;
  kind: CasualtyKind;
}

export type RuledMatch = FigureMatch & { rule: string };

export interface ShapeContext {
  doc: ArticleDocument;
  tokens: Token[];
  quantity: Quantity;
  sentenceStart: number;
  sentenceEnd: number;
  /** The figure found just before, if any (lists and parts refer back to it). */
  previous: RuledMatch | undefined;
}

/** What an example expects of each figure found in its text, in order; `[]` for none. */
export interface ExpectedFigure {
  /** A part of the figure's text. */
  text?: string;
  value?: number | null;
  kind?: CasualtyKind;
  source?: string | null;
}

export interface RuleExample {
  input: string;
  figures: ExpectedFigure[];
}

interface NamedRule {
  id: string;
  why: string;
  examples: readonly RuleExample[];
}

/** Ties a quantity to a casualty word in one of the shapes news writes. */
export interface FigureShape extends NamedRule {
  match(context: ShapeContext): FigureMatch | null;
}

/** Says a match is no figure at all (a negated count, a threat, a court's sentence). */
export interface FigureVeto extends NamedRule {
  rejects(context: ShapeContext, match: FigureMatch): boolean;
}

export interface SourceContext {
  doc: ArticleDocument;
  match: RuledMatch;
  /** Offsets of the figure's text. */
  start: number;
  end: number;
  sentence: number;
  attributions: Attribution[];
  /** The figures found before this one, with the sources given to them. */
  earlier: ReadonlyArray<{ match: RuledMatch; source: string | null }>;
}

/**
 * Who stands behind a figure. `undefined`: the rule has nothing to say; a name or `null` (nobody) ends the search.
 */
export interface FigureSourceRule extends NamedRule {
  source(context: SourceContext): string | null | undefined;
}
