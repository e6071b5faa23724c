// Casualty words and the words around them, as data. Origin: the casualty words GUIDELINES.md lists for each
// kind (killed, injured, missing, abducted), widened by hand with the inflections and synonyms news writes
// ("slain", "snatched", "abductees", "lost their lives"); the counted-thing and linking lists were written for
// this project from the shapes the figure rules read. Facts about English, not sentences from any article.
import type { CasualtyKind } from '../types';

const killed = ['killed', 'kill', 'kills', 'killing', 'dead', 'died', 'die', 'dies', 'dying', 'deaths', 'fatalities', 'slain',
  'murdered', 'murdering', 'homicides', 'murders', 'beheaded', 'executed', 'executing', 'massacred', 'bodies', 'killings', 'slaughter', 'slaughtered', 'drowned', 'perished'];
const injured = ['injured', 'injuring', 'injures', 'injuries', 'wounded', 'wounding', 'wounds', 'hurt', 'hospitalized', 'hospitalised', 'mutilated', 'maimed'];
const missing = ['missing', 'unaccounted', 'disappeared'];
const abducted = ['abducted', 'abducting', 'abduct', 'abducts', 'abduction', 'abductees', 'kidnapped', 'kidnapping', 'kidnap', 'kidnaps',
  'kindnapped', 'snatched', 'hostages', 'captives'];

/** The kind of harm a casualty word names: "slain" is killed, "snatched" abducted. */
export const KIND_OF_WORD: Readonly<Record<string, CasualtyKind>> = Object.fromEntries([
  ...killed.map((w) => [w, 'killed']),
  ...injured.map((w) => [w, 'injured']),
  ...missing.map((w) => [w, 'missing']),
  ...abducted.map((w) => [w, 'abducted']),
]);

/** Casualty words that take the victims as object: "killing 80 people", "injured hundreds", "kidnap 8". */
export const OBJECT_VERBS: ReadonlySet<string> = new Set(['slain', 'killed', 'kill', 'kills', 'killing', 'murdered', 'murdering',
  'beheaded', 'executed', 'executing', 'massacred', 'slaughtered', 'injured', 'injuring', 'injures', 'wounded', 'wounding', 'abducted',
  'abducting', 'abduct', 'abducts', 'kidnapped', 'kidnapping', 'kidnap', 'kidnaps', 'deaths', 'death', 'killings', 'slaughter',
  'abduction', 'captivity', 'murder', 'murders']);
/** Nouns of harm that take their victims with "of": "the deaths of four hostages", "the abduction of hundreds". */
export const OF_NOUNS: ReadonlySet<string> = new Set(['deaths', 'death', 'killings', 'killing', 'slaughter', 'abduction',
  'kidnapping', 'captivity', 'murder', 'murders']);
/** The kind a harm noun before "of" names, where it is no casualty word by itself ("the captivity of four"). */
export const OF_NOUN_KINDS: Readonly<Record<string, CasualtyKind>> = { captivity: 'abducted', murder: 'killed', death: 'killed' };
/** "who lost two sons": losing kin is a death count. */
export const KIN: ReadonlySet<string> = new Set(['siblings', 'sons', 'daughters', 'children', 'brothers', 'sisters', 'relatives',
  'parents', 'cousins', 'grandchildren', 'uncles', 'aunts', 'nephews', 'nieces', 'sons-in-law', 'family']);
export const LOSS_VERBS: ReadonlySet<string> = new Set(['lost', 'loses', 'losing']);
/** Verbs that take lives: "claimed over 88,000 lives", "cost about 300 lives". */
export const LIFE_TAKING_VERBS: ReadonlySet<string> = new Set(['claimed', 'claim', 'claims', 'claiming', 'cost', 'costs', 'costing', 'took', 'take', 'takes', 'taking']);
/** Verbs that take captives as object with a word after them: "took five policemen hostage", "took 27 students away". */
export const CAPTURE_VERBS: ReadonlySet<string> = new Set(['took', 'take', 'takes', 'taking', 'taken', 'held', 'holding', 'hold', 'holds', 'seized', 'seize', 'seizes']);
/** Words allowed between the victims and the casualty word: "have reportedly been", "who were critically". */
export const LINKING: ReadonlySet<string> = new Set(['have', 'has', 'had', 'were', 'was', 'been', 'are', 'is', 'be', 'being',
  'reportedly', 'allegedly', 'critically', 'seriously', 'slightly', 'badly', 'fatally', 'gravely', 'severely', 'tragically', 'also',
  'later', 'now', 'could', 'may', 'might', 'would', 'will', 'believed', 'to', 'confirmed', 'feared', 'already', 'all', 'who', 'that',
  'since', 'shot', 'so', 'far', 'remain', 'remained', 'still', 'found', 'reported', 'said', 'thought', 'presumed', 'got', 'estimated', 'known', 'likely']);
/** Counted things that are not people, or are not counts at all. */
export const NOT_PEOPLE: ReadonlySet<string> = new Set(['cases', 'case', 'infections', 'animals', 'whales', 'rabbits', 'dogs', 'cats',
  'cattle', 'birds', 'fish', 'sheep', 'cows', 'horses', 'deer', 'wolves', 'elephants', 'goats', 'pigs', 'chickens', 'hens', 'poultry',
  'livestock', 'sharks', 'dolphins', 'seals', 'bears', 'bees', 'mice', 'rats', 'monkeys', 'lions', 'camels', 'turkeys', 'wildlife',
  'crops', 'trees', 'homes', 'houses', 'buildings', 'vehicles', 'cars', 'acres', 'dollars', 'percent', 'years', 'year', 'months',
  'weeks', 'days', 'hours', 'minutes', 'seconds', 'miles', 'kilometers', 'kilometres', 'metres', 'meters', 'feet', 'times', 'points',
  'cities', 'towns', 'villages', 'provinces', 'countries', 'states', 'regions', 'districts', 'schools', 'hospitals', 'votes', 'seats',
  'shots', 'rounds', 'bullets', 'pounds', 'tons', 'euros', 'pages', 'stories', 'attacks', 'species', 'incidents', 'weapons', 'guns',
  'rifles', 'ships', 'boats', 'planes', 'aircraft', 'drones', 'tanks', 'trucks', 'buses', 'kidnappings', 'abductions',
  'protests', 'arrests', 'raids', 'bombings', 'explosions', 'strikes', 'charges', 'counts', 'sentences', 'grenades']);
/** A toll's value follows one of these: "rose to 267", "stands at 38", "was 777". */
export const TOLL_LINK: ReadonlySet<string> = new Set(['to', 'at', 'of', 'was', 'is', 'reached', 'hit', 'passed', 'topped', 'exceeded',
  'rise', 'rises', 'rose', 'risen', 'climb', 'climbs', 'climbed', 'exceed', 'surpass', 'surpassed', 'top', 'numbered', 'number', 'stood', 'stands']);
/** "41 people were treated for injuries": care for a harm counts the harmed. */
export const CARE_VERBS: ReadonlySet<string> = new Set(['treated', 'hospitalized', 'hospitalised', 'admitted']);
export const HARMS: Readonly<Record<string, CasualtyKind>> = { injuries: 'injured', wounds: 'injured', burns: 'injured', injury: 'injured' };
/** Plural casualty nouns whose count can come as a toll: "deaths in the state on Friday was 777", "the dead numbered 40". */
export const TOLL_NOUNS: ReadonlySet<string> = new Set(['deaths', 'fatalities', 'injuries', 'dead', 'casualties']);
/** Prepositions that open a place phrase after the victims: "106 protesters in 21 cities". */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'across', 'from', 'at']);
/** Words that open an aside between the victims and their verb: "89 Kenyans, most of them domestic workers, died". */
export const ASIDE_OPENERS: ReadonlySet<string> = new Set(['including', 'most', 'mostly', 'many', 'some', 'among', 'all',
  'mainly', 'largely', 'both', 'several', 'one', 'two', 'three', 'four', 'five', 'half', 'majority', 'primarily', 'chiefly', 'the', 'a', 'an']);
