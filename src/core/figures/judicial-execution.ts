// "the state executed three men after their trial": a court's sentence carried out is no casualty figure.
import { word } from '../tokens';
import type { FigureVeto } from './rule';

const EXECUTION = /^(executed|executing|executions|execution|hanged|hanging|hangings)$/;
const JUDICIAL = new Set([
  'court',
  'courts',
  'sentenced',
  'sentence',
  'sentences',
  'convicted',
  'trial',
  'trials',
  'verdict',
  'judge',
  'judicial',
  'penalty',
  'condemned',
  'prison',
  'prisoners',
  'inmates',
  'death-row',
  'row',
  'crimes',
  'capital',
  'authorities',
  'state',
]);

export const judicialExecution: FigureVeto = {
  id: 'judicial-execution',
  why: 'Executions after a sentence are punishment, not casualties; killings by armed groups are killed (GUIDELINES).',
  examples: [
    { input: 'After a mass trial, the country executed 15 men convicted of treason.', figures: [] },
    { input: 'A court sentenced 12 men to death.', figures: [] },
    { input: 'Insurgents executed four aid workers in the forest.', figures: [{ value: 4, kind: 'killed' }] },
  ],
  rejects: ({ doc, tokens }, match) => {
    const words = tokens.slice(match.first, match.end).map((t) => word(t));
    const sentence = doc.sentences[tokens[match.first]!.sentence]!;
    const around = tokens.slice(sentence.firstToken, sentence.endToken).map((t) => word(t));
    if (
      around.some(
        (w, k) =>
          w === 'sentenced' ||
          (w === 'to' && around[k + 1] === 'death' && /^(sentenced|condemned)$/.test(around[k - 2] ?? '')),
      )
    )
      return true;
    return words.some((w) => EXECUTION.test(w)) && around.some((w) => JUDICIAL.has(w));
  },
};
