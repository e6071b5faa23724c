// Whether a figure is background to the sentence it sits in: the rules that give a figure its speaker skip it.
import type { ArticleDocument, Token } from '../document';
import { isCitable } from '../sources/citable';
import { joined, word } from '../tokens';

/**
 * Clause openers that put an event in the background: "after militants killed 130 people", "the crash that left 3
 * dead".
 */
const BACKGROUND_MARKERS = new Set(['after', 'since', 'following', 'when']);
const REACH = 4;
/** First words of a qualified count ("that at least 18 died"): a subject follows "that". */
const QUALIFIER_OPENERS = new Set([
  'at',
  'more',
  'over',
  'about',
  'nearly',
  'almost',
  'up',
  'as',
  'around',
  'some',
  'fewer',
  'less',
  'roughly',
  'between',
  'approximately',
  'close',
]);

/**
 * A figure in a temporal or relative clause recalls an event as background: the speaker's statement is about something
 * else, so the figure stays the newspaper's own ("X said the curfew, imposed after gunmen killed 30 people, would
 * end").
 */
export function isBackground(tokens: Token[], first: number, contentStart: number): boolean {
  for (let i = first - 1; i >= Math.max(0, first - REACH) && tokens[i]!.start >= contentStart; i--) {
    const t = tokens[i]!;
    if (!joined(t) && i !== first - 1) return false;
    const w = word(t);
    if (BACKGROUND_MARKERS.has(w)) return true;
    // a relative "that" goes straight on with its verb ("the crash that left"); a subject after it
    // ("estimates that 2 million", "said that the army") makes it reported content
    const next = tokens[i + 1];
    const subjectFollows =
      !next ||
      QUALIFIER_OPENERS.has(word(next)) ||
      ['Value', 'Determiner', 'Noun', 'Pronoun'].some((tag) => next.tags.has(tag));
    if (w === 'that' && !subjectFollows && tokens[i - 1]?.tags.has('Noun') && !tokens[i - 1]?.tags.has('Date'))
      return true;
  }
  return false;
}

/**
 * The speaker's name when it can stand behind a figure: a possessive ("The state's") modifies a noun the speaker's
 * finder lost, "its researchers" are someone named before (report-scope finds whom), and a place, a date or a word
 * opening a sentence ("LAHORE", "Read") names nobody.
 */
export const speakerName = (doc: ArticleDocument, source: string | null): string | null =>
  source && !/['’]s$/.test(source) && !/^(its|their)\s/i.test(source) && isCitable(doc, source) ? source : null;
