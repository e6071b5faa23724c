// Who a mention stands for: a pronoun's antecedent, a surname's fullest name. Built once per article from
// the person names compromise tagged, then queried in text order, so the work stays linear.
import type { ArticleDocument, Token } from './document';
import { TITLES } from './lexicon/source-words';

export interface NameMention {
  start: number;
  end: number;
  text: string;
  /** Lower-cased last word: how a later surname-only mention finds it. */
  surname: string;
  gender: 'male' | 'female' | null;
  /** The role the text gives the name ("spokesman" of "Jane Roe, a spokesman for ..."), for "the spokesman" later. */
  role?: string | null;
}

/** "Maj.", "Col.", "Dr.": a title before a name, not part of it (compromise calls some of them no honorific). */
export const isTitle = (token: Token): boolean =>
  token.tags.has('Honorific') ||
  (token.tags.has('Abbreviation') && token.after === '.' && token.text.length > 1 && !token.tags.has('Acronym'));

const isNameToken = (token: Token): boolean =>
  token.tags.has('Person') &&
  !token.tags.has('Pronoun') &&
  !isTitle(token) &&
  !token.tags.has('Demonym') &&
  /^\p{Lu}/u.test(token.text);

/** A name goes on past an initial ("Paul D. Ryan"), not past a full stop ("said Hester.\nMichael Mulgrew"). */
function continuesName(text: string, token: Token, next: Token): boolean {
  if (/[\n\r\u2028\u2029\u0085]/.test(text.slice(token.end, next.start))) return false;
  if (token.after === '' || token.after === '-') return true; // "Jean-Marc Ayrault"
  return token.after === '.' && (/^\p{Lu}$/u.test(token.text) || token.tags.has('Abbreviation'));
}

/** Lower-case particles inside Arabic, Dutch, French... names: "Deir al-Balah", "Ludwig van Beethoven". */
const NAME_PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'van', 'von', 'de', 'da', 'du', 'der', 'la', 'le']);
const isParticle = (token: Token): boolean => NAME_PARTICLES.has(token.normal) && token.tags.has('Person');
/** Prepositions of place: a name right after them is a place compromise took for a person ("in Deir al-Balah"). */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'outside']);

/**
 * Runs of person-name tokens (titles left out), in text order. A run goes on over name particles ("Deir
 * al-Balah" is one run, not "Deir" and "Balah"), and a run that is the start of an organization's or place's name
 * ("Youssef Al-Najjar Hospital") or follows a preposition of place ("in Deir al-Balah") is no person: places and
 * organizations are never "he" or "she".
 */
export function findPersonNames(doc: ArticleDocument): NameMention[] {
  const names: NameMention[] = [];
  const { tokens, text } = doc;
  for (let i = 0; i < tokens.length; i++) {
    const unknown = isNameToken(tokens[i]!) ? -1 : unknownPersonEnd(tokens, i);
    if (unknown !== -1) {
      names.push(mentionOf(doc, i, unknown - 1, gender(doc, i, unknown - 1)));
      i = unknown - 1;
      continue;
    }
    if (!isNameToken(tokens[i]!)) continue;
    let last = i;
    const continues = (k: number): boolean => k < tokens.length && continuesName(text, tokens[k - 1]!, tokens[k]!);
    for (;;) {
      if (continues(last + 1) && isNameToken(tokens[last + 1]!)) last++;
      else if (
        continues(last + 1) &&
        isParticle(tokens[last + 1]!) &&
        continues(last + 2) &&
        isNameToken(tokens[last + 2]!)
      )
        last += 2;
      else if (continues(last + 1) && hyphenatedSurname(tokens, last + 1)) last += 2;
      else break;
    }
    const following = tokens[last + 1];
    const partOfLongerName =
      following &&
      continues(last + 1) &&
      /^\p{Lu}/u.test(following.text) &&
      (following.tags.has('Organization') || following.tags.has('Place'));
    const preceding = tokens[i - 1];
    // "in Obama's view" is a person's
    const afterPlacePreposition =
      preceding &&
      PLACE_PREPOSITIONS.has(preceding.normal) &&
      preceding.after === '' &&
      !/['’]s$/.test(tokens[last]!.text) &&
      !tokens[last]!.tags.has('Possessive');
    // "in Herndon, Virginia": the one word after a place's comma is a place too (not "Yemen, Martin Griffiths", a
    // person in apposition)
    const beforePreceding = tokens[i - 2];
    const afterPlaceComma =
      preceding &&
      beforePreceding &&
      last === i &&
      preceding.after === ',' &&
      (preceding.tags.has('Place') || PLACE_PREPOSITIONS.has(beforePreceding.normal));
    // "the governor of Virginia", "the president of France": what an office is "of" is a place
    const officeOf = preceding?.normal === 'of' && beforePreceding !== undefined && TITLES.has(beforePreceding.normal);
    if (partOfLongerName || afterPlacePreposition || afterPlaceComma || officeOf) {
      i = last;
      continue;
    }
    names.push(mentionOf(doc, i, last, gender(doc, i, last)));
    i = last;
  }
  return names;
}

function mentionOf(doc: ArticleDocument, first: number, last: number, sex: NameMention['gender']): NameMention {
  const { tokens, text } = doc;
  const start = tokens[first]!.start;
  const end = tokens[last]!.end;
  return {
    start,
    end,
    text: text.slice(start, end),
    surname: tokens[last]!.normal.replace(/['’]s$/, ''),
    gender: sex,
    role: appositiveRole(tokens, last + 1) ?? precedingRole(tokens, first - 1),
  };
}

const gender = (doc: ArticleDocument, first: number, last: number): NameMention['gender'] =>
  givenNameGender(doc.tokens, first, last) ?? honorificGender(doc.tokens[first - 1]) ?? pronounGender(doc, last + 1);

const isCapitalized = (token: Token | undefined): boolean => !!token && /^\p{Lu}\p{Ll}/u.test(token.text);

/** "Marwan Al-Hams", "Amr El-Sayed": a particle joined by a hyphen to a capitalized word goes on with the name. */
function hyphenatedSurname(tokens: Token[], particle: number): boolean {
  const token = tokens[particle]!;
  return (
    NAME_PARTICLES.has(token.normal) &&
    /^\p{Lu}/u.test(token.text) &&
    token.after === '-' &&
    isCapitalized(tokens[particle + 1]) &&
    !tokens[particle + 1]!.tags.has('Organization') &&
    !tokens[particle + 1]!.tags.has('Place')
  );
}

/** The words of a name compromise does not know, read as one only when a relative pronoun of persons follows. */
const MAX_UNKNOWN_NAME_WORDS = 3;
const isUnknownNameWord = (token: Token): boolean =>
  isCapitalized(token) &&
  token.tags.has('ProperNoun') &&
  !['Organization', 'Place', 'Demonym', 'Honorific', 'Date', 'Acronym', 'Person'].some((tag) => token.tags.has(tag));

/**
 * "Nesrin Hadad, who ...": two or three capitalized words compromise does not know for a name, followed by ", who",
 * are a person. Returns the index after the name, or -1.
 */
function unknownPersonEnd(tokens: Token[], first: number): number {
  if (!isUnknownNameWord(tokens[first]!) || tokens[first]!.sentence !== tokens[first - 1]?.sentence) return -1;
  let end = first;
  while (end < first + MAX_UNKNOWN_NAME_WORDS && end < tokens.length && isUnknownNameWord(tokens[end]!)) {
    end++;
    if (tokens[end - 1]!.after !== '') break;
  }
  const last = tokens[end - 1]!;
  return end - first >= 2 && last.after === ',' && tokens[end]?.normal === 'who' ? end : -1;
}

/** The determiners an appositive role may open with ("Roe, a lawyer", "Roe, the director"; "Roe, director of"). */
const ROLE_OPENERS = new Set(['a', 'an', 'the']);
const isRoleNoun = (token: Token | undefined): boolean =>
  !!token &&
  token.tags.has('Noun') &&
  !token.tags.has('Plural') &&
  !token.tags.has('ProperNoun') &&
  !token.tags.has('Pronoun') &&
  /^\p{Ll}/u.test(token.text);

/** "Jane Roe, a spokeswoman for the ministry", "Roe, the hospital's director": the role an appositive gives a name. */
function appositiveRole(tokens: Token[], after: number): string | null {
  const comma = tokens[after - 1];
  if (!comma || comma.after !== ',' || !tokens[after]) return null;
  const from = ROLE_OPENERS.has(tokens[after]!.normal) ? after + 1 : after;
  for (let k = from; k < Math.min(tokens.length, from + 3); k++) {
    const token = tokens[k]!;
    if (isRoleNoun(token) && !isRoleNoun(tokens[k + 1])) return token.normal;
    if (token.after !== '' && token.after !== '’s' && token.after !== "'s") return null;
  }
  return null;
}

/** "spokesman Nick Merrill", "the reporter Jane Roe": a role written right before a name. */
function precedingRole(tokens: Token[], before: number): string | null {
  const token = tokens[before];
  return token && token.after === '' && isRoleNoun(token) && !token.tags.has('Honorific') ? token.normal : null;
}

const MALE_HONORIFICS = new Set(['mr', 'sir', 'lord', 'king', 'prince', 'father', 'brother']);
const FEMALE_HONORIFICS = new Set(['mrs', 'ms', 'miss', 'madam', 'lady', 'dame', 'queen', 'princess', 'sister']);
/** "Mr. Skaik", "Ms. Abed": the title before a name tells its gender where the given name does not. */
function honorificGender(token: Token | undefined): 'male' | 'female' | null {
  if (token && MALE_HONORIFICS.has(token.normal)) return 'male';
  if (token && FEMALE_HONORIFICS.has(token.normal)) return 'female';
  return null;
}

/**
 * The gender compromise's name lists give the first given name of a name, if any: the first word need not be it
 * ("Crooked Hillary Clinton", a nickname or an epithet before the given name).
 */
function givenNameGender(tokens: Token[], first: number, last: number): 'male' | 'female' | null {
  for (let k = first; k <= last; k++) {
    if (tokens[k]!.tags.has('MaleName')) return 'male';
    if (tokens[k]!.tags.has('FemaleName')) return 'female';
  }
  return null;
}

/**
 * The gender of the first he/his or she/her after a name in its sentence or the next ("Abu Hatab said he was able",
 * "... Roe, who was waiting. "I came early," she said."): the earlier pronoun a reader goes by when the given name
 * is one compromise does not know.
 */
function pronounGender(doc: ArticleDocument, after: number): 'male' | 'female' | null {
  const { tokens } = doc;
  const sentence = tokens[after - 1]?.sentence ?? 0;
  for (let t = after; t < tokens.length && tokens[t]!.sentence <= sentence + 1; t++) {
    if (tokens[t]!.tags.has('Person') && !tokens[t]!.tags.has('Pronoun')) return null; // another name comes first
    if (MALE.has(tokens[t]!.normal)) return 'male';
    if (FEMALE.has(tokens[t]!.normal)) return 'female';
  }
  return null;
}

const MALE = new Set(['he', 'him', 'his', 'himself']);
const FEMALE = new Set(['she', 'her', 'hers', 'herself']);
const GROUP = new Set(['it', 'they']);

/** Resolves person mentions against the names seen so far in the article. */
export class NameResolver {
  private readonly fullest = new Map<string, NameMention>();
  private readonly names: NameMention[];
  private next = 0;
  private nextToken = 0;
  private readonly roles = new Map<string, NameMention>();
  private readonly doc: ArticleDocument;
  private lastMale: NameMention | null = null;
  private lastFemale: NameMention | null = null;
  private lastAny: NameMention | null = null;
  /** The last organization or group that spoke: what "it" and "they" most often stand for in a report. */
  private lastGroup: string | null = null;

  constructor(doc: ArticleDocument) {
    this.doc = doc;
    this.names = findPersonNames(doc);
  }

  /**
   * Take in every name that starts before `offset` (calls must come with growing offsets), and every surname written
   * alone that a name before it gave ("Skaik paused" after "Sobhi Skaik"): the nearest person a reader has in mind.
   */
  private advance(offset: number): void {
    const { tokens } = this.doc;
    while (this.nextToken < tokens.length && tokens[this.nextToken]!.start < offset) {
      const token = tokens[this.nextToken++]!;
      if (this.next < this.names.length && this.names[this.next]!.start <= token.start) {
        const name = this.names[this.next++]!;
        this.heard(this.canonical(name));
        if (name.role) this.roles.set(name.role, this.fullest.get(name.surname)!);
        while (this.nextToken < tokens.length && tokens[this.nextToken]!.start < name.end) this.nextToken++;
        continue;
      }
      if (!/^\p{Lu}/u.test(token.text)) continue;
      const known = this.fullest.get(token.normal.replace(/['’]s$/, ''));
      if (known) this.heard(known);
    }
  }

  /** The fullest form of a name seen so far, given the gender any of its mentions told. */
  private canonical(name: NameMention): NameMention {
    const known = this.fullest.get(name.surname);
    const canonical = known && known.text.length >= name.text.length ? known : name;
    if (canonical.gender === null) canonical.gender = known?.gender ?? name.gender;
    this.fullest.set(name.surname, canonical);
    return canonical;
  }

  /** A person just mentioned: the nearest antecedent of a pronoun of their gender (of either, gender unknown). */
  private heard(person: NameMention): void {
    this.lastAny = person;
    if (person.gender !== 'female') this.lastMale = person;
    if (person.gender !== 'male') this.lastFemale = person;
  }

  /** The person a role noun stands for ("the spokesman" after "Jane Roe, a spokesman for ..."), or null. */
  role(noun: string, offset: number): string | null {
    this.advance(offset);
    const person = this.roles.get(noun.toLowerCase());
    if (person) this.heard(person);
    return person?.text ?? null;
  }

  /** The person a third-person singular pronoun at `offset` refers to, or null. */
  pronoun(word: string, offset: number): string | null {
    this.advance(offset);
    const lower = word.toLowerCase();
    if (MALE.has(lower)) return this.lastMale?.text ?? null;
    if (FEMALE.has(lower)) return this.lastFemale?.text ?? null;
    if (GROUP.has(lower)) return this.lastGroup;
    return null;
  }

  /**
   * Records a speaker named in the text whom compromise does not know for a person ("Lourimi said"): later "he" or
   * "she" may be them.
   */
  rememberPerson(text: string, start: number): void {
    this.advance(start);
    const words = text.split(/\s+/);
    const mention: NameMention = {
      start,
      end: start + text.length,
      text,
      surname: words[words.length - 1]!.toLowerCase(),
      gender: null,
    };
    // a later surname alone ("Kovel said") finds this fullest form too
    const known = this.fullest.get(mention.surname);
    if (!known || known.text.length < text.length) this.fullest.set(mention.surname, mention);
    this.heard(known?.text === text ? known : mention);
  }

  /** Records a speaker that is no person ("the ministry", "officials") for later "it" and "they". */
  rememberGroup(name: string): void {
    this.lastGroup = name;
  }

  /** The fullest form of a name mention (a surname alone gets the first name seen with it). */
  name(mention: string, offset: number): string {
    this.advance(offset);
    const words = mention.split(/\s+/);
    // "Al-Kahlot" is filed under "kahlot", its last token, as findPersonNames files "Mustafa Al-Kahlot"
    const surname = words[words.length - 1]!.toLowerCase()
      .replace(/['’]s$/, '')
      .split('-')
      .pop()!;
    const known = this.fullest.get(surname);
    return known && known.text.length > mention.length && known.text.endsWith(words[words.length - 1]!)
      ? known.text
      : mention;
  }

  /** The most recent person named before `offset`. */
  lastPerson(offset: number): string | null {
    this.advance(offset);
    return this.lastAny?.text ?? null;
  }
}
