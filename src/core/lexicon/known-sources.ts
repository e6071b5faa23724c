// Well-known outlets, news agencies, NGOs and government bodies that compromise does not recognize as
// one name (AFP, Reuters, "US Central Command"). Facts about the world, not sentences from any article.
import type { SourceKind } from '../types';

export interface KnownSource {
  name: string;
  kind: Extract<SourceKind, 'outlet' | 'organization'>;
  /** Other ways articles write it: acronyms, short forms. */
  aliases: readonly string[];
}

const outlet = (name: string, ...aliases: string[]): KnownSource => ({ name, kind: 'outlet', aliases });
const organization = (name: string, ...aliases: string[]): KnownSource => ({ name, kind: 'organization', aliases });

export const KNOWN_SOURCES: readonly KnownSource[] = [
  outlet('Agence France-Presse', 'AFP', 'Agence France Presse'),
  outlet('Reuters', 'Thomson Reuters'),
  outlet('Associated Press', 'AP'),
  outlet('Deutsche Presse-Agentur', 'dpa'),
  outlet('United Press International', 'UPI'),
  outlet('Xinhua', 'Xinhua News Agency'),
  outlet('TASS'),
  outlet('RIA Novosti'),
  outlet('Interfax'),
  outlet('Anadolu Agency', 'Anadolu'),
  outlet('Kyodo News', 'Kyodo'),
  outlet('Yonhap', 'Yonhap News Agency'),
  outlet('Press Trust of India', 'PTI'),
  outlet('Bloomberg', 'Bloomberg News'),
  outlet('CNN'),
  outlet('BBC', 'BBC News'),
  outlet('NPR', 'National Public Radio'),
  outlet('New York Times', 'the Times', 'NYT'),
  outlet('Washington Post'),
  outlet('Wall Street Journal', 'WSJ'),
  outlet('Los Angeles Times', 'LA Times'),
  outlet('USA Today'),
  outlet('The Guardian', 'Guardian'),
  outlet('Al Jazeera'),
  outlet('Al Arabiya'),
  outlet('Fox News'),
  outlet('NBC News', 'NBC'),
  outlet('ABC News', 'ABC'),
  outlet('CBS News', 'CBS'),
  outlet('MSNBC'),
  outlet('Sky News'),
  outlet('BFM TV', 'BFMTV'),
  outlet('Le Monde'),
  outlet('Der Spiegel', 'Spiegel'),
  outlet('Haaretz'),
  outlet('Times of Israel'),
  outlet('RT', 'Russia Today'),
  outlet('Sputnik'),
  outlet('IRNA'),
  outlet('SANA'),
  outlet('Politico'),
  outlet('Axios'),
  outlet('Ruptly'),
  organization('United Nations', 'UN', 'U.N.'),
  organization('World Health Organization', 'WHO'),
  organization('UNICEF'),
  organization('UNHCR', 'UN refugee agency'),
  organization('International Committee of the Red Cross', 'ICRC', 'Red Cross'),
  organization('Red Crescent'),
  organization('Doctors Without Borders', 'MSF', 'Médecins Sans Frontières'),
  organization('Human Rights Watch', 'HRW'),
  organization('Amnesty International', 'Amnesty'),
  organization('US Central Command', 'CENTCOM', 'U.S. Central Command', 'Central Command'),
  organization('Pentagon', 'Department of Defense', 'Defense Department'),
  organization('White House'),
  organization('State Department', 'Department of State'),
  organization('Federal Bureau of Investigation', 'FBI'),
  organization('Central Intelligence Agency', 'CIA'),
  organization('Centers for Disease Control and Prevention', 'CDC'),
  organization('NATO'),
  organization('European Union', 'EU'),
  organization('Kremlin'),
  organization('Syrian Observatory for Human Rights', 'SOHR'),
  organization('White Helmets', 'Syria Civil Defence'),
  organization('Airwars'),
  organization('SITE Intelligence Group'),
  organization('International Organization for Migration', 'IOM'),
];

const normalize = (s: string): string =>
  s
    .normalize('NFKC')
    .replace(/^the\s+/i, '')
    .replace(/[’]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

const BY_FORM = new Map<string, KnownSource>();
for (const source of KNOWN_SOURCES) {
  for (const form of [source.name, ...source.aliases]) BY_FORM.set(normalize(form), source);
}

/** The known source a name refers to ("AFP", "the Pentagon", "Agence France-Presse"), or undefined. */
export const lookupKnownSource = (name: string): KnownSource | undefined => BY_FORM.get(normalize(name));

/** Every written form, longest first, for scanning text. Short acronyms are matched case-sensitively by the caller. */
export const KNOWN_FORMS: readonly string[] = [...new Set(KNOWN_SOURCES.flatMap((s) => [s.name, ...s.aliases]))].sort(
  (a, b) => b.length - a.length,
);

const firstWord = (s: string): string => s.split(/[\s-]/, 1)[0]!.toLowerCase();
const FORMS_BY_FIRST_WORD = new Map<string, string[]>();
for (const form of KNOWN_FORMS) {
  const forms = FORMS_BY_FIRST_WORD.get(firstWord(form)) ?? [];
  forms.push(form);
  FORMS_BY_FIRST_WORD.set(firstWord(form), forms);
}

/** The known forms that can start at a word (longest first), so a scan looks at a handful of names per token. */
export const knownFormsStartingWith = (word: string): readonly string[] =>
  FORMS_BY_FIRST_WORD.get(firstWord(word)) ?? [];
