import { describe, expect, it } from 'vitest';
import { claimEditProblem, claimQueryProblem, MAX_PAGE_SIZE, searchWords, searchWordsOf } from './library-query';
import { fullClaim } from './formats/test-claims';

describe('claimQueryProblem', () => {
  it('accepts a query with any of its fields', () => {
    expect(claimQueryProblem({})).toBeNull();
    expect(
      claimQueryProblem({
        search: 'flood toll',
        verdict: 'disputed',
        sort: 'created',
        descending: false,
        offset: 200,
        limit: 100,
      }),
    ).toBeNull();
  });

  it('names the field that is wrong', () => {
    expect(claimQueryProblem({ verdict: 'maybe' })).toBe('query: field "verdict" is malformed');
    expect(claimQueryProblem({ limit: MAX_PAGE_SIZE + 1 })).toBe('query: field "limit" is malformed');
    expect(claimQueryProblem({ offset: -1 })).toBe('query: field "offset" is malformed');
    expect(claimQueryProblem({ search: 'x'.repeat(5000) })).toBe('query: field "search" is malformed');
    expect(claimQueryProblem({ where: '1=1' })).toBe('query: unexpected field "where"');
    expect(claimQueryProblem({ __proto__: { polluted: true }, search: 'a' })).toBeNull();
    expect(claimQueryProblem([])).toBe('query must be an object');
  });
});

describe('claimEditProblem', () => {
  it('accepts note, verdict and tags, and refuses anything else', () => {
    expect(claimEditProblem({ note: 'checked with the hospital', verdict: 'supported', tags: ['floods'] })).toBeNull();
    expect(claimEditProblem({ tags: 'floods' })).toBe('edit: field "tags" is malformed');
    expect(claimEditProblem({ id: 'other' })).toBe('edit: unexpected field "id"');
  });
});

describe('searchWordsOf', () => {
  it('gives each word of text, source, aliases, note, title and tags once, in lower case', () => {
    const words = searchWordsOf(fullClaim);
    expect(words).toEqual(
      expect.arrayContaining(['27', 'killed', 'port', 'aven', 'maj', 'jacques', 'coroner', 'storm', 'ñandú', 'toll']),
    );
    expect(new Set(words).size).toBe(words.length);
    expect(searchWords('  Port-Aven, TOLL ')).toEqual(['port', 'aven', 'toll']);
  });
});
