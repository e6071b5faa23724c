// Texts of a given length in the shapes issue 12 measured: realistic news copy and the adversarial shapes that
// blew up (one run-on sentence, digits and spaces, chains of "of" phrases, of "according to", of figures).
// Written here from our own words (the example article for the realistic one), never from the corpus.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const EXAMPLE = fileURLToPath(new URL('../fixtures/example-article.txt', import.meta.url));

/** `unit(i)` repeated until the text is `length` characters, cut at the last space before it. */
function repeatTo(length: number, unit: (i: number) => string): string {
  let text = '';
  for (let i = 0; text.length < length; i++) text += unit(i);
  const cut = text.lastIndexOf(' ', length);
  return text.slice(0, cut > 0 ? cut : length);
}

const NAMES = [
  'the ministry',
  'Reuters',
  'Dr. Amal Haddad',
  'the regional governor',
  'officials',
  'a spokesman for the police',
];

export const SHAPES: Record<string, (length: number) => string> = {
  realistic: (length) => {
    const article = readFileSync(EXAMPLE, 'utf8').trim();
    return repeatTo(length, () => `${article}\n\n`);
  },
  'one long sentence': (length) =>
    repeatTo(length, (i) => `the crowd near gate ${i} waited while the police watched and the reporters counted, `),
  'digits and spaces': (length) => repeatTo(length, (i) => `${(i * 7919) % 100000} ${i % 10} `),
  '"of" chains': (length) =>
    repeatTo(length, (i) => `the head of the office of the deputy of the minister ${i % 2 ? 'of' : 'for'} `),
  '"according to" chains': (length) => repeatTo(length, (i) => `according to ${NAMES[i % NAMES.length]}, `),
  'figures in one sentence': (length) =>
    repeatTo(length, (i) => `at least ${(i % 90) + 2} people were killed and ${(i % 40) + 1} injured, `),
};
