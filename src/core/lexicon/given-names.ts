// Given names, as data: compromise's own name lists (its lexicon tags "jane" FemaleName, "ron" MaleName). Read from the
// lexicon, not from a token's tags: in "Jane Hill said" compromise tags both words a place, and the list still knows
// the name.
import nlp from 'compromise';

const NAME_TAGS = new Set(['MaleName', 'FemaleName', 'FirstName']);
type Lexicon = Record<string, string | string[] | undefined>;
// compromise types its world as a bare object; the lexicon is a documented part of its model
const lexicon = (nlp.world() as { model: { one: { lexicon: Lexicon } } }).model.one.lexicon;

export function isGivenName(word: string): boolean {
  const tags = lexicon[word.toLowerCase()];
  return Array.isArray(tags) ? tags.some((t) => NAME_TAGS.has(t)) : tags !== undefined && NAME_TAGS.has(tags);
}
