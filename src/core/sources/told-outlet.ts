// "told Kestrel News", "spoke to the Harbor Gazette": an outlet a speaker talked to reported what they said.
import { NEWSPAPER_TITLE_WORDS, OUTLET_DESCRIPTORS } from '../lexicon/source-words';
import { word } from '../tokens';
import { nameFrom } from './according-to';
import type { Cite, SourceRule } from './rule';

const OUTLET_HEADS = new Set([...NEWSPAPER_TITLE_WORDS, ...OUTLET_DESCRIPTORS]);
const TOLD = new Set(['told', 'telling', 'tells']);
const TALKED = new Set(['spoke', 'speaking', 'talked', 'talking']);

export const toldOutlet: SourceRule = {
  id: 'told-outlet',
  why: 'An outlet someone told or spoke to ("told Kestrel News") published what they said, though no list knows it.',
  examples: [
    { input: 'One of the young men told Kestrel News that the camp had no water.', sources: ['Kestrel News'] },
    { input: 'The mayor spoke to the Harbor Gazette on Friday about the flood.', sources: ['Harbor Gazette'] },
    // a person told is a hearer, not an outlet
    { input: 'The guard told Ana Lind that the gate was shut.', sources: [], notSources: ['Ana Lind'] },
  ],
  cites: (doc) => {
    const cites: Cite[] = [];
    const { tokens } = doc;
    for (const sentence of doc.sentences) {
      for (let i = sentence.firstToken; i + 1 < sentence.endToken; i++) {
        const verb = word(tokens[i]);
        const talkedTo = TALKED.has(verb) && word(tokens[i + 1]) === 'to';
        if (!TOLD.has(verb) && !talkedTo) continue;
        const hearer = talkedTo ? i + 2 : i + 1;
        if (hearer >= sentence.endToken) continue;
        const name = nameFrom(doc, hearer, sentence.endToken);
        if (!name) continue;
        // the name ends at its outlet word: "the Harbor Gazette | on Friday"
        let end = name.end;
        while (end > name.first && !(OUTLET_HEADS.has(word(tokens[end - 1])) && /^\p{Lu}/u.test(tokens[end - 1]!.text)))
          end--;
        if (end === name.first) continue;
        const span = [tokens[name.first]!.start, tokens[end - 1]!.end] as const;
        cites.push({ name: doc.text.slice(span[0], span[1]), span, rule: 'told-outlet', kind: 'outlet' });
      }
    }
    return cites;
  },
};
