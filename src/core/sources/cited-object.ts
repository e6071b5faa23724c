// "HRW quoted a migrant as saying", "citing witnesses": whom a source cites or quotes is a source too.
import type { ArticleDocument } from '../document';
import { word } from '../tokens';
import { nameFrom } from './according-to';
import type { Cite, SourceRule } from './rule';

const CITING = new Set(['quoted', 'quoting', 'cited', 'citing']);
const SAYING = new Set(['saying', 'telling', 'stating', 'writing']);
const MAX_QUOTED_WORDS = 8;

/** "quoted UN spokesperson Liz Throssell as saying": the words up to "as saying", when no punctuation cuts them. */
function quotedAsSaying(doc: ArticleDocument, from: number, sentenceEnd: number): number | null {
  const { tokens } = doc;
  for (let k = from; k < Math.min(sentenceEnd - 1, from + MAX_QUOTED_WORDS); k++) {
    if (word(tokens[k]) === 'as' && SAYING.has(word(tokens[k + 1])) && k > from) return k;
    if (!/^["“”'’]*$/.test(tokens[k]!.after)) return null;
  }
  return null;
}

export const citedObject: SourceRule = {
  id: 'cited-object',
  why: 'Someone a report quotes or cites ("quoted a guard as saying", "citing witnesses") stands behind what they said.',
  examples: [
    { input: 'The agency quoted a deckhand as saying the deck was flooded.', sources: ['deckhand'] },
    { input: 'Citing local residents, the paper said the road was closed.', sources: ['local residents'] },
    { input: 'The mayor cited security concerns.', sources: [], notSources: ['security concerns'] },
  ],
  cites: (doc) => {
    const cites: Cite[] = [];
    const { tokens } = doc;
    for (const sentence of doc.sentences) {
      for (let i = sentence.firstToken; i + 1 < sentence.endToken; i++) {
        if (!CITING.has(word(tokens[i]))) continue;
        const as = quotedAsSaying(doc, i + 1, sentence.endToken);
        const article = ['the', 'a', 'an'].includes(word(tokens[i + 1])) ? 1 : 0;
        const cited = as === null ? nameFrom(doc, i + 1, sentence.endToken) : { first: i + 1 + article, end: as };
        if (!cited || cited.end <= cited.first) continue;
        const span = [tokens[cited.first]!.start, tokens[cited.end - 1]!.end] as const;
        cites.push({ name: doc.text.slice(span[0], span[1]), span, rule: 'cited-object', speaks: as !== null });
      }
    }
    return cites;
  },
};
