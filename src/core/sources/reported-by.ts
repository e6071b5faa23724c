// "the 45 deaths reported by the Ministry of Defense", "a statement issued by the governor's office": the agent of a
// reporting participle is the source of what it reported.
import { REPORTING_PARTICIPLES } from '../lexicon/source-words';
import { word } from '../tokens';
import { nameFrom } from './according-to';
import type { Cite, SourceRule } from './rule';

export const reportedBy: SourceRule = {
  id: 'reported-by',
  why: 'A count or a statement "reported by", "documented by" or "issued by" someone is theirs: they stand behind it.',
  examples: [
    {
      input: 'The figure is far above the 30 arrests reported by the Coastal Defense Ministry.',
      sources: ['Coastal Defense Ministry'],
    },
    { input: 'In the cases documented by rights groups, the guards beat the detainees.', sources: ['rights groups'] },
    { input: 'The bridge was built by Aster Works in 1990.', sources: [], notSources: ['Aster Works'] },
  ],
  cites: (doc) => {
    const cites: Cite[] = [];
    const { tokens } = doc;
    for (const sentence of doc.sentences) {
      for (let i = sentence.firstToken; i + 2 < sentence.endToken; i++) {
        if (!REPORTING_PARTICIPLES.has(word(tokens[i])) || word(tokens[i + 1]) !== 'by') continue;
        const agent = nameFrom(doc, i + 2, sentence.endToken);
        if (!agent) continue;
        const span = [tokens[agent.first]!.start, tokens[agent.end - 1]!.end] as const;
        cites.push({ name: agent.name, span, rule: 'reported-by' });
      }
    }
    return cites;
  },
};
