// Casualty figures: a quantity tied to people killed, injured, missing or abducted, with who stands
// behind it and whether it comes hedged (GUIDELINES.md). Three shapes tie a number to its casualty word:
// the number as subject ("80 people were killed", "dozens injured"), as object ("killing at least 80
// people") and as the value of a toll ("the death toll rose to 267").
import type { ArticleDocument, Token } from './document';
import { findHedge } from './hedges';
import { findQuantities, type Quantity } from './quantities';
import { joined, word as lower } from './tokens';
import type { Attribution, CasualtyKind, Figure } from './types';

const KIND_OF_WORD: Record<string, CasualtyKind> = {
  killed: 'killed', kill: 'killed', kills: 'killed', killing: 'killed', dead: 'killed', died: 'killed', die: 'killed',
  dies: 'killed', dying: 'killed', deaths: 'killed', fatalities: 'killed', slain: 'killed',
  murdered: 'killed', murdering: 'killed', homicides: 'killed', murders: 'killed', beheaded: 'killed', executed: 'killed', massacred: 'killed', bodies: 'killed',
  injured: 'injured', injuring: 'injured', injures: 'injured', injuries: 'injured', wounded: 'injured', wounding: 'injured',
  wounds: 'injured', hurt: 'injured', hospitalized: 'injured', hospitalised: 'injured',
  missing: 'missing', unaccounted: 'missing', abducted: 'abducted', abducting: 'abducted', kidnapped: 'abducted', kidnapping: 'abducted',
};
/** Casualty words that take the victims as object: "killing 80 people", "injured hundreds". */
const OBJECT_VERBS = new Set(['slain', 'killed', 'kill', 'kills', 'killing', 'murdered', 'murdering', 'beheaded', 'executed', 'massacred',
  'injured', 'injuring', 'injures', 'wounded', 'wounding', 'abducted', 'abducting', 'kidnapped', 'kidnapping', 'deaths', 'death']);
/** "who lost two sons": losing kin is a death count. */
const KIN = new Set(['siblings', 'sons', 'daughters', 'children', 'brothers', 'sisters', 'relatives', 'parents', 'cousins',
  'grandchildren', 'uncles', 'aunts', 'nephews', 'nieces', 'sons-in-law', 'family']);
const LOSS_VERBS = new Set(['lost', 'loses', 'losing']);
/** Words allowed between the victims and the casualty word: "have reportedly been", "who were critically". */
const LINKING = new Set(['have', 'has', 'had', 'were', 'was', 'been', 'are', 'is', 'be', 'being', 'reportedly', 'allegedly',
  'critically', 'seriously', 'slightly', 'badly', 'fatally', 'gravely', 'also', 'later', 'now', 'could', 'may', 'might', 'would',
  'will', 'believed', 'to', 'confirmed', 'feared', 'already', 'all', 'who', 'that', 'since', 'shot', 'so', 'far', 'remain', 'remained', 'still']);
/** Counted things that are not people, or are not counts at all. */
const NOT_PEOPLE = new Set(['cases', 'case', 'infections', 'animals', 'whales', 'rabbits', 'dogs', 'cats', 'cattle', 'birds', 'fish',
  'sheep', 'cows', 'horses', 'deer', 'wolves', 'elephants', 'goats', 'pigs', 'chickens', 'hens', 'poultry', 'livestock',
  'sharks', 'dolphins', 'seals', 'bears', 'bees', 'mice', 'rats', 'monkeys', 'lions', 'camels', 'turkeys', 'wildlife', 'crops', 'trees', 'homes', 'houses', 'buildings', 'vehicles', 'cars', 'acres', 'dollars', 'percent', 'years',
  'year', 'months', 'weeks', 'days', 'hours', 'minutes', 'seconds', 'miles', 'kilometers', 'kilometres', 'metres', 'meters', 'feet',
  'times', 'points', 'cities', 'towns', 'villages', 'provinces', 'countries', 'states', 'regions', 'districts', 'schools', 'hospitals', 'votes', 'seats', 'shots', 'rounds', 'bullets', 'pounds', 'tons', 'euros', 'pages', 'stories', 'attacks', 'species']);
/** A toll's value follows one of these: "rose to 267", "stands at 38", "was 777". */
const TOLL_LINK = new Set(['to', 'at', 'of', 'was', 'is', 'reached', 'hit', 'passed', 'topped', 'exceeded', 'rise', 'rises', 'rose', 'risen',
  'climb', 'climbs', 'climbed', 'exceed', 'surpass', 'surpassed', 'top']);
/** "41 people were treated for injuries": care for a harm counts the harmed. */
const CARE_VERBS = new Set(['treated', 'hospitalized', 'hospitalised', 'admitted']);
const HARMS: Record<string, CasualtyKind> = { injuries: 'injured', wounds: 'injured', burns: 'injured', injury: 'injured' };
/** Plural casualty nouns whose count can come as a toll: "deaths in the state on Friday was 777". */
const TOLL_NOUNS = new Set(['deaths', 'fatalities', 'injuries']);
const PLACE_PREPOSITIONS = new Set(['in', 'across', 'from', 'at']);
const MAX_NOUN_WORDS = 6;
const MAX_LINKING_WORDS = 5;

/** compromise sometimes glues a word to what follows a full stop ("wounded.--Kevin"): read the word alone. */
const kindOf = (t: Token | undefined): CasualtyKind | undefined => KIND_OF_WORD[lower(t).split(/[.,;:!?]|--/)[0]!];

interface Match {
  quantity: Quantity;
  /** Token range of the figure's text. */
  first: number;
  end: number;
  kind: CasualtyKind;
}

/**
 * The shapes that tie a number to its casualty word, as named in each figure's `rule`: a range sharing its high end's
 * word, the victims as subject ("80 people were killed") or object ("killing 80 people"), a toll's value ("the toll
 * rose to 267"), and a part of the figure before it ("including 12 children").
 */
export const FIGURE_RULES = ['range', 'victims-as-subject', 'victims-as-object', 'toll-value', 'part-of-previous'] as const;
export type FigureRule = (typeof FIGURE_RULES)[number];

type RuledMatch = Match & { rule: FigureRule };
const ruled = (rule: FigureRule, match: Match | null): RuledMatch | null => match && { ...match, rule };

export function findFigures(doc: ArticleDocument, attributions: Attribution[]): Figure[] {
  const quantities = findQuantities(doc);
  const matches: RuledMatch[] = [];
  for (const quantity of quantities) {
    const sentence = doc.sentences[doc.tokens[quantity.firstToken]!.sentence]!;
    const high = quantity.rangeHigh;
    const match =
      (high && ruled('range', rangeFigure(quantity, asSubject(doc.tokens, high, sentence.endToken)))) ??
      ruled('victims-as-subject', asSubject(doc.tokens, quantity, sentence.endToken)) ??
      ruled('victims-as-object', asObject(doc.tokens, quantity, sentence.firstToken, sentence.endToken)) ??
      ruled('toll-value', asTollValue(doc.tokens, quantity, sentence.firstToken)) ??
      ruled('part-of-previous', asPartOf(doc.tokens, quantity, matches[matches.length - 1], sentence.endToken));
    if (match) matches.push(match);
  }
  const found: Figure[] = [];
  matches.forEach((match, k) => {
    const figure = toFigure(doc, match, attributions);
    // "left one dead and dozens injured": the second toll of a pair shares the first one's source
    const previous = matches[k - 1];
    if (previous && match.first === previous.end + 1 && lower(doc.tokens[previous.end]) === 'and') figure.source = found[k - 1]!.source;
    found.push(figure);
  });
  return found;
}

/** "between 100 and 200 could die": the low end shares the casualty word of the high end. */
function rangeFigure(low: Quantity, high: Match | null): Match | null {
  return high && { quantity: low, first: low.phraseStart, end: high.end, kind: high.kind };
}

/** "80 people were killed", "Dozens of worshipers have reportedly been killed", "dozens injured", "584 deaths". */
function asSubject(tokens: Token[], quantity: Quantity, sentenceEnd: number): Match | null {
  let i = quantity.endToken;
  const numberToken = tokens[i - 1]!;
  if (!joined(numberToken)) return null;
  let nouns = 0;
  // "106 protesters in 21 cities have been killed": a place phrase may follow the victims
  let inPlace = false;
  while (i < sentenceEnd && nouns < MAX_NOUN_WORDS && !kindOf(tokens[i]) && !LINKING.has(lower(tokens[i]))) {
    const t = tokens[i]!;
    // "one of at least 700 people killed": the casualty word belongs to the other number
    if (!inPlace && t.tags.has('Value')) return null;
    if (nouns > 0 && PLACE_PREPOSITIONS.has(lower(t)) && lower(tokens[i - 1]) !== 'of') inPlace = true;
    else if (!isNounWord(t) && !(inPlace && t.tags.has('Value'))) break;
    if (NOT_PEOPLE.has(lower(t)) && !inPlace) return null;
    nouns++;
    if (!joined(t) && t.after !== '-') return null;
    i++;
  }
  // "30 dead bodies": the casualty word comes before the noun
  if (kindOf(tokens[i]) === 'killed' && lower(tokens[i + 1]) === 'bodies') return { quantity, first: quantity.phraseStart, end: i + 2, kind: 'killed' };
  let linking = 0;
  // "shot and killed" is the one "and" that links victims to a casualty word; other ones start a new clause
  const links = (t: Token | undefined): boolean => LINKING.has(lower(t)) || (lower(t) === 'and' && lower(tokens[i - 1]) === 'shot');
  while (i < sentenceEnd && linking < MAX_LINKING_WORDS && links(tokens[i]) && !kindOf(tokens[i])) {
    if (!joined(tokens[i]!)) return null;
    linking++;
    i++;
  }
  const careFor = CARE_VERBS.has(lower(tokens[i])) && lower(tokens[i + 1]) === 'for' ? HARMS[lower(tokens[i + 2])] : undefined;
  if (careFor && i + 2 < sentenceEnd && nouns > 0) return { quantity, first: quantity.phraseStart, end: i + 3, kind: careFor };
  const kind = i < sentenceEnd ? kindOf(tokens[i]) : undefined;
  if (!kind || (kind === 'killed' && lower(tokens[i]) === 'bodies' && nouns + linking > 0)) return null;
  if (lower(tokens[i + 1]) === 'himself' || lower(tokens[i + 1]) === 'themselves') return null;
  return { quantity, first: quantity.phraseStart, end: i + 1, kind };
}

/** Nouns and adjectives of the victims' noun phrase ("other people", "pro-government demonstrators", "of worshipers"). */
function isNounWord(t: Token): boolean {
  if (lower(t) === 'of' || lower(t) === 'other' || lower(t) === 'others' || lower(t) === 'more') return true;
  if (t.tags.has('Preposition') || t.tags.has('Conjunction') || t.tags.has('Determiner') || t.tags.has('Pronoun')) return false;
  if (t.tags.has('Verb') && !t.tags.has('Adjective') && !t.tags.has('Noun')) return false;
  return /^[\p{L}][\p{L}.'’-]*$/u.test(t.text);
}

/** "killing at least 80 people", "injured hundreds", "shot dead roughly 100 demonstrators", "the killing of two politicians". */
function asObject(tokens: Token[], quantity: Quantity, sentenceStart: number, sentenceEnd: number): Match | null {
  let verb = quantity.phraseStart - 1;
  if (lower(tokens[verb]) === 'of') verb--;
  if (verb < sentenceStart || !joined(tokens[verb]!)) return null;
  const trigger = lower(tokens[verb]);
  const shotDead = trigger === 'dead' && lower(tokens[verb - 1]) === 'shot';
  const lostKin = LOSS_VERBS.has(trigger) && KIN.has(lower(tokens[quantity.endToken]));
  if (!OBJECT_VERBS.has(trigger) && !shotDead && !lostKin) return null;
  if ((trigger === 'deaths' || trigger === 'death') && lower(tokens[verb + 1]) !== 'of') return null;
  let end = quantity.endToken;
  const counted = lower(tokens[end]) === 'of' ? tokens[end + 1] : tokens[end];
  if (counted && end < sentenceEnd && joined(tokens[end - 1]!) && NOT_PEOPLE.has(lower(counted))) return null;
  // take the victims' noun ("people", "foreign tourists") into the text
  if (lower(tokens[end]) === 'of' && end + 1 < sentenceEnd) end++;
  while (end < sentenceEnd && end - quantity.endToken < 3 && joined(tokens[end - 1]!) && tokens[end]!.tags.has('Noun') && !kindOf(tokens[end])) end++;
  if (lower(tokens[end - 1]) === 'of') end--;
  return { quantity, first: shotDead ? verb - 1 : verb, end, kind: kindOf(tokens[verb]) ?? 'killed' };
}

/** "the death toll from the disaster to 267", "the number of injured stands at 38". */
function asTollValue(tokens: Token[], quantity: Quantity, sentenceStart: number): Match | null {
  const link = lower(tokens[quantity.phraseStart - 1]);
  if (!TOLL_LINK.has(link)) return null;
  const reach = Math.max(sentenceStart, quantity.phraseStart - 10);
  for (let i = quantity.phraseStart - 2; i >= reach; i--) {
    const w = lower(tokens[i]);
    const kind =
      w === 'toll' ? (lower(tokens[i - 1]) === 'injury' ? 'injured' : 'killed')
      : TOLL_NOUNS.has(w) || (lower(tokens[i - 1]) === 'of' && lower(tokens[i - 2]) === 'number') ? kindOf(tokens[i])
      : undefined;
    if (kind) return { quantity, first: w === 'toll' && lower(tokens[i - 1]) === 'death' ? i - 1 : i, end: quantity.endToken, kind };
  }
  return null;
}

/** "killing 19 people, including 17 foreigners", "21 hostages — 20 of them fishermen": a part of the figure before. */
function asPartOf(tokens: Token[], quantity: Quantity, previous: Match | undefined, sentenceEnd: number): Match | null {
  if (!previous || tokens[previous.first]!.sentence !== tokens[quantity.firstToken]!.sentence) return null;
  if (quantity.phraseStart - previous.end > 2) return null;
  const including = lower(tokens[quantity.phraseStart - 1]) === 'including';
  const ofThem = lower(tokens[quantity.endToken]) === 'of' && ['them', 'whom'].includes(lower(tokens[quantity.endToken + 1]));
  if (!including && !ofThem) return null;
  let end = quantity.endToken + (ofThem ? 2 : 0);
  while (end < sentenceEnd && end - quantity.endToken < (ofThem ? 4 : 2) && joined(tokens[end - 1]!) && tokens[end]!.tags.has('Noun') && !kindOf(tokens[end])) end++;
  return { quantity, first: previous.first, end, kind: previous.kind };
}

function toFigure(doc: ArticleDocument, match: RuledMatch, attributions: Attribution[]): Figure {
  const { tokens } = doc;
  const start = tokens[match.first]!.start;
  const last = tokens[match.end - 1]!;
  // a token compromise glued across a full stop ("wounded.--Kevin") ends at its first word
  const end = last.start + (/^[\p{L}\p{N},'’-]+?(?=\.?--|\.\p{Lu})/u.exec(last.text)?.[0].length ?? last.text.length);
  const sentence = doc.sentences[tokens[match.first]!.sentence]!;
  const hedgeCue =
    match.quantity.qualifier === 'up_to' && match.quantity.qualifierText && /^(up to|as many as)$/i.test(match.quantity.qualifierText)
      ? match.quantity.qualifierText
      : findHedge(tokens, sentence.firstToken, sentence.endToken, match.first, match.end);
  return {
    start,
    end,
    text: doc.text.slice(start, end),
    value: match.quantity.value,
    qualifier: match.quantity.qualifier,
    kind: match.kind,
    source: figureSource(doc, match, sentence.firstToken, sentence.endToken, attributions),
    hedged: hedgeCue !== null,
    hedgeCue,
    rule: match.rule,
  };
}

/** Who the text attributes the figure to: the attribution whose content or quote holds it, or "according to X". */
function figureSource(doc: ArticleDocument, figure: Match, sentenceStart: number, sentenceEnd: number, attributions: Attribution[]): string | null {
  const start = doc.tokens[figure.first]!.start;
  const end = doc.tokens[figure.end - 1]!.end;
  const holding = attributions.find((a) => a.contentStart <= start && end <= a.contentEnd);
  if (holding && !isBackground(doc.tokens, figure.first, holding.contentStart)) return speakerName(holding.source);
  const quote = doc.quotations.find((q) => q.innerStart <= start && end <= q.innerEnd);
  if (quote) {
    const speaker = attributions.find((a) => a.contentStart < quote.end && quote.start < a.contentEnd);
    if (speaker) return speakerName(speaker.source);
  }
  const according = accordingTo(doc, sentenceStart, sentenceEnd)?.name;
  if (according) return according;
  // "In addition to the three fatalities, the office said another 30 were hurt": a figure leading into the speaker's report is theirs
  const sentenceFrom = doc.tokens[sentenceStart]!.start;
  const sentenceTo = doc.tokens[sentenceEnd - 1]!.end;
  // not when the figure is background to the sentence: "after five officers were killed, the department tweeted a photo"
  if (isBackground(doc.tokens, figure.first, sentenceFrom)) return null;
  const reporting = attributions.find(
    (a) => a.source && a.sourceStart !== null && end <= a.sourceStart && a.sourceStart >= sentenceFrom && a.contentStart >= a.cueEnd && a.contentEnd <= sentenceTo,
  );
  return reporting ? speakerName(reporting.source) : null;
}

/** A possessive ("The state's") modifies a noun the speaker's finder lost: it names nobody. */
const speakerName = (source: string | null): string | null => (source && !/['’]s$/.test(source) ? source : null);

/** Clause openers that put an event in the background: "after militants killed 130 people", "the crash that left 3 dead". */
const BACKGROUND_MARKERS = new Set(['after', 'since', 'following', 'when']);

/**
 * A figure in a temporal or relative clause recalls an event as background: the speaker's statement is
 * about something else, so the figure stays the newspaper's own ("X said the curfew, imposed after
 * gunmen killed 30 people, would end").
 */
function isBackground(tokens: Token[], first: number, contentStart: number): boolean {
  for (let i = first - 1; i >= Math.max(0, first - 4) && tokens[i]!.start >= contentStart; i--) {
    const t = tokens[i]!;
    if (!joined(t) && i !== first - 1) return false;
    const w = lower(t);
    if (BACKGROUND_MARKERS.has(w)) return true;
    // a relative "that" goes straight on with its verb ("the crash that left"); a subject after it
    // ("estimates that 2 million", "said that the army") makes it reported content
    const next = tokens[i + 1];
    const subjectFollows = !next || ['Value', 'Determiner', 'Noun', 'Pronoun'].some((tag) => next.tags.has(tag));
    if (w === 'that' && !subjectFollows && tokens[i - 1]?.tags.has('Noun') && !tokens[i - 1]?.tags.has('Date')) return true;
  }
  return false;
}

/** Words that join the parts of one name: "Centers for Disease Control", "Health Ministry in Gaza". */
const NAME_JOINERS = new Set(['of', 'for', 'and', 'the', 'in', 'on', 'de', 'al', '&']);
const isAbbreviation = (t: Token): boolean => t.tags.has('Abbreviation') || t.tags.has('Honorific') || /^\p{Lu}[\p{L}.]{0,3}$/u.test(t.text);

/**
 * "according to various reports" → "various reports" with its token range, or null. "according to an
 * investigation by X" cites X; a name ends at the first lower-case word after it ("a Washington Post database").
 */
type AccordingTo = { name: string; first: number; end: number } | null;
const accordingToBySentence = new WeakMap<ArticleDocument, Map<string, AccordingTo>>();

/**
 * Read once per sentence and document: every figure of a sentence asks, and so do the sources, so a sentence
 * of 1,000 figures would otherwise be read 1,000 times (issue 12: linear time on any page).
 */
export function accordingTo(doc: ArticleDocument, sentenceStart: number, sentenceEnd: number): AccordingTo {
  let known = accordingToBySentence.get(doc);
  if (!known) accordingToBySentence.set(doc, (known = new Map()));
  const key = `${sentenceStart}:${sentenceEnd}`;
  if (!known.has(key)) known.set(key, firstAccordingTo(doc, sentenceStart, sentenceEnd));
  return known.get(key)!;
}

function firstAccordingTo(doc: ArticleDocument, sentenceStart: number, sentenceEnd: number): AccordingTo {
  const { tokens } = doc;
  for (let i = sentenceStart; i + 2 < sentenceEnd; i++) {
    if (lower(tokens[i]) !== 'according' || lower(tokens[i + 1]) !== 'to') continue;
    let first = i + 2;
    for (let k = first; k < Math.min(first + 4, sentenceEnd - 1); k++) {
      const named = lower(tokens[k + 1]) === 'the' ? k + 2 : k + 1;
      if ((lower(tokens[k]) === 'by' || lower(tokens[k]) === 'from') && /^[\p{Lu}\d+]/u.test(tokens[named]?.text ?? '')) {
        first = k + 1;
        break;
      }
      if (!joined(tokens[k]!)) break;
    }
    if (['the', 'a', 'an'].includes(lower(tokens[first])) && first + 1 < sentenceEnd) first++;
    let end = first;
    let named = false;
    while (end < sentenceEnd && end - first < 8) {
      const t = tokens[end]!;
      const capital = /^[\p{Lu}\d+]/u.test(t.text);
      if (end > first && ((t.tags.has('Verb') && !t.tags.has('Noun') && !t.tags.has('Adjective')) || lower(t) === 'who' || lower(t) === 'that')) break;
      if (named && !capital && !NAME_JOINERS.has(lower(t))) break;
      named ||= capital;
      end++;
      const continues = joined(t) || /^['’]s?$/.test(t.after) || t.after === '-' || (t.after === '.' && isAbbreviation(t));
      if (!continues) break;
    }
    while (end > first + 1 && NAME_JOINERS.has(lower(tokens[end - 1]))) end--;
    if (end === first) return null;
    return { name: doc.text.slice(tokens[first]!.start, tokens[end - 1]!.end), first, end };
  }
  return null;
}
