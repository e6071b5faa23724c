import { describe, expect, it } from 'vitest';
import { droppedWarning } from './output';

describe('droppedWarning', () => {
  it('says nothing when the output invariant dropped nothing', () => {
    expect(droppedWarning([])).toBeNull();
  });

  it('counts what was left out and names the first reason, on one line', () => {
    const warning = droppedWarning([
      { finding: 'attribution', reason: 'source "Roe" is not named by its mention "Poe" (4..7)' },
      { finding: 'figure', reason: 'value 1e+300 is no safe count' },
    ]);
    expect(warning).toBe(
      '2 findings left out for offsets or values that do not hold ' +
        '(first: attribution, source "Roe" is not named by its mention "Poe" (4..7))',
    );
    expect(warning).not.toContain('\n');
  });
});
