// Attributions: who said what. Reads the tokens and tags of the one parse (no second nlp() call): a cue
// word from the lexicon learned on PolNeAR train (lexicon/cues.ts), its speaker to the left ("X said") or
// right ("..., said X"), and its content after the cue ("X said that ...", "X said: ...") or before it
// ("..., X said."), widened to whole quotations so multi-sentence and multi-paragraph quotes stay whole.
import { keepsFind, type LearnedFind } from './attribution-model/keep-filter';
import { tagAttributions } from './attribution-model/tagger';
import { CONTRASTS, isFiniteVerb, LISTING_PARTICIPLES, narrationResumes } from './content-end';
import { isTitle, NameResolver } from './coreference';
import { CUE_WORDS, WEAK_CUE_WORDS } from './lexicon/cues';
import { SUBJECT_PRONOUNS } from './lexicon/pronouns';
import { POLL_NOUNS } from './lexicon/poll-nouns';
import { nameFrom } from './sources/according-to';
import { SPEECH_EVENT_NOUNS } from './lexicon/speech-events';
import { SPEECH_VERBS } from './lexicon/speech-verbs';
import { PASSIVE_STANCE_VERBS } from './lexicon/stance-verbs';
import { sentenceAt, type ArticleDocument, type Quotation, type Token } from './document';
import type { Attribution } from './types';
import { isRoleMention } from './output-invariant';

/** A stretch of tokens [first, end) read as one sentence: compromise's sentences, cut again at full stops. */
export interface Segment {
  first: number;
  end: number;
}

export interface Mention {
  first: number;
  end: number;
  /** The relative pronoun that stands for the phrase in this attribution ("Roe, who said"): the source mention. */
  relative?: number;
}

const QUOTE_MARK = /["“”„«»]|''/;
const SENTENCE_END = /[.?!]/;
const RELATIVE = new Set(['that', 'which', 'who', 'whom', 'what']);
/** The relatives that open a clause about a person, its subject: "voters who backed", "officials that said". */
const SUBJECT_RELATIVES: ReadonlySet<string> = new Set(['who', 'that']);
const FIRST_PERSON = new Set(['i', 'we']);
/** Verbs whose object is the listener, not the content: "told reporters that ...". */
const LISTENER_VERBS = new Set([
  'told',
  'tells',
  'tell',
  'telling',
  'asked',
  'asks',
  'warned',
  'assured',
  'informed',
  'reminded',
  'urged',
]);
/** Words compromise does not always call adverbs that stand between a subject and its verb: "Clinton now says". */
const TIME_WORDS = new Set([
  'now',
  'also',
  'then',
  'still',
  'later',
  'again',
  'once',
  'never',
  'already',
  'even',
  'just',
  'first',
  'finally',
  'since',
]);
const isBetweenWord = (token: Token): boolean =>
  token.tags.has('Auxiliary') ||
  token.tags.has('Modal') ||
  token.tags.has('Negative') ||
  (token.tags.has('Adverb') && !token.tags.has('Noun')) ||
  (TIME_WORDS.has(token.normal) && !token.tags.has('Noun'));
const isNounish = (token: Token): boolean =>
  token.tags.has('Noun') || token.tags.has('ProperNoun') || token.tags.has('Pronoun') || token.tags.has('Honorific');
/** Words of rank before a noun that compromise may read as a verb: "top aides", "retired generals". */
const RANK_WORDS = new Set(['top', 'retired', 'ranking', 'acting']);
const isModifier = (token: Token): boolean =>
  RANK_WORDS.has(token.normal) ||
  token.tags.has('Determiner') ||
  token.tags.has('Adjective') ||
  token.tags.has('Possessive') ||
  token.tags.has('Value') ||
  token.tags.has('Honorific');
/** No comma, colon or quote mark between a token and the next: they belong to one phrase. */
const joined = (token: Token): boolean =>
  token.after === '' ||
  token.after === '-' ||
  // a plural possessive keeps its apostrophe after the word: "the bus drivers’ union"
  (/^['’]$/.test(token.after) && token.tags.has('Possessive')) ||
  (token.after === '.' &&
    (token.tags.has('Abbreviation') || token.tags.has('Honorific') || /^\p{Lu}$/u.test(token.text)));

/** Decides which of the tagger's finds to show: by default the trained filter (attribution-model/keep-filter.ts). */
export type LearnedFindFilter = (doc: ArticleDocument, find: LearnedFind, attribution: Attribution) => boolean;

/**
 * Every attribution of the document. `keepLearned` replaces the filter on the tagger's finds: its training
 * (test/tools/train-keep-filter.ts) sees every find and keeps them all.
 */
export function findAttributions(
  doc: ArticleDocument,
  { keepLearned = keepsFind }: { keepLearned?: LearnedFindFilter } = {},
): Attribution[] {
  const resolver = new NameResolver(doc);
  const attributions: Attribution[] = [];
  const insideQuote = quoteLookup(doc);
  const paragraphStarts = new Set(doc.paragraphs.map((p) => p.start));
  // words the article writes as names somewhere: "Trump" opening a sentence, where compromise calls it a noun, is one
  const properNames = new Set(
    doc.tokens.filter((t) => t.tags.has('ProperNoun') || t.tags.has('Person')).map((t) => t.text),
  );
  const sentenceSegments = segments(doc);
  for (const segment of sentenceSegments) {
    let claimedUntil = segment.first;
    let sentenceSpeaker: Mention | null = null;
    /** Where the speaker tag of the sentence's last attribution ends ("he said" of "..., he said, adding"). */
    let tagEnd = -1;
    /** The cue of the sentence's last report; the speaker and content end of its last report nested in no other. */
    let lastCue = -1;
    let outerSpeaker: Mention | null = null;
    let outerContentEnd = -1;
    for (let i = segment.first; i < segment.end; i++) {
      if (i < claimedUntil) continue;
      const token = doc.tokens[i]!;
      if (insideQuote(token.start)) continue;
      let found: Ruled | null;
      const named = NAMING_VERBS.has(token.normal) ? namedAs(doc, segment, i) : null;
      const passive = PASSIVE_STANCE_VERBS.has(token.normal) ? passiveAgent(doc, segment, i) : null;
      // the sentence's last report, which an expectation may be nested in
      const expected =
        token.normal === 'expected'
          ? expectation(doc, segment, i, lastCue >= 0 ? attributions.at(-1) : undefined)
          : null;
      if (opensWithAsked(doc.tokens, segment, i)) {
        found = ruled('asked-question', askedQuestion(doc, segment, i));
      } else if (expected) {
        found = ruled('expectation', expected);
      } else if (named) {
        found = ruled('named-as', named);
      } else if (passive) {
        found = ruled('passive-agent', passive);
      } else if (token.normal === 'according' && doc.tokens[i + 1]?.normal === 'to') {
        found = ruled('according-to', accordingTo(doc, segment, i));
      } else if (
        (isCue(token) && !isModifiedNoun(doc.tokens, i)) ||
        isPluralSubjectCue(doc.tokens, i) ||
        isMistaggedCue(doc.tokens, segment, i, properNames)
      ) {
        found =
          (isSetOffParticiple(doc.tokens, segment, i)
            ? ruled(
                'participle-cue',
                participle(
                  doc,
                  segment,
                  i,
                  // "..., he said, adding ...": the participle goes on with the speaker tag right before it
                  (tagEnd === i ? sentenceSpeaker : null) ?? clauseSubject(doc, segment, i) ?? sentenceSpeaker,
                ),
              )
            : null) ??
          ruled('reporting-verb', reportingVerb(doc, segment, i)) ??
          ruled('participle-cue', participle(doc, segment, i, sentenceSpeaker)) ??
          ruled(
            'coordinated-cue',
            coordinated(doc, segment, i, parallelCue(doc.tokens, lastCue, i) ? sentenceSpeaker : outerSpeaker),
          );
      } else if (isInvertedCue(doc.tokens, segment, i)) {
        found = ruled('inverted-cue', reportingVerb(doc, segment, i));
      } else {
        found = ruled('quoting-participle', quotingParticiple(doc, segment, i, sentenceSpeaker));
      }
      if (!found) continue;
      const attribution = build(doc, resolver, found);
      if (!attribution) continue;
      attributions.push(attribution);
      if (attribution.cueStart >= outerContentEnd) {
        outerSpeaker = found.speaker;
        outerContentEnd = attribution.contentEnd;
      }
      lastCue = i;
      sentenceSpeaker = found.speaker;
      tagEnd = Math.max(found.cueEnd, found.speaker?.end ?? 0);
      claimedUntil = Math.max(i + 1, found.cueEnd);
    }
    const quoted =
      ruled('tagged-quotation', taggedQuotation(doc, segment, attributions)) ??
      ruled('colon-introduction', colonIntroduction(doc, segment, attributions)) ??
      ruled('speaker-label', speakerLabel(doc, segment, paragraphStarts)) ??
      ruled('quoted-words-of-subject', quotedWordsOfSubject(doc, segment, attributions, properNames)) ??
      ruled('poll-finding', pollFinding(doc, segment, attributions));
    const attribution = quoted && build(doc, resolver, quoted);
    if (attribution) attributions.push(attribution);
  }
  carryOnQuotations(doc, attributions);
  attributions.push(...signedQuotations(doc, resolver, attributions));
  attributions.push(...learnedAttributions(doc, sentenceSegments, attributions, keepLearned));
  return attributions.sort((a, b) => a.contentStart - b.contentStart);
}

/** The longest content the learned pass leaves out, in tokens. */
const MAX_FRAGMENT_TOKENS = 4;

/**
 * The learned pass (attribution-model/): what the tagger finds where no hand rule found anything. The rules decide
 * wherever structure does (a quotation closed by "X said", a colon introduction, a signature); the model adds the
 * cues and attitudes they miss ("wants", "criticized"), and never overrides a rule's content.
 */
function learnedAttributions(
  doc: ArticleDocument,
  sentenceSegments: readonly Segment[],
  claimed: readonly Attribution[],
  keep: LearnedFindFilter,
): Attribution[] {
  const { tokens } = doc;
  const resolver = new NameResolver(doc);
  const overlapsClaimed = spanIndex(
    claimed.flatMap((a) => [
      [a.contentStart, a.contentEnd],
      [a.cueStart, a.cueEnd],
    ]),
  );
  const contents = claimed.map((a) => [a.contentStart, a.contentEnd] as const).sort((a, b) => a[0] - b[0]);
  // a sentence inside one content a rule found: whatever the tagger finds there overlaps it
  let next = 0;
  let reach = -1;
  const insideClaimed = (start: number, end: number): boolean => {
    while (next < contents.length && contents[next]![0] <= start) reach = Math.max(reach, contents[next++]![1]);
    return reach >= end;
  };
  const segmentAt = (token: number): Segment => sentenceSegments.find((s) => s.first <= token && token < s.end)!;
  const found: Attribution[] = [];
  for (const tagged of tagAttributions(doc, insideClaimed)) {
    const lastToken = tagged.contentEnd - 1;
    // a content of four tokens or fewer is mostly a fragment of one the tagger lost track of: on 150 PolNeAR train
    // articles 20 of 66 finds of three or four tokens matched a gold content (on dev 14 of 55), against 203 of 352
    // longer ones; below a third, a find costs content_F1 more than it brings
    if (lastToken - tagged.contentFirst < MAX_FRAGMENT_TOKENS) continue;
    const first = tokens[tagged.contentFirst]!;
    const last = tokens[lastToken]!;
    const contentStart = first.start - openingMark(first);
    const contentEnd = last.end + closingMark(last);
    if (
      isModifiedNoun(tokens, tagged.cueFirst) ||
      overlapsClaimed(contentStart, contentEnd) ||
      overlapsClaimed(tokens[tagged.cueFirst]!.start, tokens[tagged.cueEnd - 1]!.end)
    )
      continue;
    // a cue the tagger gave no source takes the one structure shows: on PolNeAR dev content_F1 0.662 -> 0.664 and
    // direct_R 0.950 -> 0.952 at e2e_F1 0.626 -> 0.625; any phrase before a noun cue as well gives 0.667 but 0.625,
    // and with clauseSubject 0.668 but 0.622, wrong speakers in the reader's view
    const speaker = tagged.source
      ? standsFor(doc, segmentAt(tagged.cueFirst), subjectOfClause(tokens, tagged.source))
      : untaggedSpeaker(doc, segmentAt(tagged.cueFirst), tagged.cueFirst);
    if (!speaker) continue;
    const candidate: Ruled = {
      rule: LEARNED_RULE,
      cueFirst: tagged.cueFirst,
      cueEnd: tagged.cueEnd,
      speaker,
      contentStart,
      contentEnd,
    };
    if (talksOfNothing(doc, candidate, QUOTE_MARK.test(doc.text.slice(contentStart, contentEnd)))) continue;
    const attribution = build(doc, resolver, candidate);
    if (!attribution || overlapsClaimed(attribution.contentStart, attribution.contentEnd)) continue;
    const find = { ...tagged, speaker, speakerTagged: !!tagged.source };
    if (keep(doc, find, attribution)) found.push(attribution);
  }
  return found;
}

/**
 * A tagged source that runs on into its verb ("Police detained at least 16 journalists, bringing them ...") is the
 * subject before it: a noun followed by a verb with a tense that no relative introduces.
 */
export function subjectOfClause(tokens: Token[], source: Mention): Mention {
  for (let i = source.first + 1; i < source.end; i++) {
    const token = tokens[i]!;
    const previous = tokens[i - 1]!;
    if (
      token.tags.has('Verb') &&
      (token.tags.has('PastTense') || token.tags.has('PresentTense')) &&
      !['Noun', 'Passive', 'Participle', 'Gerund', 'Auxiliary', 'Copula'].some((tag) => token.tags.has(tag)) &&
      isNounish(previous) &&
      !tokens.slice(source.first, i).some((t) => RELATIVE.has(t.normal))
    )
      return { first: source.first, end: i };
  }
  return source;
}

/** A tagged source that is a lone relative ("The Daily Caller, which unearthed") speaks for the phrase before it. */
function standsFor(doc: ArticleDocument, segment: Segment, source: Mention): Mention {
  const { tokens } = doc;
  if (source.end - source.first !== 1 || !RELATIVE.has(tokens[source.first]!.normal)) return source;
  const phrase = phraseBefore(tokens, segment, source.first);
  return phrase ? { ...phrase, relative: source.first } : source;
}

/**
 * The speaker of a cue the tagger tagged no source for: the subject right before a verb ("the board quietly shelved"),
 * the possessive before a noun, past adjectives ("Ortiz's sharp criticism of", "his infamous comment about").
 */
export function untaggedSpeaker(doc: ArticleDocument, segment: Segment, cue: number): Mention | null {
  const { tokens } = doc;
  if (tokens[cue]!.tags.has('Verb') && !tokens[cue]!.tags.has('Noun')) return subjectBefore(doc, segment, cue);
  let i = cue - 1;
  while (i >= segment.first && tokens[i]!.tags.has('Adjective') && joined(tokens[i]!)) i--;
  const holder = i >= segment.first ? tokens[i] : undefined;
  if (!holder || !holder.tags.has('Possessive') || !joined(holder)) return null;
  if (holder.tags.has('Pronoun')) return { first: i, end: i + 1 };
  return phraseBefore(tokens, segment, i + 1);
}

/**
 * Whether a span [start, end) overlaps any of `spans`: their union, sorted once, then a binary search per question
 * (n·log n in all, where asking every span would be quadratic).
 */
function spanIndex(spans: ReadonlyArray<readonly [number, number]>): (start: number, end: number) => boolean {
  const union: Array<[number, number]> = [];
  for (const [start, end] of [...spans].sort((a, b) => a[0] - b[0])) {
    const last = union[union.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else union.push([start, end]);
  }
  return (start, end) => {
    // the first piece of the union that ends after `start`
    let lo = 0;
    let hi = union.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (union[mid]![1] <= start) lo = mid + 1;
      else hi = mid;
    }
    const piece = union[lo];
    return !!piece && piece[0] < end && start < piece[1];
  };
}

/** A quotation signed with a dash at its paragraph's end: '"...." ― Jane Roe' (reader comments, epigraphs). */
function signedQuotations(
  doc: ArticleDocument,
  resolver: NameResolver,
  claimed: readonly Attribution[],
): Attribution[] {
  const { text } = doc;
  const signed: Attribution[] = [];
  let paragraph = 0;
  for (const quotation of doc.quotations) {
    while (paragraph < doc.paragraphs.length - 1 && doc.paragraphs[paragraph]!.end < quotation.end) paragraph++;
    const paragraphEnd = doc.paragraphs[paragraph]!.end;
    // a quotation a cue already gave to its speaker ('X insisted his party was "..."--Kim Roe.') ends a wire brief
    // signed by its writer
    if (claimed.some((a) => a.contentStart <= quotation.start && quotation.end <= a.contentEnd)) continue;
    const signature = /^\s*([―—–]|--)\s*(\p{Lu}[\p{L}.'’ -]{1,60}?)\s*$/u.exec(text.slice(quotation.end, paragraphEnd));
    if (!signature) continue;
    signed.push(
      signedBy(
        doc,
        resolver,
        'signed-quotation',
        signature,
        quotation.end + signature[0].indexOf(signature[1]!),
        quotation.start,
        quotation.end,
      ),
    );
  }
  return [...signed, ...signedParagraphs(doc, resolver, signed)];
}

/** The attribution of a signed content: `signature` holds the dash and the name, the dash written at `cueStart`. */
function signedBy(
  doc: ArticleDocument,
  resolver: NameResolver,
  rule: AttributionRule,
  signature: RegExpExecArray,
  cueStart: number,
  contentStart: number,
  contentEnd: number,
): Attribution {
  const dash = signature[1]!;
  const name = signature[2]!;
  const sourceStart = cueStart - signature[0].indexOf(dash) + signature[0].lastIndexOf(name);
  return {
    source: resolver.name(name, sourceStart),
    sourceStart,
    sourceEnd: sourceStart + name.length,
    cue: dash,
    cueStart,
    cueEnd: cueStart + dash.length,
    content: doc.text.slice(contentStart, contentEnd),
    contentStart,
    contentEnd,
    direct: true,
    rule,
  };
}

/**
 * A paragraph signed with a dash whose quote marks went astray ('”Fear. I am afraid.” ― Jane Roe'): the whole paragraph
 * is signed.
 */
function signedParagraphs(doc: ArticleDocument, resolver: NameResolver, signed: Attribution[]): Attribution[] {
  const { text } = doc;
  const found: Attribution[] = [];
  for (const paragraph of doc.paragraphs) {
    if (signed.some((a) => a.contentStart >= paragraph.start && a.contentEnd <= paragraph.end)) continue;
    const signature = /([―—–]|--)[ \t]*(\p{Lu}[\p{L}.'’ -]{1,60}?)\s*$/u.exec(
      text.slice(paragraph.start, paragraph.end),
    );
    if (!signature || signature.index === 0) continue;
    const cueStart = paragraph.start + signature.index;
    let contentEnd = cueStart;
    while (contentEnd > paragraph.start && /\s/.test(text[contentEnd - 1]!)) contentEnd--;
    if (!QUOTE_MARK.test(text[contentEnd - 1] ?? '') || !QUOTE_MARK.test(text[paragraph.start] ?? '')) continue;
    found.push(signedBy(doc, resolver, 'signed-paragraph', signature, cueStart, paragraph.start, contentEnd));
  }
  return found;
}

/**
 * The passes that find attributions, as named in each attribution's `rule`: a cue word with its speaker and content
 * (reporting-verb, inverted-cue, participle-cue, coordinated-cue, quoting-participle, according-to), what a passive
 * says its agent stood by (passive-agent), the question
 * an "Asked ..." opening reports (asked-question), a name someone gives a thing (named-as), an expectation nobody is
 * named for (expectation), then quotations
 * tied to a speaker by structure (tagged-quotation, colon-introduction, speaker-label, quoted-words-of-subject), a
 * finding a sentence opens with its poll (poll-finding), then
 * signatures (signed-quotation, signed-paragraph), then the learned tagger where none of them found anything
 * (attribution-tagger).
 */
export const ATTRIBUTION_RULES = [
  'reporting-verb',
  'inverted-cue',
  'participle-cue',
  'coordinated-cue',
  'quoting-participle',
  'according-to',
  'passive-agent',
  'asked-question',
  'named-as',
  'expectation',
  'tagged-quotation',
  'colon-introduction',
  'speaker-label',
  'quoted-words-of-subject',
  'poll-finding',
  'signed-quotation',
  'signed-paragraph',
  'attribution-tagger',
] as const;
export type AttributionRule = (typeof ATTRIBUTION_RULES)[number];
/** The learned pass's id (attribution-model/tagger.ts). */
export const LEARNED_RULE: AttributionRule = 'attribution-tagger';

type Ruled = Found & { rule: AttributionRule };
const ruled = (rule: AttributionRule, found: Found | null): Ruled | null => found && { ...found, rule };

interface Found {
  cueFirst: number;
  cueEnd: number;
  speaker: Mention | null;
  contentStart: number;
  contentEnd: number;
  /** The content ends where found, even inside a quotation: a transcript turn ends with its paragraph. */
  bounded?: boolean;
}

const isCue = (token: Token): boolean =>
  CUE_WORDS.has(token.normal) && token.tags.has('Verb') && !LISTING_PARTICIPLES.has(token.normal);
/**
 * "32% of Republican claims", "the Democratic claims": a cue's -s form after a party or nationality adjective, itself
 * after a preposition, a determiner or a number, is a plural noun compromise took for a verb.
 */
function isModifiedNoun(tokens: Token[], i: number): boolean {
  const [word, modifier, before] = [tokens[i]!, tokens[i - 1], tokens[i - 2]];
  if (
    !/s$/.test(word.normal) ||
    !modifier ||
    !joined(modifier) ||
    !/^\p{Lu}\p{Ll}+(an|ic|ese|ish)$/u.test(modifier.text)
  )
    return false;
  return !!before && ['Preposition', 'Determiner', 'Value'].some((tag) => before.tags.has(tag));
}

/**
 * The cue lexicon counts inflected forms apart, and a plain form rarer in PolNeAR fell under its threshold ("shows"
 * is in, "show" is not): after a plural noun, the plain form of a cue is one too ("security experts believe",
 * "the records show").
 */
const isPluralSubjectCue = (tokens: Token[], i: number): boolean => {
  const [qualifier, subject, verb] = [tokens[i - 2], tokens[i - 1], tokens[i]!];
  // a qualified plural ("security experts"): a bare one ("Groups call for ...") is a headline's shorthand
  return (
    qualifier !== undefined &&
    joined(qualifier) &&
    (qualifier.tags.has('Adjective') || qualifier.tags.has('Noun')) &&
    subject !== undefined &&
    subject.tags.has('Plural') &&
    !subject.tags.has('Pronoun') &&
    joined(subject) &&
    verb.tags.has('PresentTense') &&
    CUE_WORDS.has(`${verb.normal}s`)
  );
};
/** "issued a statement saying", "tweets early Friday calling": the occasion or the day before a participle, not who. */
const isOccasion = (token: Token): boolean =>
  SPEECH_EVENT_NOUNS.has(token.normal) || (token.tags.has('Date') && !token.tags.has('Value'));
/** ", adding ...", ", telling CNN ...": compromise calls some of these adjectives; the -ing form of a cue is enough. */
const isParticipleCue = (token: Token): boolean =>
  CUE_WORDS.has(token.normal) && (token.tags.has('Gerund') || (/ing$/.test(token.normal) && !token.tags.has('Noun')));
/** ", saying ...", ", telling CNN that": a lexicon participle after a comma, whatever compromise tags it. */
const isParticipleAfterComma = (tokens: Token[], i: number): boolean =>
  CUE_WORDS.has(tokens[i]!.normal) && /ing$/.test(tokens[i]!.normal) && i > 0 && /,\s*$/.test(tokens[i - 1]!.after);
/**
 * A cue compromise mistags: "Bush tells reporters" (a plural noun after a name), ", telling CNN that"
 * (an adjective after a comma). Its place shows it is the verb.
 */
function isMistaggedCue(tokens: Token[], segment: Segment, i: number, properNames: ReadonlySet<string>): boolean {
  const token = tokens[i]!;
  if (!CUE_WORDS.has(token.normal) || token.tags.has('Verb') || i === segment.first) return false;
  if (isCoordinatedPast(tokens, i)) return true;
  const previous = tokens[i - 1]!;
  if (/ing$/.test(token.normal)) return isParticipleAfterComma(tokens, i);
  return (
    /s$/.test(token.normal) &&
    token.tags.has('Plural') &&
    joined(previous) &&
    (previous.tags.has('ProperNoun') || previous.tags.has('Person') || properNames.has(previous.text))
  );
}
/**
 * "..., reports Reuters.": a present-tense reporting verb after a comma with a name closing the sentence is a
 * speaker tag, whether the lexicon learned this form of the verb or only its past ("reported").
 */
function isInvertedCue(tokens: Token[], segment: Segment, i: number): boolean {
  const token = tokens[i]!;
  const reportingWord = [token.normal, token.normal.replace(/s$/, 'ed'), token.normal.replace(/s$/, 'd')].some((form) =>
    CUE_WORDS.has(form),
  );
  // "..., noted Jane Roe.": compromise may read a past form after a comma as an adjective
  const mistaggedPast = CUE_WORDS.has(token.normal) && !token.tags.has('Verb');
  if (
    !reportingWord ||
    !(token.tags.has('PresentTense') || mistaggedPast) ||
    i === segment.first ||
    !/,\s*$/.test(tokens[i - 1]!.after)
  )
    return false;
  const speaker = phraseAfter(tokens, i + 1, segment.end);
  return speaker !== null && closesClause(tokens, segment, speaker.end) && namesSomeone(tokens, speaker);
}

/**
 * A weak cue ("passed", "found") reports only with a named speaker, a person pronoun or a group as its subject,
 * or quoted words in its content: "the bridge passed an inspection" is narration.
 */
function reportingVerb(doc: ArticleDocument, segment: Segment, cue: number): Found | null {
  const found = subjectAndContent(doc, segment, cue);
  // "there were 3248 cases reported worldwide": what is reported, not who reports
  if (found?.speaker && found.speaker.relative === undefined && isExistential(doc.tokens, segment, found.speaker.first))
    return null;
  const quoted = (f: Found): boolean => QUOTE_MARK.test(doc.text.slice(f.contentStart, f.contentEnd));
  if (found && talksOfNothing(doc, found, quoted(found))) return null;
  // a passive reports only with quoted words: 'was called "a charlatan" by fellow doctors'
  if (found && isPassive(doc.tokens, segment, cue) && !quoted(found)) return null;
  if (
    !found ||
    !WEAK_CUE_WORDS.has(doc.tokens[cue]!.normal) ||
    (found.speaker && namesSomeone(doc.tokens, found.speaker))
  )
    return found;
  return quoted(found) ? found : null;
}

/** Verbs of speaking whose content is their topic ("spoke about the plan"), not what follows them. */
const TALK_VERBS = new Set(['spoke', 'speak', 'speaks', 'speaking', 'talked', 'talk', 'talks', 'talking']);
const TOPIC_WORDS = new Set(['about', 'of', 'on', 'up', 'through', 'out', 'favorably', 'highly', 'openly']);
/**
 * Whether the words from a speaking verb to its content give a topic ("spoke about ...", "spoke of ...", "talked
 * openly about ..."), the cue's last word or the content's first.
 */
function opensTopic(doc: ArticleDocument, found: Found): boolean {
  const { tokens, text } = doc;
  const firstWord = /^\p{L}+/u.exec(text.slice(found.contentStart, found.contentEnd))?.[0] ?? '';
  return TOPIC_WORDS.has(firstWord.toLowerCase()) || TOPIC_WORDS.has(tokens[found.cueEnd - 1]!.normal);
}
/** "spoke for five minutes", "talked to a crowd": speaking reports what it was about, nothing else. */
const talksOfNothing = (doc: ArticleDocument, found: Found, quoted: boolean): boolean =>
  TALK_VERBS.has(doc.tokens[found.cueFirst]!.normal) && !quoted && !opensTopic(doc, found);

/** Whether the phrase starting at `first` follows "there is/are/was/were/have been". */
function isExistential(tokens: Token[], segment: Segment, first: number): boolean {
  let be = first - 1;
  if (be > segment.first && tokens[be]!.normal === 'been') be--;
  return (
    be > segment.first &&
    /^(is|are|was|were|have|has|had)$/.test(tokens[be]!.normal) &&
    tokens[be - 1]!.normal === 'there'
  );
}

/** The forms of "be" a passive is made with. */
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re"]);
/** "has been charged with", "is expected to", "was endorsed by": the subject of a passive is not the speaker. */
function isPassive(tokens: Token[], segment: Segment, cue: number): boolean {
  if (!tokens[cue]!.tags.has('PastTense') && !tokens[cue]!.tags.has('Participle')) return false;
  let be = cue - 1;
  while (be > segment.first && tokens[be]!.tags.has('Adverb') && joined(tokens[be]!)) be--;
  return be >= segment.first && joined(tokens[be]!) && BE_FORMS.has(tokens[be]!.normal);
}

function subjectAndContent(doc: ArticleDocument, segment: Segment, cue: number): Found | null {
  const { tokens } = doc;
  const before = subjectBefore(doc, segment, cue);
  const after = before ? null : subjectAfter(doc, segment, cue);
  const speaker = before ?? after;
  if (!speaker) return null;
  const speakerFirst = Math.min(speaker.first, cue);
  // "When asked about the levy, the mayor declined to comment": the introduction is the question, not the content
  const askedBefore = asksFirst(tokens, segment, speakerFirst);
  // "listeners to his program who said they had doubts": what goes before a relative's report is its antecedent's
  // clause, never its content
  const relativeSpeaker = speaker.relative !== undefined;
  const aside = asideReport(doc, segment, speaker, cue);
  if (aside) return aside;
  if (after || (!askedBefore && !relativeSpeaker && contentComesBefore(doc, segment, speakerFirst, cue))) {
    const attributionEnd = tokens[Math.max(speaker.end, cue + 1) - 1]!.end;
    const content = contentBefore(doc, segment, speakerFirst);
    if (!content) return null;
    const continued =
      continuingQuotationEnd(doc, attributionEnd) ??
      parentheticalEnd(doc, segment, Math.max(speaker.end, cue + 1), content.end);
    return {
      cueFirst: cue,
      cueEnd: cue + 1,
      speaker,
      contentStart: content.start,
      contentEnd: Math.max(content.end, continued ?? content.end),
    };
  }
  const found = contentAfter(doc, segment, cue, contentFirstAfter(tokens, segment, cue), speaker);
  if (!found) return null;
  return relativeClauseEnd(doc, segment, cue, objectRelativeReport(doc, segment, cue, found));
}

/**
 * "the levy, which the mayor said pays for buses": a report whose speaker follows a relative pronoun is the
 * relative clause, the pronoun included (what was said is about its antecedent), and a clause set off by commas
 * ends at its closing comma ("The levy, which Roe said was fair, passed"). "in which he said ..." reports what follows.
 */
function objectRelativeReport(doc: ArticleDocument, segment: Segment, cue: number, found: Found): Found {
  const { tokens } = doc;
  const speaker = found.speaker;
  // "which Roe denies, the talk ended": a comma after the cue closes the relative clause, no content in it
  const closed = /,/.test(tokens[found.cueEnd - 1]!.after);
  if (
    !speaker ||
    speaker.relative !== undefined ||
    speaker.end > cue ||
    found.contentStart < tokens[cue]!.end ||
    closed
  )
    return found;
  let rel = speaker.first - 1;
  if (rel > segment.first && tokens[rel]!.tags.has('Adverb') && tokens[rel]!.normal !== 'that') rel--; // "which even critics say"
  if (rel <= segment.first || !joined(tokens[rel]!)) return found;
  const antecedent = tokens[rel - 1]!;
  const word = tokens[rel]!.normal;
  let contentFirst = cue + 1;
  while (contentFirst < segment.end && tokens[contentFirst]!.start < found.contentStart) contentFirst++;
  const which = word === 'which' && !antecedent.tags.has('Preposition');
  // "the kind of job that economists say is the future": a "that" after a noun, with the clause's subject missing
  const that =
    word === 'that' &&
    antecedent.tags.has('Noun') &&
    !antecedent.tags.has('Pronoun') &&
    contentFirst < segment.end &&
    isFiniteVerb(tokens[contentFirst]!, tokens[contentFirst - 1]) &&
    !tokens[contentFirst]!.tags.has('Noun');
  if (!which && !that) return found;
  const closing = /,$/.test(antecedent.after)
    ? closingComma(tokens, segment, cue, found, (next, token) => isFiniteVerb(next, token) && !next.tags.has('Noun'))
    : null;
  return { ...found, contentStart: tokens[rel]!.start, contentEnd: closing ?? found.contentEnd };
}

/**
 * "Hawaii, as one of the advisers pointed out, rarely gets ...": an "as" clause set off by commas inside a sentence
 * reports the whole sentence, the aside included (PolNeAR's annotators mark it so). Not after a connective that
 * only opens the sentence ("But, as Roe said, ..."), where what follows is the content.
 */
function asideReport(doc: ArticleDocument, segment: Segment, speaker: Mention, cue: number): Found | null {
  const { tokens } = doc;
  // "as one of the advisers": compromise's speaker may start past a quantifier
  let as = speaker.first - 1;
  while (as > speaker.first - 4 && as > segment.first && tokens[as]!.normal !== 'as' && joined(tokens[as - 1]!)) as--;
  if (as - 1 < segment.first || speaker.end > cue || tokens[as]!.normal !== 'as' || !/,$/.test(tokens[as - 1]!.after))
    return null;
  const cueEnd = cueEndAt(tokens, cue);
  if (cueEnd >= segment.end || tokens[cueEnd - 1]!.after !== ',' || insideQuotation(doc, cue)) return null;
  const left = tokens.slice(segment.first, as);
  const opensWithConnective = ['Conjunction', 'Preposition'].some((tag) => left[0]!.tags.has(tag));
  // the words before the aside are the subject or an adverbial of what follows, no clause of their own
  const clause = left.some((t, k) => isFiniteVerb(t, left[k - 1]) && !t.tags.has('Noun'));
  if (opensWithConnective || clause || left.every((t) => t.tags.has('Adverb'))) return null;
  const end = parentheticalEnd(doc, segment, cueEnd, tokens[as - 1]!.end);
  if (end === null) return null;
  const first = tokens[segment.first]!;
  return { cueFirst: cue, cueEnd, speaker, contentStart: first.start - openingMark(first), contentEnd: end };
}

/** "Voters, who said they had doubts, stayed home": a report inside a relative clause ends where the clause does. */
function relativeClauseEnd(doc: ArticleDocument, segment: Segment, cue: number, found: Found): Found {
  const { tokens } = doc;
  // the "who" the speaker was found by, a time phrase between it and the cue or not ("who in 2010 said")
  const who = found.speaker?.relative;
  if (
    who === undefined ||
    tokens[who]!.normal !== 'who' ||
    who - 1 < segment.first ||
    !/,$/.test(tokens[who - 1]!.after)
  )
    return found;
  const end = closingComma(tokens, segment, cue, found, (next) => next.tags.has('Verb') && !next.tags.has('Gerund'));
  return end === null ? found : { ...found, contentEnd: end };
}

/**
 * Where a relative clause set off by commas closes inside `found`'s content: the end of the first token after the
 * cue whose comma `predicate` (the main clause's verb) follows; null where none does.
 */
function closingComma(
  tokens: Token[],
  segment: Segment,
  cue: number,
  found: Found,
  predicate: (next: Token, token: Token) => boolean,
): number | null {
  for (let i = cue + 1; i < segment.end - 1 && tokens[i]!.end <= found.contentEnd; i++)
    if (/,$/.test(tokens[i]!.after) && tokens[i]!.end > found.contentStart && predicate(tokens[i + 1]!, tokens[i]!))
      return tokens[i]!.end;
  return null;
}

/**
 * "said early Friday that ...", "told reporters in Paris that ...": when and where it was said, before "that", is not
 * what was said.
 */
function pastWhenSaid(tokens: Token[], first: number, limit: number): number {
  for (let i = first; i < Math.min(limit, first + 8); i++) {
    const token = tokens[i]!;
    if (token.normal === 'that' && i > first) return i;
    const when =
      token.tags.has('Date') ||
      token.tags.has('Adverb') ||
      token.tags.has('Place') ||
      /^(on|in|at|during|late|early|earlier|later|this|last|next)$/.test(token.normal);
    // "in Greenville", "at a news conference in Ohio": a prepositional phrase of nouns, no verb
    const where =
      i > first && !token.tags.has('Verb') && (isNounish(token) || isModifier(token) || token.tags.has('Preposition'));
    if (!(when || where) || !joined(token)) return first;
  }
  return first;
}

/**
 * "Though he railed against the loopholes, he sought to keep them": a cue in a clause that opens the sentence with a
 * subordinator reports up to the comma closing that clause, where the main clause and its subject begin.
 */
function introductoryClauseEnd(
  doc: ArticleDocument,
  segment: Segment,
  cue: number,
  contentFirst: number,
  end: number,
): number {
  const { tokens } = doc;
  if (!INTRODUCTORY_OPENERS.has(tokens[segment.first]!.normal) || openingMark(tokens[segment.first]!) > 0) return end;
  for (let i = segment.first; i < cue; i++) if (/,\s*$/.test(tokens[i]!.after)) return end;
  for (let i = contentFirst; i < end - 1; i++) {
    if (insideQuotation(doc, i) || !/,/.test(tokens[i]!.after)) continue;
    const subject = tokens[i + 1]!;
    // a capitalized word is the main clause's subject even where compromise took a surname for a verb ("Ham")
    if (isNounish(subject) || isModifier(subject) || /^\p{Lu}/u.test(subject.text)) return i + 1;
  }
  return end;
}

/** "said Tuesday he ...": a day or date right after the cue, with no "that", is when, not what. */
function pastDate(tokens: Token[], first: number, limit: number): number {
  let next = first;
  while (
    next < limit - 1 &&
    tokens[next]!.tags.has('Date') &&
    joined(tokens[next]!) &&
    !tokens[next]!.tags.has('Value')
  )
    next++;
  return next > first && !tokens[next]!.tags.has('Verb') ? next : first;
}

/** The content from `contentFirst` to the end of the sentence, or to a participle reporting more (", adding ..."). */
function contentAfter(
  doc: ArticleDocument,
  segment: Segment,
  cue: number,
  contentFirst: number,
  speaker: Mention,
): Found | null {
  const { tokens } = doc;
  if (contentFirst >= segment.end) return quoteAfterColon(doc, segment, cue, speaker);
  let end = segment.end;
  const quoted = openingMark(tokens[contentFirst]!) > 0;
  // "voters who backed Stern said ...": a cue in a relative clause reports up to the main clause's verb
  const inRelativeClause = cue > segment.first && SUBJECT_RELATIVES.has(tokens[cue - 1]!.normal);
  for (let i = contentFirst + 1; i < segment.end; i++) {
    if (inRelativeClause && isCue(tokens[i]!) && isFiniteVerb(tokens[i]!, tokens[i - 1]) && !insideQuotation(doc, i)) {
      end = i;
      break;
    }
    // ", saying ...": compromise may read a participle after a comma as a noun
    if (
      (isParticipleCue(tokens[i]!) || isParticipleAfterComma(tokens, i)) &&
      !joined(tokens[i - 1]!) &&
      !QUOTE_MARK.test(tokens[i - 1]!.after)
    ) {
      end = i;
      break;
    }
    if (participleQuotation(doc, contentFirst, i)) {
      end = i;
      break;
    }
    // 'says, "Don't do it," until shots are heard': after the quotation the narration goes on
    if (
      quoted &&
      QUOTE_MARK.test(tokens[i - 1]!.after) &&
      (opensClause(tokens, i) || SUBORDINATORS.has(tokens[i]!.normal))
    ) {
      end = i;
      break;
    }
    if (semicolonReport(doc, i, segment.end)) {
      end = i;
      break;
    }
    const conjunction = coordinatedCueConjunction(tokens, contentFirst, i);
    if (conjunction !== null) {
      end = conjunction;
      break;
    }
  }
  end = introductoryClauseEnd(doc, segment, cue, contentFirst, end);
  end = narrationResumes(doc, contentFirst, end, (i) => insideQuotation(doc, i));
  const last = tokens[end - 1]!;
  // reported speech keeps its "that", as PolNeAR's annotators mark it (dev: 280 contents open with it, 2 start
  // after it); a quotation after "that" stays the quotation, verbatim
  const complementizer = tokens[contentFirst - 1]!;
  const opening =
    contentFirst - 1 > cue && complementizer.normal === 'that' && !complementizer.tags.has('Noun') && !quoted
      ? complementizer.start
      : tokens[contentFirst]!.start - openingMark(tokens[contentFirst]!);
  return {
    cueFirst: cue,
    cueEnd: cueEndAt(tokens, cue),
    speaker,
    contentStart: opening,
    contentEnd: last.end + closingMark(last),
  };
}

/**
 * "..., tweeting, '...'", "..., while chanting '...'": any participle set off by a comma and followed at once
 * by a quotation quotes the sentence's speaker, whether or not the lexicon knows the verb.
 */
function quotingParticiple(
  doc: ArticleDocument,
  segment: Segment,
  cue: number,
  sentenceSpeaker: Mention | null,
): Found | null {
  const { tokens } = doc;
  const quotation = participleQuotation(doc, segment.first, cue);
  // the subject is looked for only once a quotation follows: it reads the sentence, and this runs at every token
  const speaker = quotation && (sentenceSpeaker ?? sentenceSubject(tokens, segment));
  if (!quotation || !speaker) return null;
  return { cueFirst: cue, cueEnd: cue + 1, speaker, contentStart: quotation.start, contentEnd: quotation.end };
}

/** The quotation right after a participle set off by a comma (", singing '...'"), or null. */
function participleQuotation(doc: ArticleDocument, first: number, cue: number): Quotation | null {
  const { tokens } = doc;
  const token = tokens[cue]!;
  const next = tokens[cue + 1];
  // "..., including, '...'" lists what the sentence's content holds: nobody quotes by including
  if (!token.tags.has('Gerund') || !next || cue === first || LISTING_PARTICIPLES.has(token.normal)) return null;
  const previous = tokens[cue - 1]!;
  const setOff =
    /,\s*$/.test(previous.after) ||
    (SUBORDINATORS.has(previous.normal) && cue - 1 > first && /,\s*$/.test(tokens[cue - 2]!.after));
  if (!setOff || !/^[,:]?\s*$/.test(token.after.replace(/["“”„«»]|''/g, ''))) return null;
  return doc.quotations.find((q) => q.start >= token.end && q.start < next.start) ?? null;
}

/** "... but noted that ...": compromise may read a past form after "and" or "but" and before "that" as an adjective. */
const isCoordinatedPast = (tokens: Token[], i: number): boolean =>
  CUE_WORDS.has(tokens[i]!.normal) &&
  /ed$/.test(tokens[i]!.normal) &&
  i > 0 &&
  /^(and|but)$/.test(tokens[i - 1]!.normal) &&
  joined(tokens[i - 1]!) &&
  tokens[i + 1]?.normal === 'that';

/**
 * The "and" of "X urged ... and repeatedly said ...": a second reporting verb sharing the subject starts a
 * report of its own. Returns the conjunction's index, or null.
 */
function coordinatedCueConjunction(tokens: Token[], first: number, cue: number): number | null {
  if (!(isCue(tokens[cue]!) || isCoordinatedPast(tokens, cue)) || tokens[cue]!.tags.has('Gerund')) return null;
  let conjunction = cue - 1;
  while (conjunction > first && tokens[conjunction]!.tags.has('Adverb') && joined(tokens[conjunction]!)) conjunction--;
  const word = tokens[conjunction]!;
  return conjunction > first && /^(and|but)$/.test(word.normal) && joined(word) ? conjunction : null;
}

/**
 * Whether a second verb of saying is coordinated with `earlier`, the last cue of its sentence: both of one tense
 * ("after she attacked ... and blamed"). "May said the country would declare ... and suggested ..." coordinates
 * "suggested" with "said", not with the nested "would declare".
 */
function parallelCue(tokens: Token[], earlier: number, cue: number): boolean {
  if (earlier < 0) return false;
  const previous = tokens[earlier - 1];
  if (previous && (previous.tags.has('Modal') || previous.tags.has('Auxiliary') || previous.normal === 'to'))
    return false;
  return ['PastTense', 'PresentTense'].some(
    (tense) => tokens[earlier]!.tags.has(tense) && tokens[cue]!.tags.has(tense),
  );
}

/**
 * Whether the clause after a semicolon before `i` carries a report of its own ("... backs the levy; her rivals
 * argue that ..."): it is that report's, not a part of the content before it. A clause with no verb of saying
 * ("...; the minutes show ...") goes on with it. In PolNeAR train, cutting there gains 9 matches and loses 4.
 */
function semicolonReport(doc: ArticleDocument, i: number, end: number): boolean {
  const { tokens } = doc;
  if (!tokens[i - 1]!.after.includes(';') || insideQuotation(doc, i)) return false;
  for (let k = i; k < end; k++) {
    if (k > i && tokens[k - 1]!.after.includes(';')) return false;
    const token = tokens[k]!;
    // compromise tags a plural's present ("rivals argue") and a verb after a modal as infinitives
    const finite =
      isFiniteVerb(token, tokens[k - 1]) ||
      (token.tags.has('Infinitive') && !token.tags.has('Noun') && tokens[k - 1]!.normal !== 'to');
    if (isCue(token) && finite && !insideQuotation(doc, k)) return true;
  }
  return false;
}

/** "X urged ... and repeatedly said, '...'": the second verb reports for the first one's speaker. */
function coordinated(
  doc: ArticleDocument,
  segment: Segment,
  cue: number,
  sentenceSpeaker: Mention | null,
): Found | null {
  const { tokens } = doc;
  const speaker = sentenceSpeaker ?? sentenceSubject(tokens, segment);
  if (!speaker || coordinatedCueConjunction(tokens, segment.first, cue) === null) return null;
  return contentAfter(doc, segment, cue, contentFirstAfter(tokens, segment, cue), speaker);
}

/** "Jane Roe said:" closing a sentence or paragraph introduces the quotation that comes next. */
function quoteAfterColon(doc: ArticleDocument, segment: Segment, cue: number, speaker: Mention): Found | null {
  const last = doc.tokens[segment.end - 1]!;
  if (!last.after.endsWith(':')) return null;
  const introEnd = last.end + last.after.length;
  const next = quotationsOverlapping(doc.quotations, introEnd, doc.text.length)[0];
  if (!next || !/^\s*$/.test(doc.text.slice(introEnd, next.start))) return null;
  return { cueFirst: cue, cueEnd: cue + 1, speaker, contentStart: next.start, contentEnd: next.end };
}

/** One past a cue's last token: its particle is part of it ("pointed out", "spoke up"), not of what it reports. */
const cueEndAt = (tokens: Token[], cue: number): number =>
  joined(tokens[cue]!) && tokens[cue + 1]?.tags.has('Particle') && tokens[cue + 1]!.tags.has('PhrasalVerb')
    ? cue + 2
    : cue + 1;

/**
 * Where what a cue reports begins: "X said (that) ...", "X told reporters in Ohio that ...", "X told reporters: ...".
 */
function contentFirstAfter(tokens: Token[], segment: Segment, cue: number): number {
  let contentFirst = cueEndAt(tokens, cue);
  if (LISTENER_VERBS.has(tokens[cue]!.normal)) contentFirst = skipPhrase(tokens, contentFirst, segment.end);
  contentFirst = pastDate(tokens, pastWhenSaid(tokens, contentFirst, segment.end), segment.end);
  while (
    contentFirst < segment.end &&
    /^(that|:)$/.test(tokens[contentFirst]!.normal) &&
    !tokens[contentFirst]!.tags.has('Noun')
  )
    contentFirst++;
  return contentFirst;
}

/** "X said ..., adding that ...": a participle after a comma reports for the sentence's speaker. */
function participle(
  doc: ArticleDocument,
  segment: Segment,
  cue: number,
  sentenceSpeaker: Mention | null,
): Found | null {
  const { tokens } = doc;
  const speaker = sentenceSpeaker ?? sentenceSubject(tokens, segment);
  // ", adding ...", "began by saying ...", "while insisting ..."
  const introducedBy =
    cue > segment.first &&
    (!joined(tokens[cue - 1]!) ||
      /^(by|while|when|before|after)$/.test(tokens[cue - 1]!.normal) ||
      isOccasion(tokens[cue - 1]!));
  if (!speaker || !(isParticipleCue(tokens[cue]!) || isSetOffParticiple(tokens, segment, cue)) || !introducedBy)
    return null;
  let contentFirst = contentFirstAfter(tokens, segment, cue);
  while (
    contentFirst < segment.end &&
    (/^(that|:)$/.test(tokens[contentFirst]!.normal) || isBetweenWord(tokens[contentFirst]!))
  )
    contentFirst++;
  return contentAfter(doc, segment, cue, contentFirst, speaker);
}

/**
 * A quotation no cue claimed, closed by a short speaker tag that ends the sentence, whatever its verb:
 * '"Why did you run?" she yells.', '"...," the article read.', '"...," wails a narrator in the ad.'
 */
function taggedQuotation(doc: ArticleDocument, segment: Segment, attributions: Attribution[]): Found | null {
  const { tokens, text } = doc;
  const start = tokens[segment.first]!.start;
  const end = tokens[segment.end - 1]!.end;
  const quotation = quotationsOverlapping(doc.quotations, start, end).findLast((q) => q.end > start && q.end <= end);
  if (!quotation || !/[,?!]\s*(?:['’]\s*)?(["”’»]|'')$/.test(text.slice(quotation.start, quotation.end))) return null;
  if (attributions.some((a) => a.contentStart < quotation.end && quotation.start < a.contentEnd)) return null;
  let tag = segment.first;
  while (tag < segment.end && tokens[tag]!.start < quotation.end) tag++;
  if (tag >= segment.end) return null;
  const subject = phraseWithPrepositions(tokens, tag, segment.end);
  // compromise reads a verb closing the sentence as a plural noun ("a narrator in the ad asks", "Blige sings")
  const lastWord = subject ? tokens[subject.end - 1]! : null;
  const verbAfterName =
    subject && lastWord && /s$/.test(lastWord.normal) && tokens[subject.end - 2]?.tags.has('ProperNoun');
  if (
    subject &&
    lastWord &&
    subject.end - subject.first > 1 &&
    (CUE_WORDS.has(lastWord.normal) || verbAfterName) &&
    closesClause(tokens, segment, subject.end)
  ) {
    const speaker = { first: subject.first, end: subject.end - 1 };
    return speaksFor(tokens, speaker)
      ? {
          cueFirst: speaker.end,
          cueEnd: subject.end,
          speaker,
          contentStart: quotation.start,
          contentEnd: quotation.end,
        }
      : null;
  }
  if (
    subject &&
    subject.end < segment.end &&
    tokens[subject.end]!.tags.has('Verb') &&
    joined(tokens[subject.end - 1]!) &&
    closesClause(tokens, segment, subject.end + 1)
  ) {
    return speaksFor(tokens, subject)
      ? {
          cueFirst: subject.end,
          cueEnd: subject.end + 1,
          speaker: subject,
          contentStart: quotation.start,
          contentEnd: quotation.end,
        }
      : null;
  }
  const inverted = tokens[tag]!.tags.has('Verb') ? phraseAfter(tokens, tag + 1, segment.end) : null;
  if (inverted && joined(tokens[tag]!) && closesClause(tokens, segment, inverted.end) && speaksFor(tokens, inverted)) {
    return {
      cueFirst: tag,
      cueEnd: tag + 1,
      speaker: inverted,
      contentStart: quotation.start,
      contentEnd: quotation.end,
    };
  }
  return null;
}

/** Labels that open a paragraph with a colon without anyone speaking. */
const NON_SPEAKER_LABELS = new Set([
  'update',
  'note',
  "editor's note",
  'photo',
  'photos',
  'video',
  'audio',
  'watch',
  'listen',
  'related',
  'read more',
  'source',
  'sources',
  'correction',
  'clarification',
  'the latest',
  'disclosure',
  'warning',
  'caption',
  'credit',
  'map',
  'graphic',
  'chart',
  'timeline',
  'gallery',
  'slideshow',
  'infographic',
]);

/**
 * A name labelling what follows it in a paragraph: transcripts ("PENCE: Well, look ...") and headlines
 * ("Jane Roe: 'We will win'", "Poll: Voters abandon ..."). The rest of the paragraph is the name's.
 */
function speakerLabel(doc: ArticleDocument, segment: Segment, paragraphStarts: Set<number>): Found | null {
  const { tokens, text } = doc;
  // a transcript pasted as a block quote opens each paragraph with a quote mark: '"PENCE: Well, ...'
  const paragraphStart = tokens[segment.first]!.start - openingMark(tokens[segment.first]!);
  if (!paragraphStarts.has(paragraphStart)) return null;
  let colon = segment.first;
  while (colon < Math.min(segment.end, segment.first + 4) && joined(tokens[colon]!)) colon++;
  const label = tokens[colon];
  if (!label || colon >= segment.end || label.after.trim() !== ':' || colon + 1 >= tokens.length) return null;
  const words = tokens.slice(segment.first, colon + 1);
  if (
    !words.every(
      (t) => /^\p{Lu}/u.test(t.text) && !t.tags.has('Date') && !t.tags.has('Pronoun') && !t.tags.has('Value'),
    )
  )
    return null;
  if (NON_SPEAKER_LABELS.has(text.slice(words[0]!.start, label.end).toLowerCase().replace(/[’]/g, "'"))) return null;
  const paragraph = doc.paragraphs.find((p) => p.start === paragraphStart)!;
  const contentFirst = tokens[colon + 1]!;
  if (contentFirst.start >= paragraph.end) return null;
  const speaker = { first: segment.first, end: colon + 1 };
  return {
    cueFirst: colon,
    cueEnd: colon + 1,
    speaker,
    contentStart: contentFirst.start - openingMark(contentFirst),
    contentEnd: paragraph.end,
    bounded: true,
  };
}

/**
 * A sentence ending in a colon that introduces the quotation right after it, whatever its verb:
 * 'Roe made the following comment:' or 'Said Roe:' before a quoted paragraph.
 */
function colonIntroduction(doc: ArticleDocument, segment: Segment, attributions: Attribution[]): Found | null {
  const { tokens, text } = doc;
  let colon = segment.first;
  while (colon < segment.end && !tokens[colon]!.after.trimEnd().endsWith(':')) colon++;
  if (colon >= segment.end) return null;
  const introEnd = tokens[colon]!.end + tokens[colon]!.after.length;
  const quotation = quotationsOverlapping(doc.quotations, introEnd, text.length)[0];
  if (!quotation || quotation.start < introEnd || !/^\s*$/.test(text.slice(introEnd, quotation.start))) return null;
  if (attributions.some((a) => a.contentStart < quotation.end && quotation.start < a.contentEnd)) return null;
  const intro = { first: segment.first, end: colon + 1 };
  const inverted = tokens[intro.first]!.tags.has('Verb') ? phraseAfter(tokens, intro.first + 1, intro.end) : null;
  if (inverted && inverted.end === intro.end && speaksFor(tokens, inverted)) {
    return {
      cueFirst: intro.first,
      cueEnd: intro.first + 1,
      speaker: inverted,
      contentStart: quotation.start,
      contentEnd: quotation.end,
    };
  }
  const subject = phraseWithPrepositions(tokens, afterIntroduction(tokens, segment), intro.end);
  let verb = subject ? subject.end : intro.end;
  while (verb < intro.end && isBetweenWord(tokens[verb]!)) verb++;
  if (
    subject &&
    subject.end < intro.end &&
    speaksFor(tokens, subject) &&
    verb < intro.end &&
    tokens[verb]!.tags.has('Verb')
  ) {
    return {
      cueFirst: verb,
      cueEnd: intro.end,
      speaker: subject,
      contentStart: quotation.start,
      contentEnd: quotation.end,
    };
  }
  // "At a town hall on Monday, the Christie supporter retorted:": the clause closing the introduction
  const lastVerb = tokens[colon]!;
  const lastSubject =
    lastVerb.tags.has('Verb') && !lastVerb.tags.has('Gerund') ? subjectBefore(doc, segment, colon) : null;
  if (!lastSubject || !speaksFor(tokens, lastSubject)) return null;
  return {
    cueFirst: colon,
    cueEnd: colon + 1,
    speaker: lastSubject,
    contentStart: quotation.start,
    contentEnd: quotation.end,
  };
}

/** A noun phrase with the prepositional phrases after it: "a narrator in the new ad". */
function phraseWithPrepositions(tokens: Token[], first: number, limit: number): Mention | null {
  const phrase = phraseAfter(tokens, first, limit);
  if (!phrase) return null;
  let end = phrase.end;
  while (end < limit && joined(tokens[end - 1]!) && tokens[end]!.tags.has('Preposition')) {
    const object = phraseAfter(tokens, end + 1, limit);
    if (!object) break;
    end = object.end;
  }
  return { first: phrase.first, end };
}

/**
 * A phrase that can be a speaker: a name, a person pronoun, or a determined noun phrase ("a narrator", "the article").
 */
function speaksFor(tokens: Token[], phrase: Mention): boolean {
  const first = tokens[phrase.first]!;
  return namesSomeone(tokens, phrase) || first.tags.has('Determiner') || first.tags.has('Value');
}

/**
 * Quoted words no cue claimed, after the verb of a named subject: 'Roe openly admires the governor as a
 * "strong leader"', 'Roe called the plan "a disgrace"'. Quoting someone's words makes the sentence report them.
 */
function quotedWordsOfSubject(
  doc: ArticleDocument,
  segment: Segment,
  attributions: Attribution[],
  properNames: ReadonlySet<string>,
): Found | null {
  const { tokens } = doc;
  const start = tokens[segment.first]!.start;
  const end = tokens[segment.end - 1]!.end;
  const covered = (q: Quotation): boolean => attributions.some((a) => a.contentStart < q.end && q.start < a.contentEnd);
  // a quotation may run past the segment: "chanting “U-S-A! U-S-A!”" is cut at its first "!"
  const unclaimed = quotationsOverlapping(doc.quotations, start, end).filter(
    (q) => q.start >= start && q.start < end && !covered(q),
  );
  if (unclaimed.length === 0) return null;
  const subject = phraseAfter(tokens, afterIntroduction(tokens, segment), segment.end);
  const named = (t: Token): boolean =>
    t.tags.has('ProperNoun') ||
    t.tags.has('Person') ||
    t.tags.has('Actor') ||
    (t.tags.has('Pronoun') && SUBJECT_PRONOUNS.has(t.normal)) ||
    (/^\p{Lu}/u.test(t.text) && properNames.has(t.text));
  if (!subject || !tokens.slice(subject.first, subject.end).some(named)) return null;
  let verb = subject.end;
  while (verb < segment.end && isBetweenWord(tokens[verb]!) && joined(tokens[verb - 1]!)) verb++;
  if (verb >= segment.end || !tokens[verb]!.tags.has('Verb') || !joined(tokens[verb - 1]!)) return null;
  const quotes = unclaimed.filter((q) => q.start >= tokens[verb]!.end);
  if (quotes.length === 0) return null;
  // 'Roe took to Twitter to accuse the panel of being "duped"': the words are what the last cue before them reports
  const cue = nearestCueBefore(tokens, verb, quotes[0]!.start);
  return {
    cueFirst: cue === verb ? subject.end : cue,
    cueEnd: cue + 1,
    speaker: subject,
    contentStart: tokens[cue]!.end,
    contentEnd: quotes[quotes.length - 1]!.end,
  };
}

/** The last cue word after the verb and before `before` (the quoted words report it), else the verb itself. */
function nearestCueBefore(tokens: Token[], verb: number, before: number): number {
  let cue = verb;
  for (let i = verb + 1; i < tokens.length && tokens[i]!.end <= before; i++)
    if (CUE_WORDS.has(tokens[i]!.normal)) cue = i;
  return cue;
}

/** Where the subject starts after an introductory phrase set off by a comma: "In recent weeks, Roe has ...". */
function afterIntroduction(tokens: Token[], segment: Segment): number {
  const first = tokens[segment.first]!;
  if (!first.tags.has('Preposition') && !first.tags.has('Adverb') && !first.tags.has('Conjunction'))
    return segment.first;
  // "On July 6, 2015, Sanders ...": the comma inside a date does not end the introduction
  for (let i = segment.first; i < Math.min(segment.end - 1, segment.first + 8); i++) {
    if (/,$/.test(tokens[i]!.after) && !tokens[i + 1]!.tags.has('Value')) return i + 1;
  }
  return segment.first;
}

/** ", saying ...", ", telling reporters ...": a participle cue right after a comma, outside any quotation. */
const isSetOffParticiple = (tokens: Token[], segment: Segment, cue: number): boolean =>
  cue > segment.first &&
  // compromise calls some of these nouns ("his rival, calling him ..."): the -ing form after a comma is enough
  CUE_WORDS.has(tokens[cue]!.normal) &&
  /ing$/.test(tokens[cue]!.normal) &&
  /,\s*$/.test(tokens[cue - 1]!.after) &&
  // "... but, seeking to justify it, the army claimed": the participle opens the next clause, its subject follows
  !tokens[cue - 1]!.tags.has('Conjunction');

/** How far into a sentence its main clause's subject is looked for: the look-up stays constant per cue. */
const MAX_SUBJECT_DISTANCE = 60;

/**
 * The subject of the first finite verb before `cue`, outside quotations:
 * "Speaking in Salem, New Hampshire, Roe went after Bush, calling him ..." is Roe's, not New Hampshire's; "Roe
 * spoke about the shooting in Tulsa, Oklahoma, arguing ..." is Roe's. Null when that phrase is a date or a place.
 */
function clauseSubject(doc: ArticleDocument, segment: Segment, cue: number): Mention | null {
  const { tokens } = doc;
  for (let verb = segment.first + 1; verb < Math.min(cue, segment.first + MAX_SUBJECT_DISTANCE); verb++) {
    const token = tokens[verb]!;
    const nonFinite = token.tags.has('Gerund') || tokens[verb - 1]!.normal === 'to';
    if (!token.tags.has('Verb') || nonFinite || insideQuotation(doc, verb)) continue;
    const phrase = subjectBefore(doc, segment, verb);
    if (!phrase) return null;
    const head = tokens[phrase.end - 1]!;
    if (RELATIVE.has(head.normal) || head.tags.has('Date') || head.tags.has('Place')) return null;
    return phrase;
  }
  return null;
}

/** The named subject opening a sentence ("Jane Roe defended the plan, ..."), or null. */
function sentenceSubject(tokens: Token[], segment: Segment): Mention | null {
  const subject = phraseAfter(tokens, segment.first, segment.end);
  if (!subject) return null;
  let verb = subject.end;
  while (verb < segment.end && isBetweenWord(tokens[verb]!) && joined(tokens[verb - 1]!)) verb++; // "She then urges"
  if (verb >= segment.end || !tokens[verb]!.tags.has('Verb')) return null;
  const words = tokens.slice(subject.first, subject.end);
  const named = words.some(
    (t) =>
      t.tags.has('ProperNoun') || t.tags.has('Person') || (t.tags.has('Pronoun') && SUBJECT_PRONOUNS.has(t.normal)),
  );
  // "Trump unleashed ...": a surname compromise reads as a common noun, capitalized and singular
  const surname = words.length === 1 && words[0]!.tags.has('Singular') && isCapitalizedNoun(words[0]!);
  return named || surname ? subject : null;
}

/**
 * Whether a cue with its subject on the left reports what came before it ('"...," X said on Monday.',
 * '..., X said.') rather than what follows ("X said on Monday that ...", "X said: ...").
 */
function contentComesBefore(doc: ArticleDocument, segment: Segment, speakerFirst: number, cue: number): boolean {
  const { tokens } = doc;
  const cueToken = tokens[cue]!;
  const next = tokens[cue + 1];
  const previous = tokens[speakerFirst - 1];
  if (!previous) return false;
  // "In an interview on "Face the Nation," Ryan said ...": an introductory phrase, quoted title and all, is no content
  let introEnd = speakerFirst; // the comma closing the phrase: the speaker's title may come between ("House Speaker")
  while (introEnd > Math.max(segment.first, speakerFirst - 3) && !tokens[introEnd - 1]!.after.includes(',')) introEnd--;
  const quoted = quotationsOverlapping(doc.quotations, tokens[segment.first]!.start, tokens[speakerFirst]!.start);
  const introduced =
    tokens[segment.first]!.tags.has('Preposition') &&
    openingMark(tokens[segment.first]!) === 0 &&
    introEnd > segment.first &&
    tokens[introEnd - 1]!.after.includes(',') &&
    !tokens
      .slice(segment.first, introEnd)
      .some((t) => t.tags.has('Verb') && !quoted.some((q) => q.start <= t.start && t.end <= q.end));
  if (joined(previous)) return quoteBeforeSubject(tokens, segment, speakerFirst) && !introduced;
  if (cueToken.after.includes(':')) return false; // "... he warned: '...'"
  // '"The plan," she said, "is dead."': the second half is joined later (continuingQuotationEnd)
  if (speakerFirst > segment.first && QUOTE_MARK.test(previous.after) && !introduced) return true;
  if (next && QUOTE_MARK.test(next.before) && cue + 1 < segment.end) return false;
  // "The plan, she said, was ...": an attribution set off by commas interrupts its content
  if (speakerFirst > segment.first && cueToken.after === ',' && !introduced) return true;
  if (introduced) return false;
  // "But when Congress cut funding, Mexico said it would retaliate": a subordinate clause opening the sentence is
  // when or why, and what was said follows the cue
  const opener = /^(and|but|so|yet)$/.test(tokens[segment.first]!.normal) ? segment.first + 1 : segment.first;
  const subordinateIntro =
    opener < speakerFirst &&
    INTRODUCTORY_OPENERS.has(tokens[opener]!.normal) &&
    quoted.length === 0 &&
    previous.after.includes(',') &&
    cue + 1 < segment.end &&
    !cueToken.after.includes(',');
  if (subordinateIntro) return false;
  // '"...?" Trump said, looking out on the crowd.': a participle after the cue describes, the quote before is the
  // content
  if (cueToken.after.trim() === ',' && next?.tags.has('Gerund') && !isCue(next)) return QUOTE_MARK.test(previous.after);
  const introducesClause = (): boolean => {
    for (let i = cue + 1; i < Math.min(segment.end, cue + 9); i++)
      if (tokens[i]!.normal === 'that' || tokens[i]!.after.includes(':')) return true;
    return false;
  };
  // '"...?" Trump said of Apple in February.', '"..." Roe said as she left.': the quote before is what was said
  const circumstance =
    next &&
    cue + 1 < segment.end &&
    joined(cueToken) &&
    (opensClause(tokens, cue + 1) || (next.tags.has('Preposition') && SPEECH_VERBS.has(cueToken.normal)));
  if (circumstance && speakerFirst === segment.first && QUOTE_MARK.test(previous.after) && !introducesClause())
    return true;
  // "Later, X said ...": a word or two before the speaker is no content
  if (speakerFirst - segment.first < 3 && segment.end - cue > 3) return false;
  if (introducesClause()) return false;
  // "In a letter on Friday, Cruz said he ...": a clause right after the cue is its content; the occasion after a
  // listener is none ("..., Roe told the Kessel Ledger on Friday.")
  const afterListener = LISTENER_VERBS.has(cueToken.normal) ? skipPhrase(tokens, cue + 1, segment.end) : cue + 1;
  const afterListenerToken = afterListener < segment.end ? tokens[afterListener]! : null;
  const occasionAfterListener =
    afterListener > cue + 1 &&
    segment.end - afterListener <= 4 &&
    (!afterListenerToken || afterListenerToken.tags.has('Preposition') || afterListenerToken.tags.has('Date'));
  if (
    next &&
    cue + 1 < segment.end &&
    joined(cueToken) &&
    segment.end - cue > 4 &&
    (!(next.tags.has('Preposition') || next.tags.has('Adverb')) || QUESTION_WORDS.has(next.normal)) &&
    !next.tags.has('Date') &&
    !occasionAfterListener
  )
    return false;
  // "Jane Roe, a lawyer, said ...": a lone noun phrase before the speaker is an appositive, not content
  if (speakerFirst > segment.first) return phraseAfter(tokens, segment.first, speakerFirst)?.end !== speakerFirst;
  // a sentence of its own after a quote: '"..." Jane Roe said on Monday.'
  return QUOTE_MARK.test(previous.after) && segment.end - cue <= 6;
}

/** '"...," Tulsa police Chief Jane Roe said': a quote closes a few words before the speaker compromise found. */
function quoteBeforeSubject(tokens: Token[], segment: Segment, speakerFirst: number): boolean {
  for (let k = speakerFirst - 1; k > segment.first && k >= speakerFirst - 3; k--) {
    // '"...," but he said that ...', '... a "disgrace" after she attacked ...': a conjunction or a subordinator
    // opens a clause of its own, no title of the speaker
    if (tokens[k]!.tags.has('Conjunction') || SUBORDINATORS.has(tokens[k]!.normal) || opensClause(tokens, k))
      return false;
    if (QUOTE_MARK.test(tokens[k - 1]!.after)) return true;
    if (!joined(tokens[k - 1]!)) return false;
  }
  return false;
}

/** What an attribution at the end of a sentence reports: the sentence before it, or the quote just before it. */
function contentBefore(
  doc: ArticleDocument,
  segment: Segment,
  speakerFirst: number,
): { start: number; end: number } | null {
  const { tokens, text } = doc;
  const speakerStart = tokens[speakerFirst]!.start;
  if (speakerFirst > segment.first) {
    const firstToken = tokens[segment.first]!;
    let lastBefore = speakerFirst - 1;
    // the quote may close a few words before the speaker compromise found: "...," Tulsa police Chief X said
    for (let k = lastBefore; k > lastBefore - 3 && k > segment.first && joined(tokens[k]!); k--)
      if (QUOTE_MARK.test(tokens[k - 1]!.after)) lastBefore = k - 1;
    return {
      start: firstToken.start - openingMark(firstToken),
      end: tokens[lastBefore]!.end + closingMark(tokens[lastBefore]!),
    };
  }
  // the sentence starts with the speaker: the quote it reports closed the previous one, in the same paragraph (a
  // paragraph opening "Roe said about 20 people ..." after a quoted one reports what follows it, or nothing)
  const quotation = doc.quotations.findLast((q) => q.end <= speakerStart);
  if (!quotation || !/^[ \t,]*$/.test(text.slice(quotation.end, speakerStart))) return null;
  return { start: quotation.start, end: quotation.end };
}

/**
 * The end of a sentence an attribution interrupts: "The plan, she said, was never funded." Not when an
 * appositive ("said Jane Roe, a lawyer") or another report (", adding ...") follows, nor after a quote.
 */
function parentheticalEnd(
  doc: ArticleDocument,
  segment: Segment,
  attributionEnd: number,
  contentEnd: number,
): number | null {
  const { tokens, text } = doc;
  const next = tokens[attributionEnd];
  if (
    !next ||
    attributionEnd >= segment.end ||
    joined(tokens[attributionEnd - 1]!) ||
    QUOTE_MARK.test(text.slice(contentEnd - 2, contentEnd))
  )
    return null;
  if (
    // "It is no surprise, Roe said, that ...": "that" goes on with the content, "who" and "which" describe the speaker
    (RELATIVE.has(next.normal) && next.normal !== 'that') ||
    /^(a|an)$/.test(next.normal) ||
    // "The museum, Roe said, celebrated ...": a verb with a tense goes on with the content, even one the lexicon knows
    (isCue(next) && !isFiniteVerb(next, tokens[attributionEnd - 1])) ||
    QUOTE_MARK.test(next.before)
  )
    return null;
  const last = tokens[segment.end - 1]!;
  return last.end + closingMark(last);
}

/**
 * The end of the quotation that carries on after an attribution in the middle of a quote:
 * '"First part," she said, "second part."' or '"One sentence," he said. "Another one."'
 */
function continuingQuotationEnd(doc: ArticleDocument, attributionEnd: number): number | null {
  const next = quotationsOverlapping(doc.quotations, attributionEnd, doc.text.length)[0];
  if (!next) return null;
  const gap = doc.text.slice(attributionEnd, next.start);
  // only a short tail of the attribution sentence between them, no paragraph break, no other quote
  const words = gap.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.some((word) => CUE_WORDS.has(word))) return null; // "..., adding later, "...": a report of its own
  // '"...," Roe said, and still "...": a time word may follow the conjunction
  if (gap.length > 200 || !/[,:]\s*(?:(?:but|and)\s+(?:still\s+|also\s+|then\s+)?)?$/.test(gap) || /[\n"“”]/.test(gap))
    return null;
  // a sentence of narration between them ends the quote ("Mr." and other abbreviations end none)
  const tagSentence = sentenceAt(doc, attributionEnd - 1);
  const quoteSentence = sentenceAt(doc, next.start);
  const sentenceStartsInGap =
    quoteSentence - tagSentence > 1 ||
    (quoteSentence === tagSentence + 1 && doc.sentences[quoteSentence]!.start < next.start);
  return sentenceStartsInGap ? null : next.end;
}

/** The longest speaker tag a quotation carries on past: '"...," said Jane Roe, who runs the clinic. "..."'. */
const MAX_CARRIED_TAG = 300;

/**
 * '"The plan is dead," Roe said on Monday. "Nobody will fund it."': a quotation that opens the sentence after the
 * speaker tag closing a content (in the same paragraph or opening the next) and that no report of
 * its own claims is the same speaker going on, and PolNeAR's annotators mark the two as one content (in train, 152
 * times against 27 within a paragraph). Whatever the tag holds besides ('on NBC\'s "Meet the Press."', ', adding
 * that ...') the next sentence's quotation goes on.
 */
function carryOnQuotations(doc: ArticleDocument, attributions: Attribution[]): void {
  const { text, quotations } = doc;
  const claimed = spanIndex(attributions.map((a) => [a.contentStart, a.contentEnd] as const));
  for (const a of attributions) {
    if (a.contentEnd > a.cueStart) continue;
    const window = quotationsOverlapping(quotations, a.cueEnd, a.cueEnd + MAX_CARRIED_TAG + 1);
    for (const next of window.filter((quotation) => quotation.start >= a.cueEnd)) {
      const gap = text.slice(a.cueEnd, next.start);
      // a paragraph break may come right before it: the next paragraph opens with the quotation
      if (gap.length > MAX_CARRIED_TAG || gap.trimEnd().includes('\n')) break;
      if (!/[.!?]["”’]*\s+$/.test(gap)) continue;
      // '"...," Roe said. The crowd cheered. "...": a sentence of narration between them ends the quote
      const followsTag = sentenceAt(doc, next.start) === sentenceAt(doc, a.cueStart) + 1;
      if (followsTag && !claimed(next.start, next.end)) {
        a.contentEnd = next.end;
        a.content = text.slice(a.contentStart, a.contentEnd);
      }
      break;
    }
  }
}

function accordingTo(doc: ArticleDocument, segment: Segment, according: number): Found | null {
  const { tokens } = doc;
  const opening = according === segment.first;
  // "According to exit polls, ...", "According to figures from the Dock Union, ...": where compromise reads "exit"
  // or "figures" as a verb, an opening source is the name the sources read there, before the comma closing it
  const introEnd = opening ? afterSourceComma(doc, according + 2, segment.end) : null;
  const named = introEnd !== null ? nameFrom(doc, according + 2, introEnd) : null;
  const speaker = phraseAfter(tokens, according + 2, segment.end) ?? (named && { first: named.first, end: named.end });
  if (!speaker) return null;
  const last = tokens[segment.end - 1]!;
  if (opening) {
    // "According to a poll out Thursday, ...", "According to the exit poll conducted by Edison, ...": what was said
    // starts after the comma that closes the source, however far its phrase runs
    const contentFirst = introEnd ?? speaker.end;
    if (contentFirst >= segment.end) return null;
    const first = tokens[contentFirst]!;
    return {
      cueFirst: according,
      cueEnd: according + 2,
      speaker,
      contentStart: first.start,
      contentEnd: last.end + closingMark(last),
    };
  }
  const lastBefore = tokens[according - 1]!;
  const firstToken = tokens[segment.first]!;
  // "The plan, according to Roe, was never funded": set off by commas, the source interrupts what was said;
  // "..., according to an email obtained by the Ledger." and "..., according to a count, but ..." end it (", and"
  // goes on), and so does an aside after a whole clause ("The levy passed, according to Roe, head of the board, ...";
  // on PolNeAR dev 3 more contents matched, on train 6)
  const closing = speaker.end < segment.end - 1 ? afterSourceComma(doc, according + 2, segment.end) : null;
  const interrupts =
    closing !== null &&
    !CONTRASTS.has(tokens[closing]!.normal) &&
    (!finiteVerbBetween(doc, segment.first, according) || goesOnWithClause(tokens, closing));
  const contentEnd = interrupts ? last.end + closingMark(last) : lastBefore.end + closingMark(lastBefore);
  return {
    cueFirst: according,
    cueEnd: according + 2,
    speaker,
    contentStart: firstToken.start - openingMark(firstToken),
    contentEnd,
  };
}

/** Whether a verb with a tense, outside quotation marks, stands among the tokens [first, end). */
function finiteVerbBetween(doc: ArticleDocument, first: number, end: number): boolean {
  for (let k = first; k < end; k++)
    if (isFiniteVerb(doc.tokens[k]!, doc.tokens[k - 1]) && !insideQuotation(doc, k)) return true;
  return false;
}

/** Words after a comma that go on with the clause before it: ", and ...", ", that ...". */
const CLAUSE_CONTINUATIONS = new Set(['and', 'or', 'that', 'to']);

/** Whether the token at `first` goes on with a clause: a verb, a conjunction, or an adverb before a verb. */
const goesOnWithClause = (tokens: Token[], first: number): boolean =>
  tokens[first]!.tags.has('Verb') ||
  CLAUSE_CONTINUATIONS.has(tokens[first]!.normal) ||
  (tokens[first]!.tags.has('Adverb') && !!tokens[first + 1]?.tags.has('Verb'));

/** Words that may come before an opening "asked": "When asked", "And after being asked". */
const BEFORE_ASKED = new Set(['and', 'but', 'when', 'after', 'being', 'once', 'if']);
/**
 * Words an indirect question opens with: "explained why ...", "asked whether ...". compromise tags some as
 * prepositions or adverbs, but after a cue they open its content. Not "when": "said when asked" is a circumstance.
 */
const QUESTION_WORDS = new Set(['whether', 'if', 'what', 'who', 'whom', 'which', 'how', 'why', 'where']);
/** Words a question after "asked" opens with: "asked whether ...", "asked about ...", "asked to confirm ...". */
const QUESTION_OPENERS = new Set([...QUESTION_WORDS, 'when', 'about', 'to']);
/** How far after "asked" its question is looked for, past a listener or a time ("Asked on Fox on Friday"). */
const MAX_BEFORE_QUESTION = 6;

/** Whether an opening "asked" comes before the token `before`. */
function asksFirst(tokens: Token[], segment: Segment, before: number): boolean {
  for (let i = segment.first; i < Math.min(before, segment.first + 4); i++)
    if (opensWithAsked(tokens, segment, i)) return true;
  return false;
}

/** "Asked about the plan, Roe said ...", "When asked whether ...": "asked" opens the sentence's introduction. */
function opensWithAsked(tokens: Token[], segment: Segment, i: number): boolean {
  if (tokens[i]!.normal !== 'asked') return false;
  for (let k = segment.first; k < i; k++) if (!BEFORE_ASKED.has(tokens[k]!.normal)) return false;
  return i - segment.first <= 3;
}

/**
 * "Asked whether he would run, Roe said ...": the introduction reports a question put to the sentence's speaker by
 * someone the article does not name (a reporter), and PolNeAR's annotators mark it so (63 of 73 such openings in
 * train), with no source. The question runs from its first word to the comma where the main clause's subject begins;
 * that clause is read on by the other passes.
 */
function askedQuestion(doc: ArticleDocument, segment: Segment, asked: number): Found | null {
  const { tokens } = doc;
  let first = asked + 1;
  while (first < Math.min(segment.end, asked + 1 + MAX_BEFORE_QUESTION) && !QUESTION_OPENERS.has(tokens[first]!.normal))
    first++;
  if (first >= segment.end || !QUESTION_OPENERS.has(tokens[first]!.normal)) first = asked + 1;
  for (let i = first; i < segment.end - 1; i++) {
    if (!tokens[i]!.after.includes(',') || insideQuotation(doc, i)) continue;
    const next = tokens[i + 1]!;
    const subject =
      SUBJECT_PRONOUNS.has(next.normal) ||
      next.tags.has('Determiner') ||
      next.tags.has('Value') ||
      ((next.tags.has('ProperNoun') || next.tags.has('Person')) && !next.tags.has('Verb'));
    if (!subject) continue;
    const last = tokens[i]!;
    return {
      cueFirst: asked,
      cueEnd: asked + 1,
      speaker: null,
      contentStart: tokens[first]!.start - openingMark(tokens[first]!),
      contentEnd: last.end + closingMark(last),
    };
  }
  return null;
}

/** Forms of "be" before "expected to": "is expected to", "could be expected to", "had been expected to". */
const EXPECTING_BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', "'s", "'re"]);
/** Adverbs between "be" and "expected": "is widely expected to". */
const EXPECTING_ADVERBS = new Set(['widely', 'also', 'now', 'still', 'generally', 'broadly', 'largely', 'not']);
const RELATIVES_OF_SUBJECT = new Set(['who', 'which', 'that']);
const COORDINATORS = new Set(['and', 'but', 'or', 'so', 'yet']);

/**
 * "The vote is expected to pass on Friday": an expectation the article voices for nobody named. PolNeAR's annotators
 * mark the whole clause, subject and cue inside it, as the content and "is expected" as the cue, with no source (in
 * train 63 of 73 "be expected to"; "likely to", "set to" or "poised to" far less: 6 of 52, 3 of 20, 2 of 18). The
 * clause opens the sentence, or the relative that is its subject ("which is expected to ..."), or the content of the
 * report it is nested in ("officials said the vote is expected to pass").
 */
function expectation(
  doc: ArticleDocument,
  segment: Segment,
  expected: number,
  nestedIn: Attribution | undefined,
): Found | null {
  const { tokens } = doc;
  if (tokens[expected]!.normal !== 'expected' || tokens[expected + 1]?.normal !== 'to') return null;
  let be = expected - 1;
  while (be > segment.first && EXPECTING_ADVERBS.has(tokens[be]!.normal)) be--;
  if (be <= segment.first || !EXPECTING_BE.has(tokens[be]!.normal)) return null;
  // a pronoun subject opens its clause: "... on the same night she is expected to"
  let first = SUBJECT_PRONOUNS.has(tokens[be - 1]!.normal) ? be - 1 : segment.first;
  // the clause after a conjunction, a subordinator or a relative: "..., and Trump is expected to", "because she is
  // expected to", "which the Senate is expected to vote on"; not the relative of an aside in the subject ("The
  // bank, which has held rates near zero, is expected to")
  for (let k = be - 1; first === segment.first && k >= Math.max(segment.first, be - MAX_PHRASE_TOKENS); k--) {
    const word = tokens[k]!.normal;
    const subjectFollows = k + 1 === be || phraseAfter(tokens, k + 1, be)?.end === be;
    if (RELATIVES_OF_SUBJECT.has(word) && subjectFollows) {
      first = k;
      break;
    }
    const afterConjunction = k > segment.first && COORDINATORS.has(word) && /[,;]/.test(tokens[k - 1]!.after);
    if (afterConjunction || ((CLAUSE_OPENERS.has(word) || word === 'where') && subjectFollows)) {
      first = k + 1;
      break;
    }
    if (k > segment.first && /[;:]/.test(tokens[k - 1]!.after)) {
      first = k;
      break;
    }
  }
  if (nestedIn && nestedIn.contentStart < tokens[be]!.start && nestedIn.contentEnd > tokens[expected]!.end) {
    while (first < be && tokens[first]!.start < nestedIn.contentStart) first++;
    if (tokens[first]!.normal === 'that' && first + 1 < be) first++;
  }
  // read from the finite "be": the clause goes on past its time and place ("to act in December"), up to the comma
  // or dash where the writer adds to it (", potentially teeing up ...", "-- the first wave of ...")
  let end = narrationResumes(doc, be, segment.end, (i) => insideQuotation(doc, i));
  for (let k = expected + 2; k < end - 1; k++)
    if (/[,;]|--|[—–]|^-$/.test(tokens[k]!.after) && !insideQuotation(doc, k)) {
      end = k + 1;
      break;
    }
  if (end <= expected + 2) return null;
  const last = tokens[end - 1]!;
  return {
    cueFirst: be,
    cueEnd: expected + 1,
    speaker: null,
    contentStart: tokens[first]!.start - openingMark(tokens[first]!),
    contentEnd: last.end + closingMark(last),
  };
}

/**
 * Verbs that give a thing the name someone uses for it ("what she called a rant"); those that need "as" after
 * them to do so carry it. From PolNeAR train: the cues of the 32 gold contents of the form "what X called Y".
 */
const NAMING_VERBS: ReadonlyMap<string, boolean> = new Map([
  ['call', false],
  ['calls', false],
  ['called', false],
  ['calling', false],
  ['dubbed', false],
  ['termed', false],
  ['labeled', false],
  ['labelled', false],
  ['branded', false],
  ['describe', true],
  ['describes', true],
  ['described', true],
  ['characterized', true],
  ['characterizes', true],
]);
/** Words after "called" that make it another verb: "what he called for", "which she called off". */
const NOT_NAMING_AFTER = new Set(['for', 'on', 'off', 'up', 'out', 'in', 'into', 'back', 'to', 'that', 'it', 'them']);
/** Auxiliaries between the namer and the verb: "what critics have called", "which had been called". */
const NAMING_AUXILIARIES = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'be', 'been', "'s", 'often']);
/** The longest namer read between "what" and its verb ("which Apple's chief executive, Tim Cook, called"). */
const MAX_NAMER_TOKENS = 12;
/** How far after the verb the quotation of the name may open: past "as", "a" and an adjective. */
const MAX_BEFORE_NAME = 3;

/**
 * "The mayor dismissed what she called a “rant”", "the levy, which Roe called “a disgrace,”": a relative clause that
 * names a thing in someone's words. PolNeAR's annotators mark the whole clause as that person's content, the
 * relative and the verb inside it (32 times in train), with no source when nobody is named ("what is called").
 */
function namedAs(doc: ArticleDocument, segment: Segment, verb: number): Found | null {
  const { tokens } = doc;
  const needsAs = NAMING_VERBS.get(tokens[verb]!.normal);
  // compromise may read the verb after a name as a plural noun ("the Ledger describes"): the clause decides
  if (needsAs === undefined) return null;
  let nameFirst = verb + 1;
  if (needsAs) {
    if (tokens[nameFirst]?.normal !== 'as') return null;
    nameFirst++;
  }
  if (nameFirst >= segment.end || NOT_NAMING_AFTER.has(tokens[nameFirst]!.normal)) return null;
  let relative = verb - 1;
  while (
    relative >= Math.max(segment.first, verb - MAX_NAMER_TOKENS) &&
    !/^(what|which)$/.test(tokens[relative]!.normal)
  )
    relative--;
  if (
    relative < segment.first ||
    tokens[relative]!.normal.length > 5 ||
    !/^(what|which)$/.test(tokens[relative]!.normal)
  )
    return null;
  let namerEnd = verb;
  while (namerEnd > relative + 1 && NAMING_AUXILIARIES.has(tokens[namerEnd - 1]!.normal)) namerEnd--;
  let speaker: Mention | null = null;
  if (namerEnd > relative + 1) {
    speaker = phraseAfter(tokens, relative + 1, namerEnd);
    if (!speaker) return null;
    // "which Apple's chief executive, Tim Cook, called": an appositive set off by commas may follow the namer
    const rest = tokens.slice(speaker.end, namerEnd);
    const apposed = rest.length > 0 && tokens[speaker.end - 1]!.after.includes(',') && rest.at(-1)!.after.includes(',');
    if (rest.length > 0 && !apposed) return null;
  }
  const quotation = quotationsOverlapping(doc.quotations, tokens[nameFirst]!.start, doc.text.length)[0];
  const quotedName =
    quotation &&
    quotation.start <= tokens[Math.min(nameFirst + MAX_BEFORE_NAME, segment.end - 1)]!.start &&
    quotation.end <= tokens[segment.end - 1]!.end + closingMark(tokens[segment.end - 1]!);
  let contentEnd: number;
  if (quotedName) {
    contentEnd = quotation.end;
    // 'the “brilliant” decision he made': a quoted word before its noun, the phrase goes on to the noun
    let after = nameFirst + 1;
    while (after < segment.end && tokens[after]!.start < quotation.end) after++;
    if (after < segment.end && /^["”'’]+$/.test(tokens[after - 1]!.after)) {
      const rest = phraseAfter(tokens, after, segment.end);
      if (rest) contentEnd = tokens[rest.end - 1]!.end;
    }
  } else {
    const name = phraseAfter(tokens, nameFirst, segment.end);
    if (!name) return null;
    contentEnd = tokens[name.end - 1]!.end;
  }
  return {
    cueFirst: verb,
    cueEnd: verb + 1,
    speaker,
    contentStart: tokens[relative]!.start,
    contentEnd,
  };
}

/** Auxiliaries before the "be" of a passive: "has been backed", "will be reported". */
const PASSIVE_AUXILIARIES = new Set(['has', 'have', 'had', 'will', 'would', 'could', 'may', 'might', 'can', "'s"]);
const NOUN_COMPLEMENT_PREPOSITIONS = new Set(['of', 'for', 'on', 'about', 'to', 'over', 'against']);

/**
 * "The meeting was first reported by Politico", "Her view is shared by Sen. Roe", "the plan, which was backed by the
 * union": the subject of a stance verb's passive is what its "by" agent said or stood by, and the agent its source.
 * The cue runs from "be" to "by"; a relative subject is the content itself, as PolNeAR's annotators mark it.
 */
function passiveAgent(doc: ArticleDocument, segment: Segment, verb: number): Found | null {
  const { tokens } = doc;
  const by = verb + 1;
  if (by >= segment.end - 1 || tokens[by]!.normal !== 'by' || !joined(tokens[verb]!)) return null;
  let be = verb - 1;
  // "was first reported by", "was widely criticized by"
  while (
    be > segment.first &&
    (tokens[be]!.tags.has('Adverb') || tokens[be]!.normal === 'first') &&
    joined(tokens[be]!)
  )
    be--;
  if (be <= segment.first || !BE_FORMS.has(tokens[be]!.normal) || !joined(tokens[be]!)) return null;
  let subjectEnd = be;
  while (
    subjectEnd - 1 > segment.first &&
    joined(tokens[subjectEnd - 1]!) &&
    (PASSIVE_AUXILIARIES.has(tokens[subjectEnd - 1]!.normal) ||
      (tokens[subjectEnd - 1]!.tags.has('Adverb') && !tokens[subjectEnd - 1]!.tags.has('Noun')))
  )
    subjectEnd--;
  const head = tokens[subjectEnd - 1]!;
  if (!joined(head)) return null;
  const speaker = phraseAfter(tokens, by + 1, segment.end);
  if (!speaker) return null;
  let subject =
    RELATIVES_OF_SUBJECT.has(head.normal) || head.tags.has('Pronoun')
      ? { first: subjectEnd - 1, end: subjectEnd }
      : phraseBefore(tokens, segment, subjectEnd);
  // "his condemnations of the press were echoed by ...", "Her plan for the harbor has been backed by ...": the
  // phrase goes back over each preposition that completes a noun
  while (
    subject &&
    subject.first - 2 >= segment.first &&
    NOUN_COMPLEMENT_PREPOSITIONS.has(tokens[subject.first - 1]!.normal)
  ) {
    const holder = joined(tokens[subject.first - 2]!) && phraseBefore(tokens, segment, subject.first - 1);
    if (!holder) break;
    subject = { first: holder.first, end: subject.end };
  }
  if (!subject) return null;
  // "Her view is shared by ...": the possessive opens the subject
  const owner = tokens[subject.first - 1];
  const contentFirst =
    subject.first > segment.first && owner!.tags.has('Possessive') && joined(owner!)
      ? subject.first - 1
      : subject.first;
  return {
    cueFirst: subjectEnd,
    cueEnd: by + 1,
    speaker,
    contentStart: tokens[contentFirst]!.start,
    contentEnd: head.end,
  };
}

/** Words a poll's description may open with before its noun: "In one of the first national polls, ...". */
const isPollDescriptor = (token: Token): boolean =>
  ['Determiner', 'Adjective', 'Noun', 'ProperNoun', 'Possessive', 'Value'].some((tag) => token.tags.has(tag)) ||
  token.normal === 'of';
/** A cue of saying or finding: after "In a poll, ..." its speaker, not the poll, is the source. */
const REPORTING_OF_FINDINGS: ReadonlySet<string> = new Set([
  ...SPEECH_VERBS,
  'found',
  'find',
  'finds',
  'show',
  'shows',
  'showed',
]);
/** How far into a sentence the comma closing "In <a poll>" is looked for. */
const MAX_POLL_PHRASE = 14;
/** The longest aside after a poll that still describes it: ", conducted by phone from May 3 to 9,". */
const MAX_POLL_ASIDE = 8;

/**
 * "In a CNN poll released Monday, 48 percent backed the plan": a sentence that opens with the poll it reports, and
 * that no cue of its own attributes (a "found" or "said" after the poll is that cue's), says what the poll found.
 * The poll is the source and "In" the cue; an aside after it (", conducted in May,") stays part of the source.
 */
function pollFinding(doc: ArticleDocument, segment: Segment, attributions: Attribution[]): Found | null {
  const { tokens } = doc;
  const opening = tokens[segment.first]!;
  if (opening.normal !== 'in' || openingMark(opening) > 0) return null;
  let noun = segment.first + 1;
  while (noun < segment.end && !POLL_NOUNS.has(tokens[noun]!.normal) && isPollDescriptor(tokens[noun]!)) noun++;
  if (noun >= segment.end || !POLL_NOUNS.has(tokens[noun]!.normal)) return null;
  // "In polling places, ...", "In survey respondents' words": the poll word modifies another noun
  const afterNoun = tokens[noun + 1];
  if (afterNoun?.tags.has('Noun') && !afterNoun.tags.has('Date') && !/,/.test(tokens[noun]!.after)) return null;
  let close = noun;
  while (close < Math.min(segment.end, segment.first + MAX_POLL_PHRASE) && !/,/.test(tokens[close]!.after)) {
    // "a poll released Monday" describes the poll; "polls are tightening" is a clause of its own
    const verb = tokens[close]!;
    if (['Copula', 'Modal', 'Auxiliary', 'PresentTense'].some((tag) => verb.tags.has(tag))) return null;
    close++;
  }
  if (close >= segment.end - 1 || !/,/.test(tokens[close]!.after)) return null;
  // ", conducted in early September,": a participle set off after the poll describes it
  const next = tokens[close + 1]!;
  if (next.tags.has('Participle') || next.tags.has('PastTense') || (next.tags.has('Verb') && /ed$/.test(next.normal))) {
    let aside = close + 1;
    while (aside < segment.end - 1 && !/,/.test(tokens[aside]!.after)) aside++;
    if (aside < segment.end - 1 && aside - close <= MAX_POLL_ASIDE) close = aside;
  }
  const start = tokens[segment.first]!.start;
  const end = tokens[segment.end - 1]!.end;
  // "In a poll, 40 percent said ...", "In the survey, Gallup found ...": the clause's own verb of saying is the cue;
  // the sentence's own finds are the last ones found, so only they are read
  for (let k = attributions.length - 1; k >= 0 && attributions[k]!.cueStart >= start; k--) {
    const { cue, cueEnd } = attributions[k]!;
    if (cueEnd <= end && REPORTING_OF_FINDINGS.has(cue.toLowerCase().split(/\s+/).at(-1)!)) return null;
  }
  // "In the polls, anyway.": a finding is a clause
  const clause = tokens.slice(close + 1, segment.end);
  if (clause.length < 3 || !clause.some((t, k) => isFiniteVerb(t, clause[k - 1] ?? tokens[close]))) return null;
  const first = tokens[close + 1]!;
  const last = tokens[segment.end - 1]!;
  return {
    cueFirst: segment.first,
    cueEnd: segment.first + 1,
    speaker: { first: segment.first + 1, end: close + 1 },
    contentStart: first.start - openingMark(first),
    contentEnd: last.end + closingMark(last),
  };
}

/** How far after "according to" the comma closing the source is looked for. */
const MAX_ACCORDING_SOURCE = 20;
/** The token after the comma that closes the source after "according to" (a comma inside a quoted title is none). */
function afterSourceComma(doc: ArticleDocument, first: number, limit: number): number | null {
  const { tokens } = doc;
  for (let i = first; i < Math.min(limit - 1, first + MAX_ACCORDING_SOURCE); i++)
    if (tokens[i]!.after.includes(',') && !insideQuotation(doc, i)) return i + 1;
  return null;
}

function namesSomeone(tokens: Token[], speaker: Mention): boolean {
  if (tokens[speaker.end - 1]!.tags.has('Plural')) return true;
  return tokens
    .slice(speaker.first, speaker.end)
    .some(
      (t) =>
        ['ProperNoun', 'Person', 'Organization'].some((tag) => t.tags.has(tag)) ||
        (t.tags.has('Pronoun') && SUBJECT_PRONOUNS.has(t.normal) && t.normal !== 'it'),
    );
}

/** The subject just left of a cue ("the senator has said"), or null when a comma or quote comes between. */
function subjectBefore(doc: ArticleDocument, segment: Segment, cue: number): Mention | null {
  const { tokens } = doc;
  let end = cue;
  while (end - 1 >= segment.first && isBetweenWord(tokens[end - 1]!) && joined(tokens[end - 1]!)) end--;
  end = beforeParenthesis(tokens, segment, end);
  end = beforeWhen(tokens, segment, end);
  // "who has in the past described": the auxiliary before the time phrase
  while (end - 1 >= segment.first && isBeforeTimePhrase(tokens[end - 1]!) && joined(tokens[end - 1]!)) end--;
  const head = tokens[end - 1];
  if (!head || end - 1 < segment.first) return null;
  if (APPOSITIVE_END.test(head.after)) return appositiveSubject(tokens, segment, end);
  // "Jane Roe, who said ...", "an architect who said ...": the relative pronoun speaks for the phrase before it
  if (head.normal === 'who' && end - 2 >= segment.first) {
    const phrase = phraseBefore(tokens, segment, end - 1);
    return phrase && { ...phrase, relative: end - 1 };
  }
  // "the mother of three replied", "a father of two said": a count after "of" ends the phrase of a person
  const of = tokens[end - 2];
  if (head.tags.has('Value') && joined(head) && of?.normal === 'of' && end - 2 > segment.first && joined(of)) {
    const holder = phraseBefore(tokens, segment, end - 2);
    if (holder && tokens[holder.end - 1]!.tags.has('Noun')) return { first: holder.first, end };
  }
  if (!joined(head) || !isNounish(head) || RELATIVE.has(head.normal)) return null;
  if (isOccasion(head) && (tokens[cue]!.tags.has('Gerund') || head.tags.has('Date'))) return null;
  if (head.tags.has('Pronoun')) return { first: end - 1, end };
  const phrase = phraseBefore(tokens, segment, end);
  if (phrase && isObjectOfVerb(tokens, segment, phrase))
    return relativeClauseHolder(tokens, segment, phrase.first - 1, end);
  const holder = phrase && reducedRelativeHolder(tokens, segment, phrase);
  if (holder) return holder;
  return phrase && qualifiedSubject(tokens, segment, phrase);
}

/**
 * "The council's decision to close the old bridge angered ...", "voters who backed Roe said": a phrase right after a
 * verb is its object, and the speaker is the longer subject it ends.
 */
function isObjectOfVerb(tokens: Token[], segment: Segment, phrase: Mention): boolean {
  const before = phrase.first - 1 >= segment.first ? tokens[phrase.first - 1]! : undefined;
  if (!before || !joined(before) || !before.tags.has('Verb') || before.tags.has('Noun')) return false;
  // "Retired Gen. Ana Roe said": a capitalized participle is part of the title
  if (!/^\p{Ll}/u.test(before.text)) return false;
  if (before.tags.has('Auxiliary') || before.tags.has('Copula') || before.tags.has('Participle')) return false;
  // a verb, not a noun compromise took for one ("Trump campaign spokesman"): a past tense, or after "to"
  const infinitive = phrase.first - 2 >= segment.first && tokens[phrase.first - 2]!.normal === 'to';
  return before.tags.has('PastTense') || infinitive;
}

/**
 * "Voters who backed Ivo Stern said": the phrase a relative clause ending at a cue qualifies, read with its clause up
 * to `end` (the verb of the clause is at `verb`), or null.
 */
function relativeClauseHolder(tokens: Token[], segment: Segment, verb: number, end: number): Mention | null {
  const relative = verb - 1;
  if (relative - 1 < segment.first || !SUBJECT_RELATIVES.has(tokens[relative]!.normal)) return null;
  const phrase = phraseBefore(tokens, segment, relative);
  return phrase && { first: phrase.first, end };
}

const MAX_QUALIFIERS = 3;

/**
 * "The regional hospital in Tessa reported", "Jane Roe of Ohio said": the speaker is the phrase a place or body after
 * a preposition qualifies, read back over a chain of them ("Asad Khan of the Rights Commission of Varen"). A name that
 * runs on over "of" ("The University of Varen") or a common noun's "of" ("the head of the agency") is one phrase.
 */
function qualifiedSubject(tokens: Token[], segment: Segment, phrase: Mention): Mention {
  let speaker = phrase;
  for (let step = 0; step < MAX_QUALIFIERS; step++) {
    const preposition = tokens[speaker.first - 1];
    if (
      !preposition ||
      speaker.first - 1 <= segment.first ||
      !/^(in|at|from|of)$/.test(preposition.normal) ||
      !joined(preposition) ||
      !joined(tokens[speaker.first - 2]!)
    )
      break;
    const qualified = phraseBefore(tokens, segment, speaker.first - 1);
    if (!qualified || tokens[qualified.end - 1]!.tags.has('Pronoun')) break;
    const person = tokens.slice(qualified.first, qualified.end).some((t) => t.tags.has('Person'));
    speaker = preposition.normal === 'of' && !person ? { first: qualified.first, end: speaker.end } : qualified;
  }
  return speaker;
}

/**
 * "Protesters marching through the streets chanted", "Nurses standing outside the ward said": the phrase before a
 * participle and its prepositional phrase speaks, not the preposition's object. Null when no such participle.
 */
function reducedRelativeHolder(tokens: Token[], segment: Segment, phrase: Mention): Mention | null {
  const [preposition, participleWord] = [tokens[phrase.first - 1], tokens[phrase.first - 2]];
  if (
    !preposition?.tags.has('Preposition') ||
    !joined(preposition) ||
    // compromise calls some of these participles nouns ("Nurses waiting at the gate")
    !(
      participleWord?.tags.has('Gerund') ||
      (/ing$/.test(participleWord?.normal ?? '') && participleWord?.tags.has('Noun')) ||
      isPassiveParticipleAfterNoun(tokens, phrase.first - 2)
    ) ||
    !participleWord ||
    !joined(participleWord) ||
    phrase.first - 3 < segment.first ||
    !joined(tokens[phrase.first - 3]!)
  )
    return null;
  const holder = phraseBefore(tokens, segment, phrase.first - 2);
  return holder && !tokens[holder.end - 1]!.tags.has('Pronoun') ? holder : null;
}

/** "A poll released in August found": a past participle right after a noun, with no auxiliary, reduces a relative. */
function isPassiveParticipleAfterNoun(tokens: Token[], i: number): boolean {
  const word = tokens[i];
  const before = tokens[i - 1];
  if (!word || !before || !/ed$/.test(word.normal)) return false;
  const pastForm = word.tags.has('PastTense') || word.tags.has('Participle');
  return pastForm && joined(before) && before.tags.has('Noun') && !before.tags.has('Pronoun');
}

/** "has" of "who has in the past described": compromise tags it no auxiliary when a phrase parts it from its verb. */
const isBeforeTimePhrase = (token: Token): boolean => isBetweenWord(token) || /^(has|have|had)$/.test(token.normal);

/**
 * "Axelrod on Wednesday called", "Roe, who in 2010 said", "who in the past has voiced": a date or "in the past"
 * between the subject and the cue is when, not who.
 */
function beforeWhen(tokens: Token[], segment: Segment, end: number): number {
  let start = end;
  const when = (token: Token): boolean => token.tags.has('Date') || token.normal === 'past';
  while (start - 1 > segment.first && when(tokens[start - 1]!) && joined(tokens[start - 1]!)) start--;
  if (start < end && tokens[start - 1]!.normal === 'the' && start - 1 > segment.first) start--;
  if (start === end || !/^(on|in|during|last|this|early|late|earlier)$/.test(tokens[start - 1]!.normal)) return end;
  const before = tokens[start - 2];
  const afterSubject =
    before && joined(before) && (isNounish(before) || isBeforeTimePhrase(before) || before.normal === 'who');
  return start - 1 > segment.first && afterSubject ? start - 1 : end;
}

/** The noun phrase ending at `end` (exclusive), read leftwards: "the city's new police chief". */
function phraseBefore(tokens: Token[], segment: Segment, end: number): Mention | null {
  if (end - 1 < segment.first || !isNounish(tokens[end - 1]!)) return null;
  let first = end - 1;
  while (
    first - 1 >= segment.first &&
    joined(tokens[first - 1]!) &&
    (isNounish(tokens[first - 1]!) || isModifier(tokens[first - 1]!)) &&
    !tokens[first - 1]!.tags.has('Pronoun') &&
    // "a declaration that Amnesty International said": the relative opens the speaker's clause
    !RELATIVE.has(tokens[first - 1]!.normal)
  )
    first--;
  return { first, end };
}

/** "Jane Roe (D-Ohio) said": the subject ends before the parenthesis. */
function beforeParenthesis(tokens: Token[], segment: Segment, end: number): number {
  if (end - 1 < segment.first || !tokens[end - 1]!.after.endsWith(')')) return end;
  for (let i = end - 1; i >= Math.max(segment.first, end - 6); i--) if (tokens[i]!.before.endsWith('(')) return i;
  return end;
}

/** Marks that set off an appositive: commas, or dashes ("Roe -- a lawyer for the city -- said"). */
const APPOSITIVE_MARK = /(?:[,"“”]|''|--|[—–])\s*$/;
const APPOSITIVE_END = /(?:,|--|[—–])\s*$/;

/**
 * The subject set off by commas before its cue: "Jane Roe, a lawyer for the city, said" or
 * "Jane Roe, at a later briefing, said". The leftmost comma-bounded phrase naming a person wins,
 * else the leftmost naming anything; never across a quote mark.
 */
function appositiveSubject(tokens: Token[], segment: Segment, end: number): Mention | null {
  let best: Mention | null = null;
  let bestRank = -1;
  for (let k = end - 1; k >= Math.max(segment.first, end - 40); k--) {
    const token = tokens[k]!;
    if (k < end - 1 && QUOTE_MARK.test(token.after)) break;
    // "A firm, X, said ..., while an outfit, Y, in a report, said": the clause before has a speaker of its own
    if (CLAUSE_OPENERS.has(token.normal) && k > segment.first && /,\s*$/.test(tokens[k - 1]!.after)) break;
    const startsChunk = k === segment.first || APPOSITIVE_MARK.test(tokens[k - 1]!.after);
    if (!startsChunk) continue;
    // "Meanwhile Jane Roe, ...": a sentence adverb before the subject is not part of it
    const first =
      k === segment.first && token.tags.has('Adverb') && !token.tags.has('Noun') && joined(token) ? k + 1 : k;
    const phrase = phraseWithPrepositions(tokens, first, end);
    if (!phrase || !APPOSITIVE_END.test(tokens[phrase.end - 1]!.after) || RELATIVE.has(tokens[first]!.normal)) continue;
    const names = tokens.slice(phrase.first, phrase.end);
    // a person compromise knows ranks first ("The interior minister, Jane Roe, said"); a name opening the
    // sentence is its subject even when compromise does not know it for a person; then any name
    // a common noun opening the sentence is its subject too, ranked under any name ("The ministry, in a statement,
    // said")
    const rank =
      subjectRank(names, k === segment.first) || (k === segment.first && speaksFor(tokens, phrase) ? 0.5 : 0);
    // the leftmost of the best rank: the loop runs right to left
    if (rank === 0 || rank < bestRank) continue;
    best = phrase;
    bestRank = rank;
  }
  return best;
}

/** The subject right of a cue in inverted order ('"...," said the senator'). */
function subjectAfter(doc: ArticleDocument, segment: Segment, cue: number): Mention | null {
  const { tokens } = doc;
  if (!joined(tokens[cue]!)) return null;
  const previous = tokens[cue - 1];
  // inverted order follows a comma or a quote: "..., said X" / '"...," said X'
  if (cue > segment.first && previous && joined(previous) && !isBetweenWord(previous)) return null;
  const phrase = phraseAfter(tokens, cue + 1, segment.end);
  // "said Jane Roe (D-Ohio)", "said Roe (a view others share)": the parenthesis sets off an aside, not more name
  const speaker = phrase && { first: phrase.first, end: parenthesisOpen(tokens, phrase) };
  // the speaker closes the clause: "..., said Jane Roe." / "..., said Jane Roe, a lawyer." / "..., wrote Roe for the
  // Star."
  if (!speaker || RELATIVE.has(tokens[speaker.first]!.normal)) return null;
  return closesClause(tokens, segment, speaker.end) ? speaker : null;
}

const SUBORDINATORS = new Set(['while', 'as', 'before', 'after', 'when', 'until', 'without', 'by']);
const PARTICLES = new Set(['out', 'up', 'off', 'back', 'down', 'on', 'in', 'over']);
const CLAUSE_OPENERS = new Set(['while', 'when', 'until', 'because', 'although', 'though', 'since', 'whereas']);
/** Words that open a sentence with a clause the main clause follows: "When asked about ..., Roe said". */
const INTRODUCTORY_OPENERS = new Set([...CLAUSE_OPENERS, 'if', 'as', 'after', 'before', 'once', 'unless']);
/** "when asked", "as he left" (not "as well as", "such as"): a clause after a speaker tag, not part of it. */
const opensClause = (tokens: Token[], i: number): boolean =>
  CLAUSE_OPENERS.has(tokens[i]!.normal) ||
  (tokens[i]!.normal === 'as' && !!tokens[i + 1]?.tags.has('Pronoun') && SUBJECT_PRONOUNS.has(tokens[i + 1]!.normal));

/** A capitalized common noun, no date, place or pronoun: what compromise makes of a surname it does not know. */
const isCapitalizedNoun = (token: Token): boolean =>
  /^\p{Lu}/u.test(token.text) &&
  token.tags.has('Noun') &&
  !['Date', 'Place', 'Pronoun', 'Determiner'].some((tag) => token.tags.has(tag));

/** 3 for a person compromise knows, 2 for a name opening the sentence, 1 for any name or pronoun, else 0. */
function subjectRank(names: Token[], opensSentence: boolean): number {
  if (names.some((t) => t.tags.has('Person') && !t.tags.has('Pronoun'))) return 3;
  if (opensSentence && names.some((t) => t.tags.has('ProperNoun'))) return 2;
  // "Trump, speaking to veterans, said": compromise reads some surnames as common nouns
  if (opensSentence && names.every(isCapitalizedNoun)) return 2;
  return names.some((t) => t.tags.has('ProperNoun') || t.tags.has('Pronoun')) ? 1 : 0;
}

/**
 * Whether nothing but the clause's end, or phrases after a preposition ("on the panel", "on Friday"), follows `end`.
 */
function closesClause(tokens: Token[], segment: Segment, end: number): boolean {
  let next = end;
  while (next < segment.end && joined(tokens[next - 1]!)) {
    const word = tokens[next]!;
    if (word.before.includes('(')) {
      const close = parenthesisClose(tokens, next, segment.end);
      if (close === null) return false;
      next = close + 1;
      continue;
    }
    // "she yells while running", "said Roe when asked": a clause after the tag adds circumstance, not more speaker
    if (opensClause(tokens, next) || (SUBORDINATORS.has(word.normal) && tokens[next + 1]?.tags.has('Gerund')))
      return true;
    // "Trump barked and a guard escorted him out": a new clause with a subject of its own
    if (/^(and|but)$/.test(word.normal)) {
      const nextSubject = phraseAfter(tokens, next + 1, segment.end);
      return (
        !!nextSubject &&
        nextSubject.end < segment.end &&
        tokens[nextSubject.end]!.tags.has('Verb') &&
        joined(tokens[nextSubject.end - 1]!)
      );
    }
    // "he points out": the particle of a phrasal verb
    if (PARTICLES.has(word.normal) && tokens[next - 1]!.tags.has('PhrasalVerb')) {
      next++;
      continue;
    }
    // "a source involved in the talks", "an official familiar with the plan": a reduced relative clause
    const reducedRelative =
      (word.tags.has('Participle') || word.tags.has('PastTense') || word.tags.has('Adjective')) &&
      !isCue(word) &&
      tokens[next + 1]?.tags.has('Preposition') &&
      joined(word);
    const preposition = reducedRelative ? next + 1 : next;
    if (!tokens[preposition]!.tags.has('Preposition')) return false;
    const phrase = phraseAfter(tokens, preposition + 1, segment.end) ?? dateAfter(tokens, preposition + 1, segment.end);
    if (!phrase) return false;
    next = phrase.end;
  }
  return true;
}

/** The phrase's end, or the first of its tokens after the first that opens a parenthesis. */
function parenthesisOpen(tokens: Token[], phrase: Mention): number {
  for (let i = phrase.first + 1; i < phrase.end; i++) if (tokens[i]!.before.includes('(')) return i;
  return phrase.end;
}

/** The token that closes the parenthesis opening before `open`, or null when none does in the segment. */
function parenthesisClose(tokens: Token[], open: number, limit: number): number | null {
  for (let i = open; i < limit; i++) if (tokens[i]!.after.includes(')')) return i;
  return null;
}

/** "on Friday", "in March": phraseAfter leaves dates out of speakers, but a date may close the clause. */
function dateAfter(tokens: Token[], first: number, limit: number): Mention | null {
  let end = first;
  while (end < limit && tokens[end]!.tags.has('Date')) {
    end++;
    if (!joined(tokens[end - 1]!)) break;
  }
  return end > first ? { first, end } : null;
}

/**
 * The longest phrase read as a speaker, subject or listener. No name or title runs longer, and the cap keeps
 * each look-up constant: a page-long run of nouns or "of" phrases is read in linear time (issue 12: 80,000
 * characters of "of" chains took 25 s, and each chain was one more level of recursion).
 */
const MAX_PHRASE_TOKENS = 40;

/** The noun phrase starting at `first` ("the head of the agency"), or null. */
function phraseAfter(tokens: Token[], first: number, limit: number): Mention | null {
  const cap = Math.min(limit, first + MAX_PHRASE_TOKENS);
  // the phrase's parts, split at each "of" that continues it: [start, end) of each
  const parts: Mention[] = [];
  for (let start = first; ;) {
    let end = start;
    while (
      end < cap &&
      (isNounish(tokens[end]!) || isModifier(tokens[end]!)) &&
      !RELATIVE.has(tokens[end]!.normal) &&
      !QUOTE_MARK.test(tokens[end]!.before)
    ) {
      end++;
      if (!joined(tokens[end - 1]!)) break;
    }
    parts.push({ first: start, end });
    if (!(end < cap && end > start && tokens[end]!.normal === 'of' && joined(tokens[end - 1]!))) break;
    start = end + 1;
  }
  // from the last part back: a part is a phrase when it has a noun and does not end in a date, and it runs
  // on through the parts after its "of" when those make a phrase
  let phrase: Mention | null = null;
  for (let k = parts.length - 1; k >= 0; k--) {
    const { first: start, end } = parts[k]!;
    const own = end > start && tokens.slice(start, end).some(isNounish) && !tokens[end - 1]!.tags.has('Date');
    if (phrase) phrase = { first: start, end: phrase.end };
    else if (own) phrase = { first: start, end };
  }
  return phrase;
}

/** Skips the listener after "told": "told reporters", "told The Daily Paper on Monday". */
function skipPhrase(tokens: Token[], first: number, limit: number): number {
  const listener = phraseAfter(tokens, first, limit);
  return listener ? listener.end : first;
}

/** Length of the quote mark written right before a token, kept with the content. */
const openingMark = (token: Token): number => /(["“”„«»]|'')$/.exec(token.before)?.[0].length ?? 0;
/** Keeps a closing quote mark (and the stop inside it) with the content. */
function closingMark(token: Token): number {
  const mark = QUOTE_MARK.exec(token.after);
  return mark ? mark.index + mark[0].length : 0;
}

function build(doc: ArticleDocument, resolver: NameResolver, found: Ruled): Attribution | null {
  const { text, tokens } = doc;
  let { contentStart, contentEnd } = found;
  // a content that touches a quotation takes all of it (quotes run over sentences and paragraphs)
  for (const quotation of found.bounded ? [] : quotationsOverlapping(doc.quotations, contentStart, contentEnd)) {
    contentStart = Math.min(contentStart, quotation.start);
    contentEnd = Math.max(contentEnd, quotation.end);
  }
  while (contentEnd > contentStart && /[\s,;:—–-]/.test(text[contentEnd - 1]!)) contentEnd--;
  while (contentStart < contentEnd && /[\s,;:—–-]/.test(text[contentStart]!)) contentStart++;
  if (contentEnd - contentStart < 3) return null;
  const content = text.slice(contentStart, contentEnd);
  const cueStart = tokens[found.cueFirst]!.start;
  const cueEnd = tokens[found.cueEnd - 1]!.end;
  // a pronoun after its quotation ('"... Obama had ...," he said') stands for someone named before the quotation
  const resolved = found.speaker
    ? resolveSpeaker(doc, resolver, found.speaker, Math.min(contentStart, tokens[found.speaker.first]!.start))
    : null;
  const relative = found.speaker?.relative === undefined ? null : tokens[found.speaker.relative]!;
  const speaker = resolved && relative ? { ...resolved, start: relative.start, end: relative.end } : resolved;
  return {
    source: speaker?.name ?? null,
    sourceStart: speaker ? speaker.start : null,
    sourceEnd: speaker ? speaker.end : null,
    cue: text.slice(cueStart, cueEnd),
    cueStart,
    cueEnd,
    content,
    contentStart,
    contentEnd,
    direct: /^(["“„«]|'')/.test(content) && /(["”»]|'')$/.test(content),
    rule: found.rule,
  };
}

function resolveSpeaker(
  doc: ArticleDocument,
  resolver: NameResolver,
  mention: Mention,
  pronounContext: number,
): { name: string; start: number; end: number } | null {
  const { tokens, text } = doc;
  const first = tokens[mention.first]!;
  const last = tokens[mention.end - 1]!;
  const start = first.start;
  const end = last.end;
  if (mention.end - mention.first === 1 && SUBJECT_PRONOUNS.has(first.normal)) {
    // "I said", "we wrote" outside a quotation: the writer speaks, and is named as the text names them
    const name = resolver.pronoun(first.normal, pronounContext) ?? (FIRST_PERSON.has(first.normal) ? first.text : null);
    return name ? { name, start, end } : null;
  }
  // the person inside a longer phrase: "longtime pollster Jane Roe" is Jane Roe
  let personFirst = -1;
  let personEnd = -1;
  for (let i = mention.first; i < mention.end; i++) {
    const token = tokens[i]!;
    if (token.tags.has('Person') && !isTitle(token) && !token.tags.has('Pronoun')) {
      if (personFirst === -1) personFirst = i;
      personEnd = i + 1;
    } else if (personFirst !== -1) break;
  }
  // "President Jane Roe's office": the possessor's office speaks, not the person
  while (
    personEnd !== -1 &&
    personEnd < mention.end &&
    /^\p{Lu}/u.test(tokens[personEnd]!.text) &&
    joined(tokens[personEnd - 1]!)
  )
    personEnd++;
  const possessor = personEnd !== -1 && personEnd < mention.end && /['’]s$/.test(tokens[personEnd - 1]!.text);
  if (personFirst !== -1 && !possessor) {
    const written = text.slice(tokens[personFirst]!.start, tokens[personEnd - 1]!.end);
    return { name: resolver.name(written, start), start, end };
  }
  const name = text.slice(start, end);
  const words = tokens.slice(mention.first, mention.end);
  // "the spokesman" after "Jane Roe, a spokesman for ...": the person the role was given to
  // only a mention of the shape the output invariant lets stand for a name ("the spokesman", not "the answer iHe")
  const roleHolder = isRoleMention(name) ? resolver.role(last.normal, start) : null;
  if (roleHolder) return { name: roleHolder, start, end };
  // a capitalized name compromise does not know ("Lourimi said") is a person unless it reads as a body or a place
  // a capitalized title before the name ("Premier Ivo Stanek") does not make it a body
  const nameWords = words.filter((t) => t.tags.has('ProperNoun'));
  const unknownPerson =
    nameWords.length > 0 &&
    nameWords.length <= 3 &&
    words.length - nameWords.length <= 1 &&
    words.every(
      (t) =>
        /^\p{Lu}\p{Ll}/u.test(t.text) && !t.tags.has('Organization') && !t.tags.has('Place') && !t.tags.has('Demonym'),
    );
  // "Kovel said" opening a sentence, where compromise tags no name: the surname of a person named before
  const fuller = words.every((t) => /^\p{Lu}/u.test(t.text)) ? resolver.name(name, start) : name;
  if (!unknownPerson && fuller === name) {
    resolver.rememberGroup(name);
    return { name, start, end };
  }
  // "Price" after "Ada Price" was named is Ada Price
  const fullName = resolver.name(name, start);
  resolver.rememberPerson(fullName, start);
  return { name: fullName, start, end };
}

/** Cuts compromise's sentences again after a full stop followed by a capital or a quote mark. */
function segments(doc: ArticleDocument): Segment[] {
  const out: Segment[] = [];
  for (const sentence of doc.sentences) {
    let first = sentence.firstToken;
    for (let i = first; i < sentence.endToken - 1; i++) {
      const token = doc.tokens[i]!;
      const next = doc.tokens[i + 1]!;
      if (SENTENCE_END.test(token.after) && !joined(token) && /^[\p{Lu}"“]/u.test(next.before.slice(-1) + next.text)) {
        out.push({ first, end: i + 1 });
        first = i + 1;
      }
    }
    out.push({ first, end: sentence.endToken });
  }
  return out;
}

/** Whether an offset lies inside the words of some quotation (quotations are sorted and disjoint). */
function quoteLookup(doc: ArticleDocument): (offset: number) => boolean {
  let index = 0;
  return (offset) => {
    while (index < doc.quotations.length && doc.quotations[index]!.end <= offset) index++;
    const quotation = doc.quotations[index];
    return !!quotation && quotation.innerStart <= offset && offset < quotation.innerEnd;
  };
}

/** Whether token `i` lies inside the words of a quotation: a look-up in n·log n, for tokens read out of order. */
function insideQuotation(doc: ArticleDocument, i: number): boolean {
  const { start } = doc.tokens[i]!;
  return quotationsOverlapping(doc.quotations, start, start + 1).some(
    (q) => q.innerStart <= start && start < q.innerEnd,
  );
}

function quotationsOverlapping(quotations: Quotation[], start: number, end: number): Quotation[] {
  let lo = 0;
  let hi = quotations.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotations[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  const out: Quotation[] = [];
  for (let i = lo; i < quotations.length && quotations[i]!.start < end; i++) out.push(quotations[i]!);
  return out;
}
