// "killing at least 80 people": the victims, counted, are the object of the casualty word.
import {
  CAPTURE_VERBS,
  KIN,
  LIFE_TAKING_VERBS,
  LINKING,
  LOSS_VERBS,
  NOT_PEOPLE,
  OBJECT_VERBS,
  OF_NOUN_KINDS,
  OF_NOUNS,
} from '../lexicon/casualty-words';
import { joined, word } from '../tokens';
import type { Token } from '../document';
import type { Quantity } from '../quantities';
import type { FigureMatch, FigureShape, ShapeContext } from './rule';
import { isValue, kindOf, objectEnd } from './words';

/** How many words of the first victim a joint object may name: "the deputy police chief Umar Farooq". */
const JOINT_REACH = 7;
/** How far a captor's verb reaches for its "hostage": "took five policemen, among them a deputy, hostage". */
const HOSTAGE_REACH = 14;
const DETERMINERS = new Set(['the', 'their', 'its', 'his', 'her', 'these', 'those']);

export const victimsAsObject: FigureShape = {
  id: 'victims-as-object',
  why: 'A casualty verb or noun that takes a counted object names the victims: "killing 80 people", "the deaths of four".',
  examples: [
    {
      input: 'A landslide killed at least 37 villagers overnight.',
      figures: [{ text: 'killed at least 37 villagers', value: 37 }],
    },
    {
      input: 'The fire injured hundreds of workers.',
      figures: [{ text: 'injured hundreds of workers', kind: 'injured' }],
    },
    { input: 'Pirates kidnap 8 fishermen off the coast', figures: [{ text: 'kidnap 8 fishermen', kind: 'abducted' }] },
    {
      input: 'The epidemic claimed over 9,000 lives.',
      figures: [{ text: 'claimed over 9,000 lives', value: 9000, kind: 'killed' }],
    },
    {
      input: 'Rebels took six nurses hostage at the clinic.',
      figures: [{ text: 'took six nurses hostage', kind: 'abducted' }],
    },
    { input: 'Militants took away 14 pupils.', figures: [{ text: 'took away 14 pupils', kind: 'abducted' }] },
    { input: 'He ordered the killing of the nine monks.', figures: [{ text: 'killing of the nine monks', value: 9 }] },
    {
      input: 'The inquiry examined the deaths of three hostages.',
      figures: [{ text: 'deaths of three', value: 3, kind: 'killed' }],
    },
    { input: 'A farmer who lost three sons in the war spoke.', figures: [{ text: 'lost three sons', value: 3 }] },
    {
      input: 'The rebels kidnapped the district judge Omar Bile and four other officials.',
      figures: [
        { text: 'kidnapped the district judge Omar Bile and four other officials', value: 4, kind: 'abducted' },
      ],
    },
    { input: 'Rioters take the mayor, two aides hostage', figures: [{ text: 'take the mayor, two aides hostage' }] },
    {
      input: 'The blast killed the driver and 12 passengers were hurt.',
      figures: [{ text: '12 passengers were hurt' }],
    },
  ],
  match: asObject,
};

/**
 * The harm verb of a count that comes second in its object: "kidnapped the commander and four policemen", "takes the
 * mayor, four guards hostage". Null when the count starts a clause of its own ("killed the driver and 12 were hurt").
 */
function jointObjectVerb(tokens: Token[], quantity: Quantity, sentenceStart: number, sentenceEnd: number): number {
  let k = quantity.phraseStart - 1;
  if (word(tokens[k]) === 'and') k--;
  else if (tokens[k]?.after !== ',') return -1;
  const next = tokens[objectEnd(tokens, quantity.endToken, sentenceEnd)];
  if (next && (LINKING.has(word(next)) || kindOf(next))) return -1;
  for (let steps = 0; k >= sentenceStart && steps < JOINT_REACH; k--, steps++) {
    const t = tokens[k]!;
    const w = word(t);
    if (OBJECT_VERBS.has(w) || CAPTURE_VERBS.has(w)) return steps > 0 ? k : -1;
    if (isValue(t) || !['Noun', 'Determiner', 'Adjective'].some((tag) => t.tags.has(tag))) return -1;
    if (steps > 0 && !joined(t)) return -1;
  }
  return -1;
}

function asObject({ tokens, quantity, sentenceStart, sentenceEnd }: ShapeContext): FigureMatch | null {
  let verb = quantity.phraseStart - 1;
  if (DETERMINERS.has(word(tokens[verb])) && verb > sentenceStart) verb--;
  if (word(tokens[verb]) === 'of') verb--;
  const joint = jointObjectVerb(tokens, quantity, sentenceStart, sentenceEnd);
  if (joint >= 0) verb = joint;
  if (verb >= sentenceStart && word(tokens[verb]) === 'away' && CAPTURE_VERBS.has(word(tokens[verb - 1]))) {
    return { quantity, first: verb - 1, end: objectEnd(tokens, quantity.endToken, sentenceEnd), kind: 'abducted' };
  }
  if (verb < sentenceStart || !joined(tokens[verb]!)) return null;
  const trigger = word(tokens[verb]);
  const shotDead = trigger === 'dead' && word(tokens[verb - 1]) === 'shot';
  const lostKin = LOSS_VERBS.has(trigger) && KIN.has(word(tokens[quantity.endToken]));
  const afterOf = word(tokens[verb + 1]) === 'of';
  const ofNoun = OF_NOUNS.has(trigger) && afterOf;
  if (CAPTURE_VERBS.has(trigger))
    return heldHostage({ tokens, quantity, sentenceStart, sentenceEnd } as ShapeContext, verb);
  if (LIFE_TAKING_VERBS.has(trigger)) return livesTaken(tokens, quantity, verb, sentenceEnd);
  if (!OBJECT_VERBS.has(trigger) && !shotDead && !lostKin) return null;
  // "the deaths of four", not "deaths four"; a noun that takes no object ("slaughter", "captivity") needs its "of"
  if (
    OF_NOUNS.has(trigger) &&
    !OBJECT_VERBS.has(trigger.replace(/s$/, 'ed')) &&
    !ofNoun &&
    !/^(killing|kidnapping)$/.test(trigger)
  )
    return null;
  if ((trigger === 'deaths' || trigger === 'death') && !afterOf) return null;
  let end = quantity.endToken;
  const counted = word(tokens[end]) === 'of' ? tokens[end + 1] : tokens[end];
  if (counted && end < sentenceEnd && joined(tokens[end - 1]!) && NOT_PEOPLE.has(word(counted))) return null;
  end = objectEnd(tokens, end, sentenceEnd);
  const kind = kindOf(tokens[verb]) ?? OF_NOUN_KINDS[trigger] ?? 'killed';
  return { quantity, first: shotDead ? verb - 1 : verb, end, kind };
}

/** "claimed over 88,000 lives", "cost about 300 lives". */
function livesTaken(
  tokens: ShapeContext['tokens'],
  quantity: ShapeContext['quantity'],
  verb: number,
  sentenceEnd: number,
): FigureMatch | null {
  const end = quantity.endToken;
  if (end >= sentenceEnd || !/^li(ves|fe)$/.test(word(tokens[end])) || !joined(tokens[end - 1]!)) return null;
  return { quantity, first: verb, end: end + 1, kind: 'killed' };
}

/** "took five policemen hostage", "held 40 workers captive", "took 303 students into captivity". */
function heldHostage({ tokens, quantity, sentenceEnd }: ShapeContext, verb: number): FigureMatch | null {
  for (let k = quantity.endToken; k < Math.min(sentenceEnd, quantity.endToken + HOSTAGE_REACH); k++) {
    const w = word(tokens[k]);
    if (/^(hostages?|captives?)$/.test(w)) return { quantity, first: verb, end: k + 1, kind: 'abducted' };
    if (w === 'captivity' && word(tokens[k - 1]) === 'into')
      return { quantity, first: verb, end: k + 1, kind: 'abducted' };
    if (kindOf(tokens[k]) || tokens[k]!.tags.has('Verb')) return null;
  }
  return null;
}
