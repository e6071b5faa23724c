// One parse of the article: tokens with exact offsets and compromise's tags, sentences, paragraphs and
// quotations. Every later stage reads this instead of parsing again (the speed budget is one parse).
import nlp from 'compromise';
import { headlineQuotations, sentenceCased, titleCaseLines } from './headline-case';

export interface Token {
  /** The token as written (no surrounding whitespace or punctuation compromise keeps in pre/post). */
  text: string;
  /** Lower-cased, normalized form from compromise (curly apostrophes folded, punctuation stripped). */
  normal: string;
  start: number;
  end: number;
  tags: ReadonlySet<string>;
  /** Punctuation written right after the token (compromise's `post`, whitespace trimmed). */
  after: string;
  /** Punctuation written right before the token (compromise's `pre`, whitespace trimmed). */
  before: string;
  sentence: number;
}

export interface Sentence {
  start: number;
  end: number;
  /** Index of the first token and one past the last, into ArticleDocument.tokens. */
  firstToken: number;
  endToken: number;
  paragraph: number;
}

export interface Paragraph {
  start: number;
  end: number;
}

export interface Quotation {
  /** From the opening mark to the closing one, marks included. */
  start: number;
  end: number;
  /** The words inside the marks. */
  innerStart: number;
  innerEnd: number;
}

export interface ArticleDocument {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  paragraphs: Paragraph[];
  quotations: Quotation[];
}

/**
 * Invisible characters that only separate words or set a direction (the byte-order mark a Notepad file starts
 * with, a zero-width space, direction marks and isolates): compromise would glue them to the next word, and
 * "\ufeffAt least 12" lost its qualifier. Read as spaces; the line and paragraph separators as line breaks.
 */
const INVISIBLE_SEPARATORS = /[\uFEFF\u200B\u2060\u180E\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
/** Other format characters (a zero-width joiner, a soft hyphen) belong inside a word; at its edge they join nothing. */
const FORMAT_AT_WORD_EDGE =
  /(?<![\p{L}\p{M}\p{N}\p{Extended_Pictographic}\p{Cf}])\p{Cf}+|\p{Cf}+(?![\p{L}\p{M}\p{N}\p{Extended_Pictographic}\p{Cf}])/gu;
const LINE_SEPARATORS = /[\u2028\u2029\u0085]/g;

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** The text as the parse reads it: one code unit for one, so every offset into it is an offset into `text`. */
export const readableText = (text: string): string =>
  text
    .replace(INVISIBLE_SEPARATORS, ' ')
    .replace(FORMAT_AT_WORD_EDGE, (format) => ' '.repeat(format.length))
    .replace(LINE_SEPARATORS, '\n');

/**
 * The longest paragraph compromise reads in one go. Its chunker's work grows with the square of a sentence's
 * length (one 120,000-character run-on sentence: 12 s of 13 in its matcher), so a paragraph longer than this is
 * read in pieces cut at a sentence end or a space: the per-sentence work budget that keeps a pathological
 * sentence from stalling the page (issue 12). Real paragraphs are far shorter; they are parsed as before.
 */
export const MAX_PARSE_PIECE = 4_000;

/**
 * Where a piece of at most MAX_PARSE_PIECE characters from `start` ends: after a sentence end if any, else at a space.
 */
function pieceEnd(text: string, start: number, end: number): number {
  if (end - start <= MAX_PARSE_PIECE) return end;
  // the last sentence end, else the last space, in the second half of the piece (a backward scan: no regex rescans)
  const earliest = start + (MAX_PARSE_PIECE >> 1);
  let space = -1;
  for (let i = start + MAX_PARSE_PIECE - 1; i > earliest; i--) {
    if (!/\s/.test(text[i]!)) continue;
    if (/[.!?"”’)]/.test(text[i - 1]!)) return i + 1;
    if (space < 0) space = i + 1;
  }
  const cut = space >= 0 ? space : start + MAX_PARSE_PIECE;
  // never between the halves of a surrogate pair
  return /[\uD800-\uDBFF]/.test(text[cut - 1] ?? '') ? cut - 1 : cut;
}

/** The text in the pieces compromise parses: runs of whole paragraphs, and pieces of a paragraph too long for one. */
function parsePieces(text: string, paragraphs: Paragraph[]): Paragraph[] {
  const pieces: Paragraph[] = [];
  let start = 0;
  for (const paragraph of paragraphs) {
    if (paragraph.end - paragraph.start <= MAX_PARSE_PIECE) continue;
    if (paragraph.start > start) pieces.push({ start, end: paragraph.start });
    for (let from = paragraph.start; from < paragraph.end;) {
      const to = pieceEnd(text, from, paragraph.end);
      pieces.push({ start: from, end: to });
      from = to;
    }
    start = paragraph.end;
  }
  if (start < text.length || pieces.length === 0) pieces.push({ start, end: text.length });
  return pieces;
}

/**
 * compromise's sentences, piece by piece: a piece's terms are read and let go before the next piece is parsed, so a
 * long page never holds the whole parse at once (the garbage collector's work grew faster than the text).
 */
function* parsedSentences(readable: string, pieces: Paragraph[]) {
  for (const piece of pieces) {
    const sentencesOfPiece = nlp(readable.slice(piece.start, piece.end)).document;
    for (const [k, terms] of sentencesOfPiece.entries()) yield { terms, from: k === 0 ? piece.start : null };
  }
}

export function parseDocument(text: string): ArticleDocument {
  const readable = readableText(text);
  const paragraphs = findParagraphs(readable);
  const headlines = titleCaseLines(readable, paragraphs);
  const parsed = sentenceCased(readable, headlines);
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let cursor = 0;
  let paragraph = 0;
  const sentencesOfPieces = parsedSentences(parsed, parsePieces(parsed, paragraphs));
  for (const { terms, from } of sentencesOfPieces) {
    if (from !== null) cursor = from;
    let sentenceTokenStart = tokens.length;
    for (const term of terms) {
      // compromise keeps every character in pre + text + post, so offsets are a running sum.
      // a joiner compromise left on a word's edge (after an emoji or half a surrogate pair) is no part of the word
      const lead = /^\p{Cf}*/u.exec(term.text)![0].length;
      const written = term.text.slice(lead, term.text.length - /\p{Cf}*$/u.exec(term.text.slice(lead))![0].length);
      const start = cursor + term.pre.length + lead;
      const end = start + written.length;
      cursor = cursor + term.pre.length + term.text.length + term.post.length;
      // compromise makes a term of punctuation standing alone ("” said", "fine , ok", a control character): it is no
      // word, as it is not when it touches one, so it never becomes a speaker or a name
      if (!WORD_CHARACTER.test(written)) continue;
      // compromise does not always break sentences at paragraph ends (headlines have no full stop).
      while (paragraph < paragraphs.length - 1 && start >= paragraphs[paragraph]!.end) {
        paragraph++;
        if (tokens.length > sentenceTokenStart) {
          pushSentence(sentences, tokens, sentenceTokenStart, paragraph - 1);
          sentenceTokenStart = tokens.length;
        }
      }
      tokens.push({
        // as written: the parse may have read a headline's word in another case
        text: readable.slice(start, end),
        normal: term.normal ?? term.text.toLowerCase(),
        start,
        end,
        tags: term.tags instanceof Set ? term.tags : new Set(term.tags),
        after: term.post.trim(),
        before: term.pre.trim(),
        sentence: sentences.length,
      });
    }
    if (tokens.length > sentenceTokenStart) pushSentence(sentences, tokens, sentenceTokenStart, paragraph);
  }
  retagNounsAfterArticles(tokens);
  // headlines quote in single marks, which prose leaves to apostrophes: their quotations come from their own finder
  const quoted = findQuotations(readable, paragraphs);
  const inHeadlines = headlineQuotations(readable, headlines).filter(
    (h) => !quoted.some((q) => q.start < h.end && h.start < q.end),
  );
  const quotations = inHeadlines.length ? [...quoted, ...inHeadlines].sort((a, b) => a.start - b.start) : quoted;
  return { text, tokens, sentences, paragraphs, quotations };
}

function pushSentence(sentences: Sentence[], tokens: Token[], first: number, paragraph: number): void {
  const index = sentences.length;
  for (let i = first; i < tokens.length; i++) tokens[i]!.sentence = index;
  const last = tokens[tokens.length - 1]!;
  const end = last.end + closingPunctuationLength(last.after);
  sentences.push({
    start: tokens[first]!.start - openingLength(tokens[first]!.before),
    end,
    firstToken: first,
    endToken: tokens.length,
    paragraph,
  });
}

/** The sentence keeps its final punctuation and closing quote marks, not the whitespace after them. */
const closingPunctuationLength = (after: string): number => /^[^\s]*/.exec(after)![0].length;
const openingLength = (before: string): number => /[^\s]*$/.exec(before)![0].length;

/** Paragraphs are runs of text separated by a line break; blank lines and indentation are not part of them. */
export function findParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const line = /[^\n]+/g;
  for (let m = line.exec(text); m; m = line.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (body) paragraphs.push({ start: m.index + lead, end: m.index + lead + body.length });
  }
  if (paragraphs.length === 0) paragraphs.push({ start: 0, end: text.length });
  return paragraphs;
}

const OPENING = '“„«';
const CLOSING = '”»';
const isWordChar = (ch: string | undefined): boolean => !!ch && /[\p{L}\p{N}]/u.test(ch);
/** Two apostrophes stand for a straight double quote in some newswire copy (''like this''). */
const isDoubledApostrophe = (text: string, i: number): boolean => text[i] === "'" && text[i + 1] === "'";

/**
 * Double-quoted spans, curly or straight (or written as two apostrophes). Single quotes are left alone:
 * they nest inside double ones and cannot be told apart from apostrophes. A quotation left open at a
 * paragraph's end goes on when the next paragraph opens with a quote mark (the newspaper convention for
 * long quotes); otherwise it ends there.
 */
export function findQuotations(text: string, paragraphs: Paragraph[] = findParagraphs(text)): Quotation[] {
  const quotations: Quotation[] = [];
  let open: number | null = null;
  for (let p = 0; p < paragraphs.length; p++) {
    const { start, end } = paragraphs[p]!;
    // a paragraph that continues a quote re-opens it with a mark of its own: skip that mark
    const firstMark: number = open === null ? start : start + (straightMarkLength(text, start) || 1);
    for (let i = firstMark; i < end; i++) {
      const ch = text[i]!;
      const straight = straightMarkLength(text, i);
      if (!straight && !OPENING.includes(ch) && !CLOSING.includes(ch)) continue;
      if (open === null) {
        if (OPENING.includes(ch) || (straight && !isStraightClosing(text, i, start, straight))) open = i;
        i += Math.max(straight - 1, 0);
        continue;
      }
      if (OPENING.includes(ch)) {
        // a curly pair inside a straight quotation is nested ('"He asked: “Why?” and left."'); otherwise the
        // quotation left open was a stray mark: start again here
        const next = paragraphs[p + 1];
        const nestedEnd =
          straightMarkLength(text, open) > 0
            ? nestedCurlyEnd(text, i, end, !!next && straightMarkLength(text, next.start) > 0)
            : -1;
        if (nestedEnd >= 0) i = nestedEnd;
        else open = i;
        continue;
      }
      quotations.push(quotation(text, open, i + Math.max(straight, 1)));
      i += Math.max(straight - 1, 0);
      open = null;
    }
    if (open !== null) {
      const next = paragraphs[p + 1];
      // the next paragraph re-opens with a mark of the same family: a straight quote left open before a
      // curly one is a stray mark (a pasted block quote), not the start of a long quotation
      const continues =
        next &&
        (straightMarkLength(text, open) > 0
          ? straightMarkLength(text, next.start) > 0
          : OPENING.includes(text[next.start]!));
      if (!continues) {
        quotations.push(quotation(text, open, end));
        open = null;
      }
    }
  }
  return quotations.filter((q) => q.innerEnd > q.innerStart);
}

/**
 * The closing curly mark of the pair opening at `i` when the pair sits inside a straight quotation: it closes
 * before any straight mark, and the outer quotation goes on after it (a straight mark later in the paragraph,
 * or a next paragraph re-opening with one). Else -1.
 */
function nestedCurlyEnd(text: string, i: number, paragraphEnd: number, nextParagraphContinues: boolean): number {
  for (let j = i + 1; j < paragraphEnd; j++) {
    if (OPENING.includes(text[j]!) || straightMarkLength(text, j) > 0) return -1;
    if (!CLOSING.includes(text[j]!)) continue;
    for (let k = j + 1; k < paragraphEnd; k++) if (straightMarkLength(text, k) > 0) return j;
    return nextParagraphContinues ? j : -1;
  }
  return -1;
}

/** 1 for a straight double quote, 2 for a doubled apostrophe, 0 for anything else. */
function straightMarkLength(text: string, i: number): number {
  if (text[i] === '"') return 1;
  return isDoubledApostrophe(text, i) ? 2 : 0;
}

/** A straight quote closes when it follows a word or punctuation and is not followed by a word. */
function isStraightClosing(text: string, i: number, paragraphStart: number, length: number): boolean {
  const before = i > paragraphStart ? text[i - 1] : undefined;
  const after = text[i + length];
  return before !== undefined && !/\s|[([{—–-]/.test(before) && !isWordChar(after);
}

function quotation(text: string, start: number, end: number): Quotation {
  let innerStart = start + Math.max(straightMarkLength(text, start), 1);
  let innerEnd = end;
  if (innerEnd - 2 >= innerStart && isDoubledApostrophe(text, innerEnd - 2)) innerEnd -= 2;
  else if (innerEnd > innerStart && /["”»]/.test(text[innerEnd - 1]!)) innerEnd--;
  while (innerStart < innerEnd && /\s/.test(text[innerStart]!)) innerStart++;
  while (innerEnd > innerStart && /\s/.test(text[innerEnd - 1]!)) innerEnd--;
  return { start, end, innerStart, innerEnd };
}

/** Index of the sentence holding offset `at` (binary search), or -1. */
export function sentenceAt(doc: ArticleDocument, at: number): number {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = doc.sentences[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

const ARTICLES = new Set(['the', 'a', 'an']);
const VERB_TAGS = ['Verb', 'PresentTense', 'PastTense', 'Infinitive', 'Gerund', 'Participle', 'Auxiliary', 'Passive'];
const nominal = (token: Token): Set<string> =>
  new Set([...[...token.tags].filter((tag) => !VERB_TAGS.includes(tag)), 'Noun']);
/**
 * compromise reads some nouns as verbs after an article ("the campaign", "the engineers found", "The Trump campaign
 * did not respond"): a verb right after an article, or after an article and a name or two before an auxiliary, is
 * a noun, so that it can be a subject.
 */
function retagNounsAfterArticles(tokens: Token[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!token.tags.has('Verb') || token.tags.has('Noun') || token.tags.has('Adjective')) continue;
    if (token.tags.has('Auxiliary') || token.tags.has('Modal') || token.tags.has('Copula')) continue;
    let k = i - 1;
    while (
      k > 0 &&
      i - k <= 2 &&
      tokens[k]!.after === '' &&
      tokens[k]!.sentence === token.sentence &&
      (tokens[k]!.tags.has('ProperNoun') || tokens[k]!.tags.has('Adjective') || tokens[k]!.tags.has('Noun')) &&
      !tokens[k]!.tags.has('Pronoun')
    )
      k--;
    const article = tokens[k]!;
    if (!ARTICLES.has(article.normal) || article.after !== '' || article.sentence !== token.sentence) continue;
    const next = tokens[i + 1];
    const helperFollows = !!next && (next.tags.has('Auxiliary') || next.tags.has('Modal')) && token.after === '';
    if (k === i - 1 || helperFollows) token.tags = nominal(token);
  }
}
