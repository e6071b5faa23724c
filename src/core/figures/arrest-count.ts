// "police arrested 12 men who killed a guard": the arrested are counted, not the harmed.
import { word } from '../tokens';
import type { FigureVeto } from './rule';

const CUSTODY =
  /^(arrested|arrests|arresting|arrest|detained|detaining|detains|detain|jailed|charged|convicted|sentenced|held|nabbed|apprehended|rounded|indicted|prosecuted|suspects|suspected)$/;

export const arrestCount: FigureVeto = {
  id: 'arrest-count',
  why: 'A count governed by an arrest, a detention or a charge counts people in custody, however a harm word follows it.',
  examples: [
    { input: 'Police arrested 12 men who killed a guard.', figures: [] },
    { input: 'Three suspects were charged over the murders.', figures: [] },
    { input: 'Officers detained 40 protesters and 9 were injured.', figures: [{ value: 9, kind: 'injured' }] },
  ],
  rejects: ({ tokens, quantity, sentenceStart }, match) => {
    const before = quantity.phraseStart - 1 >= sentenceStart ? word(tokens[quantity.phraseStart - 1]) : '';
    if (CUSTODY.test(before) && match.first >= quantity.phraseStart) return true;
    // "Three suspects were charged": the counted noun or its verb is custody
    return tokens
      .slice(quantity.endToken, Math.max(quantity.endToken, match.end - 1))
      .some((t) => CUSTODY.test(word(t)));
  },
};
