// Pronouns, as data, in the groups the passes ask about. Origin: English grammar (the personal, object and relative
// pronouns); the indefinite ones are those news writes as a subject of saying ("some said", "others warned").

/** The personal pronouns a speaker is written as: "he said", "they warned". */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you']);

const OBJECT_PRONOUNS = ['him', 'her', 'them', 'us', 'me'];

/**
 * Mentions that stand for a name given elsewhere (a pronoun, a relative, "this"): an attribution reporting one names
 * the antecedent as its source.
 */
export const STAND_IN_PRONOUNS: ReadonlySet<string> = new Set([
  ...SUBJECT_PRONOUNS,
  ...OBJECT_PRONOUNS,
  'who',
  'whom',
  'which',
  'that',
  'this',
]);

/** Pronouns never listed as a named source themselves: the personal ones and those that count or point. */
export const UNNAMED_PRONOUNS: ReadonlySet<string> = new Set([
  ...SUBJECT_PRONOUNS,
  'him',
  'her',
  'them',
  'this',
  'that',
  'who',
  'which',
  'what',
  'these',
  'those',
  'one',
  'others',
  'some',
  'many',
  'most',
  'all',
  'both',
  'each',
  'everyone',
  'anyone',
]);
