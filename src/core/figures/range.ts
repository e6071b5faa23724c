// "between 100 and 200 died": the low end of a range shares the casualty word of its high end.
import type { FigureShape } from './rule';
import { victimsAsSubject } from './victims-as-subject';

export const range: FigureShape = {
  id: 'range',
  why: 'The low end of a range has no casualty word of its own: it takes the high end’s ("between 100 and 200 died").',
  examples: [
    {
      input: 'Between 2,000 and 5,000 miners died in the collapse.',
      figures: [{ text: 'Between 2,000 and 5,000 miners died', value: 2000 }, { value: 5000 }],
    },
  ],
  match: (context) => {
    const high = context.quantity.rangeHigh;
    const matched = high && victimsAsSubject.match({ ...context, quantity: high });
    return matched
      ? { quantity: context.quantity, first: context.quantity.phraseStart, end: matched.end, kind: matched.kind }
      : null;
  },
};
