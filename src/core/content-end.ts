// Where the narration takes over again inside a sentence, after what a cue reports: "X criticized the plan during a
// rally", "X said the tax was fair, but critics disagree", "X praised the deal, calling it fair". The hand rules
// read a content after its cue to the sentence's end; this cuts it where a reader (and PolNeAR's annotators) would:
// at a contrasting clause, at ", and" opening a clause with a subject of its own, at a participle set off by a
// comma, and, for a content with no verb of its own (an attitude's object), at the circumstance of saying or a
// relative clause set off by a comma ("praised the levy, which pays for ..."). Dashes, and ", which" inside a
// clause, were tried and cut as often inside a content as after it (PolNeAR dev content_F1 0.639 without them,
// 0.636 with).
import type { ArticleDocument, Token } from './document';
import { SPEECH_EVENT_NOUNS } from './lexicon/speech-events';

/** Conjunctions that open a clause set against the one before: what comes after is no longer what was said. */
export const CONTRASTS: ReadonlySet<string> = new Set(['but', 'although', 'though', 'whereas', 'while', 'even', 'yet']);
const CIRCUMSTANCES = new Set(['during', 'when', 'while', 'after', 'before', 'since', 'because', 'until', 'amid']);
/** Participles that list members of the content, not narration: "the ads, including this one". */
export const LISTING_PARTICIPLES: ReadonlySet<string> = new Set([
  'including',
  'excluding',
  'regarding',
  'concerning',
  'involving',
  'following',
]);
/** Words allowed between a preposition and the occasion it names: "in a brief statement", "at last week's forum". */
const MAX_OCCASION_WORDS = 5;

/** A verb with a tense (or a modal or form of "be"/"have"): what makes a content a clause, not a noun phrase. */
export const isFiniteVerb = (token: Token, previous: Token | undefined): boolean =>
  token.tags.has('Modal') ||
  token.tags.has('Copula') ||
  token.tags.has('Auxiliary') ||
  (token.tags.has('Verb') &&
    (token.tags.has('PastTense') || token.tags.has('PresentTense')) &&
    !token.tags.has('Infinitive') &&
    !token.tags.has('Gerund') &&
    previous?.normal !== 'to');

/** A dash between words: an em or en dash, a double hyphen, or a hyphen set off by spaces. */
const DASH = /—|–|--|\s-\s/;
const DASHES = new RegExp(DASH.source, 'g');

/**
 * The index of the first token after `contentFirst` (and before `end`) where narration resumes, or `end`. Tokens
 * inside quotation marks never end a content: `quoted(i)` tells them.
 */
export function narrationResumes(
  doc: ArticleDocument,
  contentFirst: number,
  end: number,
  quoted: (i: number) => boolean,
): number {
  const { tokens, text } = doc;
  let clause = isFiniteVerb(tokens[contentFirst]!, tokens[contentFirst - 1]);
  let aside = false;
  const onlyDash = text.slice(tokens[contentFirst]!.start, tokens[end - 1]!.end).match(DASHES)?.length === 1;
  for (let i = contentFirst + 1; i < end; i++) {
    const token = tokens[i]!;
    const previous = tokens[i - 1]!;
    const gap = text.slice(previous.end, token.start);
    const comma = gap.includes(',');
    // 'called it a "terrible situation," but stopped short of ...': a contrast past a closing quote mark too
    // "they had doubts about him, but could not bear to ...": a "but" with no subject of its own goes on with the
    // clause's subject, inside what was said
    const sameSubject = clause && token.normal === 'but' && predicateWithoutSubject(tokens, i, end);
    if (comma && CONTRASTS.has(token.normal) && !quoted(i) && !sameSubject) return i;
    // "..., and human rights groups warned that ..." (or "— and"): a clause with a subject of its own is the
    // narration's again ("..., and that ..." goes on with what was said)
    const clauseAfterAnd =
      /[,—–]|--/.test(gap) &&
      token.normal === 'and' &&
      i + 1 < end &&
      !quoted(i + 1) &&
      tokens[i + 1]!.normal !== 'that';
    if (clauseAfterAnd && subjectAndVerbFollow(tokens, i + 1, end)) return i;
    // 'called Estonia "the suburbs of St. Petersburg" — a metaphor for ...': after an object that is no clause, a
    // lone dash opens the writer's aside on it (a pair of dashes sets off an aside inside the content)
    if (!clause && onlyDash && DASH.test(gap) && !quoted(i)) return i;
    if (quoted(i) || quoted(i - 1)) {
      clause ||= isFiniteVerb(token, previous);
      continue;
    }
    // "reports of 43 people, including many nationals, dying in the fire": after an aside the participle goes on
    // with the content
    const participle = comma && token.tags.has('Gerund') && !token.tags.has('Noun');
    if (participle && !LISTING_PARTICIPLES.has(token.normal) && !aside) return i;
    if (!clause && comma && /^(which|who)$/.test(token.normal) && !predicateFollows(doc, i, end)) return i;
    aside ||= comma;
    if (!clause && circumstance(tokens, i, end)) return i;
    clause ||= isFiniteVerb(token, previous);
  }
  return end;
}

/**
 * Whether the relative clause opening at `relative` is set inside a subject: its closing comma is followed by the
 * subject's verb ("said the levy, which pays for buses, was fair").
 */
function predicateFollows(doc: ArticleDocument, relative: number, end: number): boolean {
  const { tokens, text } = doc;
  for (let i = relative + 1; i < end; i++) {
    if (!text.slice(tokens[i - 1]!.end, tokens[i]!.start).includes(',')) continue;
    // "accused Roe, who was born in Kessel, of lying": the cue's own preposition goes on after the clause
    // ("as soon as Monday" is when)
    const after = tokens[i + 1];
    const argument =
      tokens[i]!.normal === 'of' ||
      (tokens[i]!.normal === 'as' && !!after && !['Adverb', 'Adjective', 'Conjunction'].some((t) => after.tags.has(t)));
    return isFiniteVerb(tokens[i]!, tokens[i - 1]) || argument;
  }
  return false;
}

/**
 * When or where a noun-phrase content was said: "during the debate", "in a statement", "on Friday", or a second
 * predicate of the speaker ("... but has been met with opposition").
 */
function circumstance(tokens: Token[], i: number, end: number): boolean {
  const token = tokens[i]!;
  const next = tokens[i + 1];
  if (CIRCUMSTANCES.has(token.normal)) return true;
  if (/^(and|but)$/.test(token.normal)) return predicateWithoutSubject(tokens, i, end);
  if (!/^(on|in|at|since)$/.test(token.normal) || !next) return false;
  if (next.tags.has('Date') && !next.tags.has('Value')) return true;
  for (let k = i + 1; k < Math.min(end, i + 1 + MAX_OCCASION_WORDS); k++) {
    if (SPEECH_EVENT_NOUNS.has(tokens[k]!.normal)) return true;
    if (tokens[k]!.tags.has('Verb') && !tokens[k]!.tags.has('Noun')) return false;
  }
  return false;
}

/**
 * Whether the conjunction at `i` joins a predicate with no subject of its own: "... but also had to", "... and then
 * left"; not "but engineers found", where compromise took the plural subject for a verb.
 */
function predicateWithoutSubject(tokens: Token[], i: number, end: number): boolean {
  const next = tokens[i + 1];
  const at = next?.tags.has('Adverb') && !next.tags.has('Noun') ? i + 2 : i + 1;
  const verb = at < end ? tokens[at] : undefined;
  if (!verb || !isFiniteVerb(verb, tokens[at - 1]) || verb.tags.has('Noun')) return false;
  const helper = verb.tags.has('Modal') || verb.tags.has('Auxiliary') || verb.tags.has('Copula');
  const following = at + 1 < end ? tokens[at + 1] : undefined;
  return helper || !following || !isFiniteVerb(following, verb);
}

/** Whether a noun phrase and a verb with a tense open the words from `first`: "human rights groups warned". */
function subjectAndVerbFollow(tokens: Token[], first: number, end: number): boolean {
  let i = first;
  while (
    i < end &&
    i - first < 6 &&
    ['Determiner', 'Adjective', 'Noun', 'ProperNoun', 'Possessive', 'Value'].some((tag) => tokens[i]!.tags.has(tag)) &&
    !(tokens[i]!.tags.has('Verb') && !tokens[i]!.tags.has('Noun'))
  )
    i++;
  return i > first && i < end && isFiniteVerb(tokens[i]!, tokens[i - 1]) && !tokens[i]!.tags.has('Noun');
}
