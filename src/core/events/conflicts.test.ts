import { describe, expect, it } from 'vitest';
import { conflictRule, SAME_TIME_MS, TOLL_DISAGREES_RULE, TOLL_FALLS_RULE, type TollReport } from './conflicts';

const report = (
  value: number,
  at: number,
  source: string | null,
  qualifier: TollReport['figure']['qualifier'] = 'exact',
): TollReport => ({
  figure: { value, qualifier },
  source: source === null ? null : { name: source, kind: 'organization', aliases: [] },
  at,
});
const DAY = 24 * 60 * 60 * 1000;

describe('conflictRule', () => {
  it('sees two sources giving incompatible counts the same day', () => {
    expect(conflictRule(report(12, 0, 'Health Ministry'), report(40, SAME_TIME_MS, 'Rights group'))).toBe(
      TOLL_DISAGREES_RULE,
    );
    expect(conflictRule(report(12, 0, null), report(40, 0, null))).toBe(TOLL_DISAGREES_RULE);
  });

  it('lets a toll rise over days, or one source update its count the same day', () => {
    expect(conflictRule(report(12, 0, 'Health Ministry'), report(40, 3 * DAY, 'Rights group'))).toBeNull();
    expect(conflictRule(report(12, 0, 'Health Ministry'), report(16, DAY / 2, 'Health Ministry'))).toBeNull();
  });

  it('sees a toll that falls later, whoever gives it', () => {
    expect(conflictRule(report(40, 3 * DAY, 'Health Ministry'), report(12, 0, 'Health Ministry'))).toBeNull();
    expect(conflictRule(report(40, 0, 'Health Ministry'), report(12, 3 * DAY, 'Health Ministry'))).toBe(
      TOLL_FALLS_RULE,
    );
  });

  it('sees no conflict where the ranges allow both counts, or a count is vague', () => {
    expect(conflictRule(report(12, 0, 'A', 'at_least'), report(40, 0, 'B'))).toBeNull();
    expect(conflictRule(report(200, 0, 'A', 'about'), report(210, 0, 'B'))).toBeNull();
    expect(
      conflictRule({ figure: { value: null, qualifier: 'vague' }, source: null, at: 0 }, report(40, 0, 'B')),
    ).toBeNull();
  });
});
