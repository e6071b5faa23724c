// Words that tell what kind of source a name is, as data. Origin: written for this project from the source
// types of GUIDELINES.md (person, organization, outlet, document, anonymous) and the ways news names them
// ("Clark County Coroner's Office", "Taliban spokesman Zabihullah Mujahid", "a police source").

/** Heads that make a title-case name an organization ("Clark County Coroner's Office"). */
export const ORGANIZATION_WORDS: ReadonlySet<string> = new Set(['office', 'department', 'ministry', 'command', 'council', 'group',
  'agency', 'commission', 'police', 'army', 'forces', 'committee', 'center', 'centre', 'institute', 'university', 'observatory',
  'organization', 'organisation', 'association', 'union', 'court', 'party', 'bureau', 'service', 'house', 'watch', 'international',
  'coalition', 'authority', 'government', 'hospital', 'foundation', 'network', 'company', 'corporation', 'inc', 'ltd', 'administration',
  'health', 'military', 'church', 'mosque', 'temple', 'navy', 'guard', 'board', 'federation', 'fund', 'program', 'programme', 'helmets',
  'confederation', 'front', 'movement', 'corps', 'prosecution', 'prosecutor', 'embassy', 'senate', 'parliament', 'assembly', 'tribunal',
  'initiative', 'trust', 'media', 'tv', 'radio', 'times', 'post', 'news', 'press', 'daily', 'herald', 'tribune', 'monitor',
  // bodies that run or regulate a service speak for it: "the national railway operator said"
  'operator', 'airline', 'carrier', 'utility', 'firm', 'regulator', 'broadcaster', 'newspaper', 'ministries', 'agencies', 'brigade', 'squad']);
export const DOCUMENT_WORDS: ReadonlySet<string> = new Set(['report', 'reports', 'statement', 'filing', 'study', 'database', 'document',
  'documents', 'memo', 'survey', 'analysis', 'complaint', 'lawsuit', 'indictment', 'affidavit', 'records', 'data', 'statistics', 'figures']);
/**
 * Heads of unnamed references that can stand behind a claim: "officials", "a witness", "local media", "rights groups".
 * A bare noun phrase with another head ("the statement", "gunmen", "videos") names nobody who speaks.
 */
export const ANONYMOUS_HEADS: ReadonlySet<string> = new Set(['official', 'officials', 'source', 'sources', 'witness', 'witnesses',
  'authorities', 'resident', 'residents', 'expert', 'experts', 'analyst', 'analysts', 'activist', 'activists', 'diplomat', 'diplomats',
  'observers', 'investigators', 'doctor', 'doctors', 'medic', 'medics', 'rescuers', 'survivor', 'survivors', 'relative', 'relatives',
  'locals', 'spokesman', 'spokeswoman', 'spokesperson', 'media', 'police', 'reports', 'groups', 'group', 'organizations', 'organisations',
  'lawyer', 'lawyers', 'prosecutors', 'prosecutor', 'monitors', 'critics', 'opponents', 'supporters', 'leaders', 'leader', 'lawmaker',
  'lawmakers', 'family', 'families', 'members', 'member', 'journalists', 'journalist', 'reporters', 'photographer', 'officer', 'officers',
  'villagers', 'interviewees', 'estimates', 'figures', 'statistics', 'records', 'documents', 'channels', 'outlets', 'newspapers',
  'agencies', 'spokespeople', 'commander', 'commanders', 'nurses', 'nurse', 'teachers', 'official', 'aide', 'aides', 'worker', 'workers',
  'volunteers', 'rescuer', 'paramedics', 'hospital', 'ministry', 'government', 'army', 'military', 'wife', 'husband', 'mother', 'father',
  'brother', 'sister', 'son', 'daughter', 'woman', 'man', 'student', 'students', 'youths', 'parents', 'people', 'demonstrators',
  'protesters', 'protester', 'vote-counters', 'researchers', 'researcher', 'rapporteurs', 'clerics', 'elders', 'chief', 'chiefs',
  'unions', 'parties', 'sources', 'accounts', 'testimony', 'someone']);
/** Titles written before a personal name; they go to aliases, the bare name is canonical. */
export const TITLES: ReadonlySet<string> = new Set(['president', 'premier', 'chairman', 'chairwoman', 'prime', 'minister', 'dr', 'dr.',
  'doctor', 'colonel', 'col.', 'maj.', 'major', 'gen.', 'general', 'lt.', 'lieutenant', 'capt.', 'captain', 'sgt.', 'sergeant', 'sheriff',
  'judge', 'governor', 'gov.', 'mayor', 'senator', 'sen.', 'rep.', 'representative', 'secretary', 'mr.', 'mrs.', 'ms.', 'mr', 'mrs', 'ms',
  'officer', 'chief', 'commander', 'director', 'spokesman', 'spokeswoman', 'spokesperson', 'journalist', 'reporter', 'professor',
  'prof.', 'ambassador', 'chancellor', 'king', 'queen', 'prince', 'pope', 'rev.', 'father', 'vice-president', 'vice', 'deputy',
  'attorney', 'magistrate', 'district', 'u.s.', 'us', 'county', 'city', 'state', 'new', 'york', 'white', 'press', 'republican',
  'democratic', 'presidential', 'candidate', 'nominee', 'coroner', 'police', 'of', 'the', 'allama', 'sheikh', 'imam', 'cleric']);
/** Verbs and phrases that cite a known outlet: "told AFP", "AFP reported". */
export const CITED_BEFORE: ReadonlySet<string> = new Set(['told', 'to', 'by', 'from', 'source']);
/** Staff of an outlet cite it: "a reporter for AFP". */
export const STAFF: ReadonlySet<string> = new Set(['reporter', 'journalist', 'correspondent', 'photographer', 'spokesman',
  'spokeswoman', 'spokesperson']);
export const CITED_AFTER: ReadonlySet<string> = new Set(['said', 'says', 'reported', 'reports', 'reporting', 'quoted', 'cited',
  'confirmed', 'tweeted', 'wrote', 'added', 'noted', 'estimated', 'claimed', 'published', 'obtained', 'stated', 'announced', 'learned',
  'admitted', 'acknowledged', 'denied', 'insisted', 'warned', 'stressed', 'touted', 'indicated', 'poll', 'survey', 'report', 'analysis',
  'investigation', 'interview', 'statement']);
export const PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'him', 'her', 'them', 'this', 'that',
  'who', 'which', 'what', 'these', 'those', 'one', 'others', 'some', 'many', 'most', 'all', 'both', 'each', 'everyone', 'anyone']);
/** Role nouns that name a person's job: "spokesman for the ministry", "the reporter". */
export const ROLE_WORDS: readonly string[] = ['spokesman', 'spokeswoman', 'spokesperson', 'minister', 'secretary', 'director', 'head',
  'chief', 'official', 'commander', 'president', 'professor', 'researcher', 'analyst', 'correspondent', 'reporter', 'journalist', 'mayor',
  'governor', 'sheriff', 'coroner', 'officer', 'leader', 'member', 'chairman', 'chairwoman', 'founder', 'ambassador', 'adviser', 'advisor',
  'general', 'colonel', 'judge', 'lawyer', 'attorney', 'doctor', 'surgeon', 'witness'];
