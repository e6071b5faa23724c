// "could kill thousands", "threatened to kill 20": a toll that has not happened is no figure.
import { word } from '../tokens';
import type { FigureVeto } from './rule';

const MODALS = new Set(['will', 'would', 'could', 'might', 'may', 'can', "'ll", 'shall', 'must']);
const INTENT = new Set([
  'threatened',
  'threatens',
  'threaten',
  'vowed',
  'vows',
  'plans',
  'planned',
  'plan',
  'plot',
  'plotted',
  'plotting',
  'tried',
  'try',
  'tries',
  'attempted',
  'attempt',
  'wanted',
  'want',
  'wants',
  'aiming',
  'aimed',
  'aims',
  'seeking',
  'sought',
  'intended',
  'intends',
  'expected',
  'expect',
  'expects',
  'likely',
]);
const REACH = 4;
/** Modals of possibility: before a state ("may be missing") they hedge a toll that may be so now. */
const POSSIBILITY = new Set(['could', 'might', 'may']);
/** Casualty words naming a state rather than an event: a modal of possibility before one does not make it a threat. */
const STATES = new Set(['missing', 'unaccounted']);
/** An estimate or a projection of a toll is a figure, hedged ("estimates that 2.2 million could die"). */
const ESTIMATE = /^(estimat|project|forecast|predict|model)/;

export const hypotheticalToll: FigureVeto = {
  id: 'hypothetical-toll',
  why: 'A harm a modal or an intent governs ("could kill", "threatened to kill", "will die") is a threat or a forecast, not a toll.',
  examples: [
    { input: 'The drought could kill thousands of cattle herders.', figures: [] },
    { input: 'The gang threatened to kill 20 hostages.', figures: [] },
    { input: 'He led a raid aiming to abduct six guards.', figures: [] },
    { input: 'Experts warn 500 people will die without aid.', figures: [] },
    { input: 'As many as 70 people may have died.', figures: [{ value: 70 }] },
    { input: 'Planners estimate that 3,000 residents could die.', figures: [{ value: 3000 }] },
    { input: 'As many as 30 people may still be missing.', figures: [{ value: 30, kind: 'missing' }] },
    { input: 'Four hikers might be unaccounted for.', figures: [{ value: 4, kind: 'missing' }] },
    { input: 'The storm may leave 30 people missing.', figures: [] },
  ],
  rejects: ({ tokens, sentenceStart, sentenceEnd }, match) => {
    if (tokens.slice(sentenceStart, sentenceEnd).some((t) => ESTIMATE.test(word(t)))) return false;
    // the casualty word is the first word of the match for an object, the last for a subject
    const verbs = [match.first, match.end - 1];
    return verbs.some((verb) => {
      for (let k = verb - 1; k >= Math.max(sentenceStart, verb - REACH); k--) {
        const w = word(tokens[k]);
        if (w === 'have' || w === 'has' || w === 'had') return false;
        if (POSSIBILITY.has(w) && STATES.has(word(tokens[verb]))) return false;
        if (MODALS.has(w) || (w === 'to' && INTENT.has(word(tokens[k - 1])))) return true;
        if (!/^(be|been|not|also|then|still|eventually|likely|to|easily|soon)$/.test(w) && k < verb - 1) return false;
      }
      return false;
    });
  },
};
