// Hedge cues: the words that mark a figure as uncertain (GUIDELINES.md "hedged"). Two scopes: modal
// verbs hedge only the clause they sit in (the figure's own words), the other cues hedge the sentence.
import type { Token } from './document';
import { word as lower } from './tokens';

/** Cues that hedge a whole sentence, as lower-case token sequences, longest first. */
const SENTENCE_CUES: readonly string[][] = [
  ['could', 'not', 'be', 'independently', 'verified'],
  ['could', 'not', 'be', 'verified'],
  ['some', 'reports', 'suggest'],
  ['believed', 'to'],
  ['i', 'think'],
  ['reportedly'],
  ['allegedly'],
  ['alleged'],
  ['possibly'],
  ['unconfirmed'],
  ['estimated'],
  ['estimates'],
  ['estimate'],
  ['projection'],
  ['projected'],
  ['feared'],
  ['unverified'],
];
/** Modal cues: "may have been killed", "could die". They hedge only the figure's own clause. */
const MODALS = new Set(['may', 'might', 'could']);
/**
 * Upper-bound qualifiers hedge their own number only: "as many as 30 missing" says nothing of "dozens injured" beside
 * it.
 */
const CLAUSE_CUES: readonly string[][] = [
  ['as', 'many', 'as'],
  ['up', 'to'],
];

function matchAt(tokens: Token[], i: number, end: number, cue: readonly string[]): boolean {
  return i + cue.length <= end && cue.every((w, k) => lower(tokens[i + k]!) === w);
}

/**
 * The hedge cue that governs a figure, as written, or null. [sentenceStart, sentenceEnd) is the figure's
 * sentence, [clauseStart, clauseEnd) the figure's own words.
 */
export function findHedge(
  tokens: Token[],
  sentenceStart: number,
  sentenceEnd: number,
  clauseStart: number,
  clauseEnd: number,
): string | null {
  for (let i = clauseStart; i < clauseEnd; i++) {
    if (MODALS.has(lower(tokens[i]!)) && lower(tokens[i + 1]) !== 'not') return tokens[i]!.text;
    const cue = CLAUSE_CUES.find((c) => matchAt(tokens, i, clauseEnd, c));
    if (cue)
      return tokens
        .slice(i, i + cue.length)
        .map((t) => t.text)
        .join(' ');
  }
  return sentenceHedge(tokens, sentenceStart, sentenceEnd);
}

const sentenceHedges = new WeakMap<Token[], Map<string, string | null>>();

/** The first sentence-wide cue, read once per sentence: every figure of a sentence asks (issue 12: linear time). */
function sentenceHedge(tokens: Token[], sentenceStart: number, sentenceEnd: number): string | null {
  let known = sentenceHedges.get(tokens);
  if (!known) sentenceHedges.set(tokens, (known = new Map()));
  const key = `${sentenceStart}:${sentenceEnd}`;
  if (known.has(key)) return known.get(key)!;
  let found: string | null = null;
  for (let i = sentenceStart; i < sentenceEnd && found === null; i++) {
    const cue = SENTENCE_CUES.find((c) => matchAt(tokens, i, sentenceEnd, c));
    if (cue)
      found = tokens
        .slice(i, i + cue.length)
        .map((t) => t.text)
        .join(' ');
  }
  known.set(key, found);
  return found;
}
