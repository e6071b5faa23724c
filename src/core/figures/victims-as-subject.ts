// "80 people were killed": the victims, counted, are the subject of the casualty word.
import type { Token } from '../document';
import {
  ASIDE_OPENERS,
  CAPTURE_VERBS,
  CARE_VERBS,
  HARMS,
  LINKING,
  NOT_PEOPLE,
  PLACE_PREPOSITIONS,
} from '../lexicon/casualty-words';
import { joined, word } from '../tokens';
import type { Quantity } from '../quantities';
import type { FigureMatch, FigureShape } from './rule';
import { isNounWord, isValue, kindOf, objectEnd } from './words';

const MAX_NOUN_WORDS = 8;
const MAX_LINKING_WORDS = 5;
const MAX_ASIDE_WORDS = 12;
const MAX_RELATIVE_WORDS = 10;
const RELATIVES = new Set(['who', 'that']);
/** The forms of "be" a main clause goes on with after a relative clause about its subject. */
const MAIN_BE = new Set(['were', 'was', 'are', 'is']);
const BE_FORMS = new Set(['was', 'were', 'been', 'be', 'being', 'is', 'are', 'got']);
/** Active forms of a harm verb: followed by an object, their subject is the doer ("5 gunmen killed 3"). */
const TRANSITIVE = new Set([
  'killed',
  'kill',
  'kills',
  'kidnapped',
  'kidnap',
  'kidnaps',
  'abducted',
  'abduct',
  'abducts',
  'wounded',
  'injured',
  'murdered',
  'massacred',
  'slaughtered',
  'executed',
  'snatched',
]);
/** "three hundred and ten students (310)": the number restated in digits. */
const RESTATED_NUMBER = /^\(\d[\d,.]*\)$/;
const POSSESSIVES = new Set(['their', 'his', 'her', 'its']);
/** "two of them died", "three of whom were hurt": the counted ones named by a pronoun. */
const COUNTED_PRONOUNS = new Set(['them', 'whom', 'those', 'these', 'us']);

export const victimsAsSubject: FigureShape = {
  id: 'victims-as-subject',
  why: 'A counted noun phrase that a casualty word follows names the victims: "80 people were killed", "dozens injured".',
  examples: [
    {
      input: 'Forty-one passengers were hurt when the bus overturned.',
      figures: [{ text: 'Forty-one passengers were hurt', value: 41, kind: 'injured' }],
    },
    {
      input: 'Dozens of farmers have reportedly been wounded.',
      figures: [{ text: 'Dozens of farmers have reportedly been wounded', value: null }],
    },
    {
      input: 'Twelve pilgrims, most of them elderly women, died in the heat.',
      figures: [{ text: 'Twelve pilgrims, most of them elderly women, died', value: 12 }],
    },
    {
      input: 'Six guards and two cooks were kidnapped.',
      figures: [
        { text: 'Six guards and two cooks were kidnapped', value: 6 },
        { text: 'two cooks were kidnapped', value: 2 },
      ],
    },
    {
      input: 'At least 70 sailors lost their lives in the storm.',
      figures: [{ text: 'At least 70 sailors lost their lives', kind: 'killed' }],
    },
    {
      input: 'Nine engineers were taken hostage near the pipeline.',
      figures: [{ text: 'Nine engineers were taken hostage', kind: 'abducted' }],
    },
    {
      input: 'Three of the eleven monks who were abducted came home.',
      figures: [
        { text: 'Three of the eleven monks who were abducted', value: 3 },
        { text: 'eleven monks who were abducted', value: 11 },
      ],
    },
    { input: 'Five masked men killed two farmers.', figures: [{ text: 'killed two farmers', value: 2 }] },
    {
      input: 'Police said 3 of 9 kidnapped nurses were freed.',
      figures: [
        { text: '3 of 9 kidnapped nurses', value: 3, kind: 'abducted' },
        { text: '9 kidnapped nurses', value: 9 },
      ],
    },
    {
      input: 'The crowd gathered at the gate: two of them died of their burns.',
      figures: [{ text: 'two of them died', value: 2 }],
    },
    {
      input: 'Three climbers (two Swiss and a Pole) were also killed.',
      figures: [{ text: 'Three climbers (two Swiss and a Pole) were also killed', value: 3 }],
    },
    {
      input: 'Police said two hundred and six pupils (206) were abducted.',
      figures: [{ text: 'two hundred and six pupils (206) were abducted', value: 206 }],
    },
    {
      input: 'Six crew members of a tanker, the Sea Lark, were kidnapped.',
      figures: [{ text: 'Six crew members of a tanker, the Sea Lark, were kidnapped', value: 6 }],
    },
    {
      input: 'Over 40 miners, who lost their lives in the blast, were buried.',
      figures: [{ text: 'Over 40 miners, who lost their lives', value: 40, kind: 'killed' }],
    },
    {
      input: 'Four hikers who had camped near the gorge were unaccounted for.',
      figures: [{ text: 'Four hikers who had camped near the gorge were unaccounted', value: 4, kind: 'missing' }],
    },
    {
      input: 'Two guards who tried to stop the gunmen were shot dead.',
      figures: [{ value: 2, kind: 'killed' }],
    },
    {
      input: 'Divers found dozens of charred bodies.',
      figures: [{ text: 'dozens of charred bodies', kind: 'killed' }],
    },
    {
      input: 'The ambush left one guard shot to death.',
      figures: [{ text: 'one guard shot to death', kind: 'killed' }],
    },
    {
      input:
        'Last year 12 Dutch truck drivers, four Belgian farm workers and two other Belgian nationals were abducted.',
      figures: [{ value: 12, kind: 'abducted' }, { value: 4 }, { value: 2 }],
    },
  ],
  match: ({ tokens, quantity, sentenceEnd }) => asSubject(tokens, quantity, sentenceEnd),
};

/**
 * The end of an aside opened after token `comma` ("89 Kenyans, most of them maids, died"): the token after its closing
 * comma.
 */
function asideEnd(tokens: Token[], comma: number, sentenceEnd: number): number | null {
  const opener = tokens[comma + 1];
  const bracketed = opener?.before.includes('(');
  // "five crew members of a trawler, the Sea Lark, were kidnapped": an aside may name what the victims belong to
  const naming = !!opener && /^\p{Lu}/u.test(opener.text) && !opener.tags.has('Pronoun');
  if (!opener || (!bracketed && !naming && !ASIDE_OPENERS.has(word(opener)) && !isValue(opener))) return null;
  for (let k = comma + 1; k < Math.min(sentenceEnd - 1, comma + MAX_ASIDE_WORDS); k++) {
    if (bracketed ? tokens[k]!.after.includes(')') : tokens[k]!.after === ',') return k + 1;
    if (!bracketed && !joined(tokens[k]!) && tokens[k]!.after !== '-') return null;
  }
  return null;
}

/**
 * "four hikers who had camped near the gorge were unaccounted for": past a relative clause about the victims (with no
 * casualty word of its own, that one is the figure), the first form of "be" that links them to a casualty word.
 */
function mainVerbAfterRelative(tokens: Token[], relative: number, sentenceEnd: number): number | null {
  const limit = Math.min(sentenceEnd, relative + MAX_RELATIVE_WORDS);
  for (let k = relative + 1; k < limit; k++) {
    if (!joined(tokens[k - 1]!) || casualtyPhrase(tokens, k)) return null;
    if (k < relative + 3 || !MAIN_BE.has(word(tokens[k])) || LINKING.has(word(tokens[k - 1]))) continue;
    let link = k;
    while (link < limit && LINKING.has(word(tokens[link])) && !casualtyPhrase(tokens, link)) link++;
    return casualtyPhrase(tokens, link) ? k : null;
  }
  return null;
}

/**
 * The token after a casualty phrase of several words starting at i, with its kind: "lost their lives", "taken hostage".
 */
function casualtyPhrase(tokens: Token[], i: number): { kind: FigureMatch['kind']; end: number } | null {
  const w = word(tokens[i]);
  if (w === 'lost' && POSSESSIVES.has(word(tokens[i + 1])) && /^li(fe|ves)$/.test(word(tokens[i + 2])))
    return { kind: 'killed', end: i + 3 };
  if (w === 'shot' && word(tokens[i + 1]) === 'to' && word(tokens[i + 2]) === 'death')
    return { kind: 'killed', end: i + 3 };
  if (CAPTURE_VERBS.has(w) && /^(hostages?|captives?)$/.test(word(tokens[i + 1])))
    return { kind: 'abducted', end: i + 2 };
  if (w === 'among' && word(tokens[i + 1]) === 'the' && kindOf(tokens[i + 2]))
    return { kind: kindOf(tokens[i + 2])!, end: i + 3 };
  const kind = kindOf(tokens[i]);
  return kind ? { kind, end: i + 1 } : null;
}

function asSubject(tokens: Token[], quantity: Quantity, sentenceEnd: number): FigureMatch | null {
  let i = quantity.endToken;
  let nouns = 0;
  // words of the list item being read: each of "10 sailors, five construction workers and four guards" has its own
  let itemWords = 0;
  // a noun of the victims' own ("four seminarians"), not just "of 17": "4 kidnapped seminarians" has none before
  let namedVictims = false;
  // "106 protesters in 21 cities have been killed": a place phrase may follow the victims
  let inPlace = false;
  let aside = false;
  let gap = tokens[i - 1]!;
  const continues = (): boolean => joined(gap) || gap.after === '-';
  while (i < sentenceEnd && itemWords < MAX_NOUN_WORDS && !casualtyPhrase(tokens, i) && !LINKING.has(word(tokens[i]))) {
    const t = tokens[i]!;
    const previous = word(tokens[i - 1]);
    if (RESTATED_NUMBER.test(t.text)) {
      gap = t;
      i++;
      continue;
    }
    // "Two expatriates (a Canadian and a Scot) were kidnapped": a bracket opens an aside however it is spaced
    if (!continues() || t.before.includes('(')) {
      // "89 Kenyans, most of them maids, died"; "10 sailors, five cooks and four guards were kidnapped"
      const resume =
        gap.after === ',' || gap.after.includes('(') || t.before.includes('(')
          ? asideEnd(tokens, i - 1, sentenceEnd)
          : null;
      // "317 students (317)" restates the number; a count after a comma starts the next item of a list
      if (resume !== null && (!isValue(t) || t.before.includes('('))) {
        i = resume;
        gap = tokens[i - 1]!;
        aside = true;
        break;
      }
      if (!(gap.after === ',' && isValue(t) && nouns > 0)) return null;
    }
    if (isValue(t) && !inPlace) {
      // "one of at least 700 people killed": the casualty word belongs to the other number; "two of 17 hostages" counts
      // two
      const listed = previous === 'and' || gap.after === ',';
      const partOf = previous === 'of' || (word(tokens[i - 2]) === 'of' && tokens[i - 1]!.tags.has('Determiner'));
      if (!listed && !(partOf && (quantity.value ?? 0) >= 2)) return null;
      if (listed) itemWords = 0;
    } else if (nouns > 0 && PLACE_PREPOSITIONS.has(word(t)) && previous !== 'of') inPlace = true;
    else if (
      word(t) === 'and' &&
      nouns > 0 &&
      tokens[i + 1] &&
      (isNounWord(tokens[i + 1]!) || isValue(tokens[i + 1]))
    ) {
      // "four inmates and three officers", "students and staff"
    } else if (
      (t.tags.has('Determiner') || POSSESSIVES.has(word(t)) || COUNTED_PRONOUNS.has(word(t))) &&
      previous === 'of'
    ) {
      // "of the seminarians", "of their families", "two of them"
    } else if (!isNounWord(t, i === quantity.endToken || isValue(tokens[i - 1])) && !(inPlace && isValue(t))) break;
    if (NOT_PEOPLE.has(word(t)) && !inPlace) return null;
    namedVictims ||= !isValue(t) && word(t) !== 'of';
    nouns++;
    itemWords++;
    gap = t;
    i++;
  }
  // "more than 260 workers, who lost their lives": a relative clause set off by a comma goes on about the victims
  const relative = gap.after === ',' && word(tokens[i]) === 'who' && nouns > 0;
  if (!aside && !continues() && !relative) return null;
  // "30 dead bodies", "dozens of charred bodies": the casualty word comes after the word that describes it
  const described =
    kindOf(tokens[i]) === 'killed' || tokens[i]?.tags.has('Adjective') || tokens[i]?.tags.has('PastTense');
  if (described && word(tokens[i + 1]) === 'bodies' && joined(tokens[i]!))
    return { quantity, first: quantity.phraseStart, end: i + 2, kind: 'killed' };
  if (nouns > 0 && RELATIVES.has(word(tokens[i])) && joined(gap))
    i = mainVerbAfterRelative(tokens, i, sentenceEnd) ?? i;
  let linking = 0;
  let passive = false;
  // "shot and killed" is the one "and" that links victims to a casualty word; other ones start a new clause
  const links = (t: Token | undefined): boolean =>
    LINKING.has(word(t)) || (word(t) === 'and' && word(tokens[i - 1]) === 'shot');
  while (i < sentenceEnd && linking < MAX_LINKING_WORDS && links(tokens[i]) && !casualtyPhrase(tokens, i)) {
    if (!joined(tokens[i]!)) return null;
    passive ||= BE_FORMS.has(word(tokens[i]));
    linking++;
    i++;
  }
  const careFor =
    CARE_VERBS.has(word(tokens[i])) && word(tokens[i + 1]) === 'for' ? HARMS[word(tokens[i + 2])] : undefined;
  if (careFor && i + 2 < sentenceEnd && nouns > 0)
    return { quantity, first: quantity.phraseStart, end: i + 3, kind: careFor };
  const phrase = i < sentenceEnd ? casualtyPhrase(tokens, i) : null;
  if (!phrase) return null;
  const verb = word(tokens[i]);
  // "30 bodies" counts the dead; "5 people ... bodies" is something else
  if (verb === 'bodies' && tokens.slice(quantity.endToken, i).some((t) => !isNounWord(t) || word(t) === 'people'))
    return null;
  if (/^(himself|themselves)$/.test(word(tokens[i + 1]))) return null;
  // "5 gunmen killed 3 villagers", "kidnapping suspects": the counted ones did the harm, or the word names something
  // else
  const object = tokens[phrase.end];
  if (!passive && TRANSITIVE.has(verb) && phrase.end < sentenceEnd && object && joined(tokens[phrase.end - 1]!)) {
    // "4 kidnapped seminarians", "hundreds of injured migrants": the harm word right after the count describes a noun
    const describes =
      !namedVictims && linking === 0 && object.tags.has('Noun') && !isValue(object) && !NOT_PEOPLE.has(word(object));
    if (describes)
      return {
        quantity,
        first: quantity.phraseStart,
        end: objectEnd(tokens, phrase.end, sentenceEnd),
        kind: phrase.kind,
      };
    const named =
      isValue(object) || object.tags.has('Determiner') || object.tags.has('Noun') || object.tags.has('Pronoun');
    if (named && !object.tags.has('Date')) return null;
  }
  if (/^(kidnapping|killing|abduction)$/.test(verb) && object?.tags.has('Noun') && joined(tokens[i]!)) return null;
  return { quantity, first: quantity.phraseStart, end: phrase.end, kind: phrase.kind };
}
