// Texts for the core's property tests and the fuzz run (npm run fuzz): fragments that trigger the core's rules
// (quote marks, numbers, casualty and reporting words, pronouns, paragraph breaks) mixed with arbitrary Unicode,
// astral characters, lone surrogates and invisible characters included, so the rules run on input nobody wrote.
import fc from 'fast-check';

const TRIGGERS = [
  '"',
  '“',
  '”',
  '‘',
  '’',
  "'",
  '«',
  '»',
  '\n',
  '\n\n',
  ' ',
  ',',
  '.',
  ':',
  '—',
  '0',
  '7',
  '1,500',
  '3.5 million',
  '49',
  'TWO',
  'forty-nine',
  'a dozen',
  'dozens',
  'scores of',
  'hundreds',
  'tens of thousands',
  'between 100 and 200',
  'at least',
  'more than',
  'nearly',
  'up to',
  'as many as',
  'people',
  'were killed',
  'killing',
  'dead',
  'died',
  'death toll',
  'injured',
  'wounded',
  'missing',
  'kidnapped',
  'said',
  'told reporters',
  'according to',
  'reportedly',
  'might have',
  'he',
  'she',
  'they',
  'it',
  'Reuters',
  'Dr. Amal Haddad',
  'Haddad',
  'the Interior Ministry',
  'a spokesman for',
  'Officials',
];

const fragment = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom(...TRIGGERS) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) }, // any code point, astral ones included
  { weight: 1, arbitrary: fc.constantFrom('\uD83D', '\uDE00', '😀', '𝒳', '\u200B', '\u00A0', '\r\n', '\t') },
);

export const article = fc
  .tuple(fc.array(fragment, { maxLength: 80 }), fc.constantFrom(' ', ' ', ' ', ''))
  .map(([parts, separator]) => parts.join(separator));

const noise = fc.oneof(
  fc.constant(''),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
  fc.constantFrom('😀', '\uD83D', '\n', '"'),
);
const pick = (...options: string[]): fc.Arbitrary<string> => fc.constantFrom(...options);

/** News-like sentences built from parts, arbitrary noise between them: the shapes the rules look for, bent. */
const newsSentence = fc
  .tuple(
    pick('At least', 'More than', 'Nearly', 'Up to', 'Dozens of', 'As many as', ''),
    pick('12', '1,500', 'forty-nine', 'TWO', 'three', 'hundreds of', 'a dozen'),
    pick('people were killed', 'were injured', 'civilians died', 'remain missing', 'were kidnapped', 'dead'),
    pick(', according to', ', said', '. “We counted them,” said', ', she said, citing', ' reportedly, said'),
    pick(
      'Dr. Amal Haddad',
      'the Interior Ministry',
      'Reuters',
      'he',
      'officials',
      'Haddad, a spokesman for the ministry',
    ),
    pick('.', '."', '.”', ':', ''),
    noise,
    noise,
  )
  .map(
    ([qualifier, number, casualty, cue, speaker, end, noiseBefore, noiseAfter]) =>
      [noiseBefore, qualifier, number, casualty, noiseAfter, cue, speaker].filter(Boolean).join(' ') + end,
  );

export const newsArticle = fc
  .tuple(fc.array(fc.oneof(newsSentence, article), { minLength: 1, maxLength: 8 }), pick(' ', '\n\n', '\n'))
  .map(([sentences, separator]) => sentences.join(separator));

/** Characters that have broken offsets before: a BOM, zero-width ones, line separators, halves of a pair, quotes. */
const AWKWARD = [
  '\ufeff',
  '\u200b',
  '\u200d',
  '\u2060',
  '\u2028',
  '\u2029',
  '\uD83D',
  '\uDE00',
  '😀',
  '”',
  '“',
  '"',
  '\n',
  '\r\n',
  '\u0000',
  '9'.repeat(30),
];

/**
 * A window of a real article (`bases`: texts the caller read), bent: awkward characters inserted, stretches
 * deleted or doubled. What a saved page, a Notepad file or a scraper's output looks like on a bad day.
 */
export function mutatedArticle(bases: readonly string[]): fc.Arbitrary<string> {
  const edit = fc.tuple(
    fc.double({ min: 0, max: 1, noNaN: true }),
    fc.constantFrom('insert', 'delete', 'double'),
    fc.constantFrom(...AWKWARD),
    fc.nat({ max: 200 }),
  );
  return fc
    .tuple(
      fc.nat({ max: bases.length - 1 }),
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.integer({ min: 50, max: 4000 }),
      fc.array(edit, { maxLength: 12 }),
    )
    .map(([which, from, length, edits]) => {
      const base = bases[which]!;
      const start = Math.floor(from * Math.max(0, base.length - length));
      let text = base.slice(start, start + length);
      for (const [at, kind, awkward, size] of edits) {
        const i = Math.floor(at * text.length);
        if (kind === 'insert') text = text.slice(0, i) + awkward + text.slice(i);
        else if (kind === 'delete') text = text.slice(0, i) + text.slice(i + size);
        else text = text.slice(0, i + size) + text.slice(i);
      }
      return text;
    });
}
