// A source rule: a named place where an article cites a source, with an id (printed by `--explain`), a one-line why and
// examples that rules.test.ts runs through the whole extractor.
import type { ArticleDocument } from '../document';
import type { Attribution, Figure, SourceKind, Span } from '../types';

export interface Cite {
  name: string;
  span: Span | null;
  rule: string;
  /** The sentence's structure makes the name a speaker ("quoted a deckhand as saying"), whatever its head noun. */
  speaks?: boolean;
  /** What the place of the cite says the source is ("told Kelburn Radio": an outlet), where its name does not. */
  kind?: SourceKind;
}

export interface SourceExample {
  input: string;
  /** Names the extractor must list as sources (each found by this rule), and names it must not list. */
  sources: string[];
  notSources?: string[];
}

export interface SourceRule {
  id: string;
  why: string;
  examples: readonly SourceExample[];
  cites(doc: ArticleDocument, attributions: readonly Attribution[], figures: readonly Figure[]): Cite[];
}
