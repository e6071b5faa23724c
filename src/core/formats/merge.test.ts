import { describe, expect, it } from 'vitest';
import { mergeImported } from './merge';
import { fullClaim } from './test-claims';

describe('mergeImported', () => {
  const poorer = { ...fullClaim, page: { ...fullClaim.page, title: null }, figure: null, source: null };

  it('never replaces a claim with a poorer copy of itself', () => {
    expect(mergeImported(fullClaim, poorer)).toEqual(fullClaim);
  });

  it("takes the newer edit of the reader's own fields and keeps what only the library knew", () => {
    const edited = { ...poorer, verdict: 'false' as const, note: 'Retracted.', updatedAt: '2026-04-01T00:00:00.000Z' };
    expect(mergeImported(fullClaim, edited)).toEqual({
      ...fullClaim,
      verdict: 'false',
      note: 'Retracted.',
      updatedAt: '2026-04-01T00:00:00.000Z',
    });
    expect(mergeImported(edited, fullClaim)).toEqual({
      ...fullClaim,
      verdict: 'false',
      note: 'Retracted.',
      updatedAt: '2026-04-01T00:00:00.000Z',
    });
  });
});
