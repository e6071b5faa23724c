import { describe, expect, it } from 'vitest';
import { groupTolls, UNATTRIBUTED_REPEAT_RULE } from './tolls';
import type { Figure } from './types';

const figure = (overrides: Partial<Figure>): Figure => ({
  start: 0,
  end: 1,
  text: '19 killed',
  value: 19,
  qualifier: 'at_least',
  kind: 'killed',
  source: null,
  hedged: false,
  hedgeCue: null,
  rule: 'victims-as-subject',
  ...overrides,
});

describe('groupTolls', () => {
  it('joins the headline and caption repeats of an attributed toll to it (toll.unattributed-repeat)', () => {
    const headline = figure({ start: 0 });
    const body = figure({ start: 50, source: 'the health ministry' });
    const caption = figure({ start: 200 });
    const tolls = groupTolls([headline, body, caption]);
    expect(tolls).toHaveLength(1);
    expect(tolls[0]).toMatchObject({
      figure: body,
      mentions: [0, 1, 2],
      flagged: false,
      rule: UNATTRIBUTED_REPEAT_RULE,
    });
  });

  it('keeps different counts, qualifiers, kinds and sources apart, the flagged first', () => {
    const tolls = groupTolls([
      figure({ source: 'police' }),
      figure({ qualifier: 'exact', source: 'police' }),
      figure({ kind: 'injured', source: 'police' }),
      figure({ source: 'the army' }),
      figure({ value: 7 }),
    ]);
    expect(tolls.map((toll) => toll.mentions)).toEqual([[4], [0], [1], [2], [3]]);
    expect(tolls[0]?.flagged).toBe(true);
  });

  it('joins repeated unattributed figures, and a hedged mention flags its toll', () => {
    const tolls = groupTolls([
      figure({}),
      figure({ start: 30, hedged: true, hedgeCue: 'reportedly' }),
      figure({ value: null, qualifier: 'vague', text: 'dozens killed' }),
      figure({ value: null, qualifier: 'vague', text: 'hundreds killed' }),
    ]);
    expect(tolls.map((toll) => toll.mentions)).toEqual([[0, 1], [2], [3]]);
    const attributed = groupTolls([
      figure({ source: 'police' }),
      figure({ source: 'police', hedged: true, hedgeCue: 'reportedly' }),
    ]);
    expect(attributed).toMatchObject([{ mentions: [0, 1], flagged: true }]);
  });
});
