// Who a mention stands for: a pronoun's antecedent, a surname's fullest name. Built once per article from
// the person names compromise tagged, then queried in text order, so the work stays linear.
import type { ArticleDocument, Token } from './document';

export interface NameMention {
  start: number;
  end: number;
  text: string;
  /** Lower-cased last word: how a later surname-only mention finds it. */
  surname: string;
  gender: 'male' | 'female' | null;
}

const isNameToken = (token: Token): boolean =>
  token.tags.has('Person') &&
  !token.tags.has('Pronoun') &&
  !token.tags.has('Honorific') &&
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
    if (partOfLongerName || afterPlacePreposition) {
      i = last;
      continue;
    }
    const first = tokens[i]!;
    const end = tokens[last]!;
    const gender = givenNameGender(first) ?? honorificGender(tokens[i - 1]) ?? pronounGender(doc, last + 1);
    names.push({
      start: first.start,
      end: end.end,
      text: text.slice(first.start, end.end),
      surname: end.normal.replace(/['’]s$/, ''),
      gender,
    });
    i = last;
  }
  return names;
}

const MALE_HONORIFICS = new Set(['mr', 'sir', 'lord', 'king', 'prince', 'father', 'brother']);
const FEMALE_HONORIFICS = new Set(['mrs', 'ms', 'miss', 'madam', 'lady', 'dame', 'queen', 'princess', 'sister']);
/** "Mr. Skaik", "Ms. Abed": the title before a name tells its gender where the given name does not. */
function honorificGender(token: Token | undefined): 'male' | 'female' | null {
  if (token && MALE_HONORIFICS.has(token.normal)) return 'male';
  if (token && FEMALE_HONORIFICS.has(token.normal)) return 'female';
  return null;
}

/** The gender compromise's name lists give a given name, if any. */
function givenNameGender(token: Token): 'male' | 'female' | null {
  if (token.tags.has('MaleName')) return 'male';
  if (token.tags.has('FemaleName')) return 'female';
  return null;
}

/**
 * The gender of the first he/his or she/her after a name in its sentence ("Abu Hatab said he was able"): the
 * earlier pronoun a reader goes by when the given name is one compromise does not know.
 */
function pronounGender(doc: ArticleDocument, after: number): 'male' | 'female' | null {
  const { tokens } = doc;
  const sentence = tokens[after - 1]?.sentence;
  for (let t = after; t < tokens.length && tokens[t]!.sentence === sentence; t++) {
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
  private lastMale: NameMention | null = null;
  private lastFemale: NameMention | null = null;
  private lastAny: NameMention | null = null;
  /** The last organization or group that spoke: what "it" and "they" most often stand for in a report. */
  private lastGroup: string | null = null;

  constructor(doc: ArticleDocument) {
    this.names = findPersonNames(doc);
  }

  /** Take in every name that starts before `offset` (calls must come with growing offsets). */
  private advance(offset: number): void {
    while (this.next < this.names.length && this.names[this.next]!.start < offset) {
      const name = this.names[this.next++]!;
      const known = this.fullest.get(name.surname);
      const canonical = known && known.text.length >= name.text.length ? known : name;
      if (canonical.gender === null && known?.gender) canonical.gender = known.gender;
      this.fullest.set(name.surname, canonical);
      this.lastAny = canonical;
      if (canonical.gender === 'male') this.lastMale = canonical;
      else if (canonical.gender === 'female') this.lastFemale = canonical;
      else {
        this.lastMale = canonical;
        this.lastFemale = canonical;
      }
    }
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
    this.lastAny = mention;
    this.lastMale = mention;
    this.lastFemale = mention;
  }

  /** Records a speaker that is no person ("the ministry", "officials") for later "it" and "they". */
  rememberGroup(name: string): void {
    this.lastGroup = name;
  }

  /** The fullest form of a name mention (a surname alone gets the first name seen with it). */
  name(mention: string, offset: number): string {
    this.advance(offset);
    const words = mention.split(/\s+/);
    const surname = words[words.length - 1]!.toLowerCase().replace(/['’]s$/, '');
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
