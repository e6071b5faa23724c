// "The ombudsman's office had reported 548 missing persons": a count that is the object of a report verb is the
// reporter's, with no clause of reported speech for the attribution finder to hold it.
import type { Token } from '../document';
import { isCitable } from '../sources/citable';
import { joined, word } from '../tokens';
import type { FigureSourceRule } from './rule';

const REPORT_VERBS =
  /^(reported|reports|report|recorded|records|documented|documents|counted|counts|registered|registers|confirmed|confirms|listed|lists|tallied)$/;
/** Words between the reporter and its verb: "had reported", "has also recorded". */
const AUXILIARIES = new Set(['had', 'has', 'have', 'also', 'already', 'so', 'far']);
const MAX_NAME_WORDS = 8;

/** A word of a reporter's name: "the regional health office", "the Office of the Ombudsman". */
const isNameWord = (tokens: Token[], k: number): boolean =>
  ['Noun', 'Determiner', 'Adjective'].some((tag) => tokens[k]!.tags.has(tag)) ||
  (word(tokens[k]) === 'of' && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? ''));

/** The reporter's name written right before the verb at `verb`, back to the clause's start; null when none. */
function reporterBefore(tokens: Token[], verb: number, sentenceStart: number): { first: number; last: number } | null {
  let last = verb - 1;
  while (last >= sentenceStart && AUXILIARIES.has(word(tokens[last]))) last--;
  let first = last + 1;
  while (
    first - 1 >= sentenceStart &&
    last - first + 1 < MAX_NAME_WORDS &&
    (first - 1 === last || joined(tokens[first - 1]!)) &&
    isNameWord(tokens, first - 1)
  )
    first--;
  return first <= last ? { first, last } : null;
}

export const reportedCount: FigureSourceRule = {
  id: 'reported-count',
  why: 'A count right after "X reported", "X recorded", "X documented" is the reporter’s figure: X counted it.',
  examples: [
    {
      input: 'The regional health office had reported 312 missing persons by May.',
      figures: [{ value: 312, source: 'The regional health office' }],
    },
    { input: 'Over the weekend, 30 people were killed.', figures: [{ value: 30, source: null }] },
  ],
  source: ({ doc, match, sentence }) => {
    const { tokens } = doc;
    const start = Math.min(match.first, match.quantity.phraseStart);
    const s = doc.sentences[sentence]!;
    if (start - 1 < s.firstToken || !REPORT_VERBS.test(word(tokens[start - 1])) || !joined(tokens[start - 1]!))
      return undefined;
    const reporter = reporterBefore(tokens, start - 1, s.firstToken);
    if (!reporter) return undefined;
    const name = doc.text.slice(tokens[reporter.first]!.start, tokens[reporter.last]!.end);
    return isCitable(doc, name) ? name : undefined;
  },
};
