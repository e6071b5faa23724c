import { describe, expect, it } from 'vitest';
import type { Extraction, Figure } from '../types';
import { pageTolls } from './page-tolls';

const text =
  'At least 12 dead in Harlow\n\nAt least 12 people were killed in Harlow on Monday, county police said. Two people are missing.';
const figure = (
  phrase: string,
  value: number,
  kind: Figure['kind'],
  source: string | null,
  qualifier: Figure['qualifier'] = 'exact',
): Figure => {
  const start = text.indexOf(phrase);
  return {
    start,
    end: start + phrase.length,
    text: phrase,
    value,
    qualifier,
    kind,
    source,
    hedged: false,
    hedgeCue: null,
    rule: 'victims-as-subject',
  };
};
const extraction: Extraction = {
  title: 'At least 12 dead in Harlow',
  text,
  sources: [],
  attributions: [],
  figures: [
    figure('At least 12 dead', 12, 'killed', null, 'at_least'),
    figure('At least 12 people were killed', 12, 'killed', 'county police', 'at_least'),
    figure('Two people are missing', 2, 'missing', null),
  ],
};

describe('pageTolls', () => {
  it('gives each toll of a page one claim, the attributed one where the headline repeats it', () => {
    const claims = pageTolls({
      id: 'page',
      url: 'file:///page.html',
      published: '2026-03-02',
      firstSeen: '2026-03-09T00:00:00.000Z',
      extraction,
    });
    expect(claims.map((claim) => [claim.id, claim.text, claim.source?.name ?? null])).toEqual([
      ['page#1', 'At least 12 people were killed in Harlow on Monday, county police said.', 'county police'],
      ['page#2', 'Two people are missing.', null],
    ]);
    expect(claims[0]).toMatchObject({
      page: { url: 'file:///page.html', published: '2026-03-02' },
      createdAt: '2026-03-09T00:00:00.000Z',
    });
  });
});
