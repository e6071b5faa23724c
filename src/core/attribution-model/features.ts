// What the attribution tagger sees of each token: strings naming the word, its neighbours, compromise's tags,
// the quotation state and the distance to the nearest quote mark, the distance to the nearest cue word and verb of
// the sentence and how many cues came before, the distance to the ends of its clause, punctuation. The same
// function feeds training (test/tools/train-attributions.ts) and inference (tagger.ts), so the two cannot drift.
import type { ArticleDocument, Token } from '../document';
import { CUE_WORDS } from '../lexicon/cues';

/** The compromise tags the model reads: parts of speech and the named-entity kinds that tell speakers apart. */
const TAGS = [
  'Noun',
  'Verb',
  'PastTense',
  'PresentTense',
  'Gerund',
  'Infinitive',
  'Participle',
  'Adjective',
  'Adverb',
  'Pronoun',
  'Person',
  'ProperNoun',
  'Organization',
  'Place',
  'Determiner',
  'Preposition',
  'Conjunction',
  'Value',
  'Date',
  'Modal',
  'Auxiliary',
  'Copula',
  'Plural',
  'Honorific',
  'QuestionWord',
  'Possessive',
  'Negative',
  'Actor',
] as const;

const QUOTE = /["“”„«»]|''/;
/** Punctuation that closes a clause inside a sentence: commas, semicolons, colons, dashes. */
const CLAUSE_MARK = /[,;:—–]|--/;

/** The first of TAGS a token carries, the coarse part of speech used in neighbour features. */
export const coarse = (token: Token | undefined): string => {
  if (!token) return '-';
  for (const tag of TAGS) if (token.tags.has(tag)) return tag;
  return '?';
};

/** The first shape whose test the text passes: capitals, capitalized, digits, lower case, else punctuation. */
const SHAPES: ReadonlyArray<readonly [string, (text: string) => boolean]> = [
  ['AA', (text) => /^\p{Lu}+$/u.test(text) && text.length > 1],
  ['Aa', (text) => /^\p{Lu}/u.test(text)],
  ['9', (text) => /^\p{N}/u.test(text)],
  ['a', (text) => /^\p{L}/u.test(text)],
];
const shape = (text: string): string => SHAPES.find(([, test]) => test(text))?.[0] ?? '.';

/** A signed token distance, bucketed so far things share weights: "cue-3", "cue+9+". */
export function bucket(distance: number): string {
  const magnitude = Math.abs(distance);
  const sign = distance < 0 ? '-' : '+';
  if (magnitude <= 3) return `${sign}${magnitude}`;
  return magnitude <= 8 ? `${sign}4-8` : `${sign}9+`;
}

const isCueWord = (token: Token): boolean => CUE_WORDS.has(token.normal);
const isVerb = (token: Token): boolean =>
  token.tags.has('Verb') && !token.tags.has('Auxiliary') && !token.tags.has('Copula');

/**
 * The features of every token in the document, label history excluded (the tagger adds those as it decodes).
 * Features name themselves ("w=said", "p1=Verb"), the model's weights are keyed by these strings.
 */
export function tokenFeatures(doc: ArticleDocument): string[][] {
  const { tokens, sentences } = doc;
  const inQuote = insideQuotation(doc);
  const out: string[][] = new Array(tokens.length);
  for (const sentence of sentences) {
    const cues: number[] = [];
    const verbs: number[] = [];
    for (let i = sentence.firstToken; i < sentence.endToken; i++) {
      if (isCueWord(tokens[i]!) && !inQuote[i]) cues.push(i);
      if (isVerb(tokens[i]!) && !inQuote[i]) verbs.push(i);
    }
    let quotesBefore = 0;
    let cuesBefore = 0;
    const nearestCue = nearestFinder(cues);
    const nearestVerb = nearestFinder(verbs);
    const quoteMarks: number[] = [];
    for (let i = sentence.firstToken; i < sentence.endToken; i++)
      if (QUOTE.test(tokens[i]!.before) || QUOTE.test(tokens[i]!.after)) quoteMarks.push(i);
    const nearestQuote = nearestFinder(quoteMarks);
    // where the clause a token sits in ends and began: the next and the last clause punctuation of the sentence
    const clauseEnd: number[] = new Array(sentence.endToken - sentence.firstToken);
    for (let i = sentence.endToken - 1, end = sentence.endToken; i >= sentence.firstToken; i--) {
      if (CLAUSE_MARK.test(tokens[i]!.after)) end = i + 1;
      clauseEnd[i - sentence.firstToken] = end;
    }
    let clauseStart = sentence.firstToken;
    for (let i = sentence.firstToken; i < sentence.endToken; i++) {
      const token = tokens[i]!;
      const previous = i > sentence.firstToken ? tokens[i - 1] : undefined;
      const next = i + 1 < sentence.endToken ? tokens[i + 1] : undefined;
      const w = token.normal;
      const f: string[] = [
        'b',
        `w=${w}`,
        `s3=${w.slice(-3)}`,
        `sh=${shape(token.text)}`,
        `p=${coarse(token)}`,
        `w-1=${previous?.normal ?? '<s>'}`,
        `w+1=${next?.normal ?? '</s>'}`,
        `p-1=${coarse(previous)}`,
        `p+1=${coarse(next)}`,
        `p-1p=${coarse(previous)}|${coarse(token)}`,
        `pp+1=${coarse(token)}|${coarse(next)}`,
        `w-2=${i - 2 >= sentence.firstToken ? tokens[i - 2]!.normal : '<s>'}`,
        `w+2=${i + 2 < sentence.endToken ? tokens[i + 2]!.normal : '</s>'}`,
      ];
      for (const tag of TAGS) if (token.tags.has(tag)) f.push(`t=${tag}`);
      if (isCueWord(token)) f.push('cue', `cue|p=${coarse(token)}`);
      if (previous && isCueWord(previous)) f.push('cue-1');
      if (next && isCueWord(next)) f.push('cue+1');
      if (inQuote[i]) f.push('inq');
      if (QUOTE.test(token.before)) f.push('q<');
      if (QUOTE.test(token.after)) f.push('q>');
      if (token.after) f.push(`a=${token.after.replace(/["“”„«»]|''/g, 'Q').slice(0, 3)}`);
      if (token.before) f.push(`bf=${token.before.replace(/["“”„«»]|''/g, 'Q').slice(-3)}`);
      if (previous?.after) f.push(`a-1=${previous.after.replace(/["“”„«»]|''/g, 'Q').slice(0, 3)}`);
      if (i === sentence.firstToken) f.push('first');
      if (i === sentence.endToken - 1) f.push('last');
      const cue = nearestCue(i);
      f.push(cue === null ? 'nocue' : `dcue=${bucket(i - cue)}`);
      if (cue !== null)
        f.push(`dcue=${bucket(i - cue)}|p=${coarse(token)}`, `dcue=${bucket(i - cue)}|inq=${inQuote[i] ? 1 : 0}`);
      const verb = nearestVerb(i);
      f.push(verb === null ? 'noverb' : `dverb=${bucket(i - verb)}`);
      f.push(`qb=${Math.min(quotesBefore, 2)}`);
      const quote = nearestQuote(i);
      f.push(quote === null ? 'noq' : `dq=${bucket(i - quote)}`);
      f.push(`dend=${bucket(clauseEnd[i - sentence.firstToken]! - i)}`, `dstart=${bucket(i - clauseStart)}`);
      f.push(`cb=${Math.min(cuesBefore, 2)}`);
      if (QUOTE.test(token.before)) quotesBefore++;
      if (QUOTE.test(token.after)) quotesBefore++;
      if (isCueWord(token) && !inQuote[i]) cuesBefore++;
      if (CLAUSE_MARK.test(token.after)) clauseStart = i + 1;
      out[i] = f;
    }
  }
  return out;
}

/** Whether each token lies inside the words of a quotation (quotations are sorted and disjoint). */
function insideQuotation(doc: ArticleDocument): boolean[] {
  const inside: boolean[] = new Array(doc.tokens.length).fill(false);
  let q = 0;
  doc.tokens.forEach((token, i) => {
    while (q < doc.quotations.length && doc.quotations[q]!.innerEnd <= token.start) q++;
    const quotation = doc.quotations[q];
    inside[i] = !!quotation && quotation.innerStart <= token.start && token.start < quotation.innerEnd;
  });
  return inside;
}

/**
 * For growing `i`, the member of `sorted` nearest to it (the left one on a tie), or null: one pass, not a scan per
 * token.
 */
function nearestFinder(sorted: readonly number[]): (i: number) => number | null {
  let k = 0;
  return (i) => {
    if (sorted.length === 0) return null;
    while (k + 1 < sorted.length && sorted[k + 1]! <= i) k++;
    const left = sorted[k]!;
    const right = sorted[k + 1];
    if (left > i) return left;
    return right !== undefined && right - i < i - left ? right : left;
  };
}
