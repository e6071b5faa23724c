// "X said ...": the speaker of an attribution is a source.
import type { SourceRule } from './rule';

export const attributionSpeaker: SourceRule = {
  id: 'attribution-speaker',
  why: 'Whoever the text says said, told, reported or tweeted something is a source of the article.',
  examples: [
    { input: 'Marta Kovel, who heads the clinic, said the wards were full.', sources: ['Marta Kovel'] },
    { input: '"We found nobody," the regional fire brigade said.', sources: [] },
    // a body that runs a service speaks for it, lower-case or not
    {
      input: 'The national railway operator said the bridge had been inspected in May.',
      sources: ['national railway operator'],
    },
  ],
  cites: (_doc, attributions) =>
    attributions.flatMap((a) => {
      if (!a.source) return [];
      const span = a.sourceStart !== null && a.sourceEnd !== null ? ([a.sourceStart, a.sourceEnd] as const) : null;
      return [{ name: a.source, span, rule: 'attribution-speaker' }];
    }),
};
