import { describe, expect, it } from 'vitest';
import type { Extraction } from '../types';
import { newClaim } from './new-claim';

const text = 'Floods cut the valley road. At least 6 people drowned near Tolbrook, Capt. Mira Osei said.';
const figureStart = text.indexOf('At least 6');
const extraction: Extraction = {
  title: 'Valley floods',
  text,
  attributions: [],
  figures: [
    {
      start: figureStart,
      end: figureStart + 10,
      text: 'At least 6',
      value: 6,
      qualifier: 'at_least',
      kind: 'killed',
      source: 'Capt. Mira Osei',
      hedged: false,
      hedgeCue: null,
      rule: 'victims-as-subject',
    },
  ],
  sources: [
    {
      name: 'Capt. Mira Osei',
      kind: 'person',
      role: null,
      aliases: ['Osei'],
      mentions: [],
      rule: 'attribution-speaker',
    },
  ],
};

describe('newClaim', () => {
  it('keeps the selected sentence with its figure, source and selectors', () => {
    const end = text.length;
    const claim = newClaim({
      id: 'n1',
      now: '2026-05-01T00:00:00.000Z',
      url: 'https://news.example/floods',
      published: '2026-04-30',
      extraction,
      start: figureStart,
      end,
    });
    expect(claim).toMatchObject({
      text: 'At least 6 people drowned near Tolbrook, Capt. Mira Osei said.',
      page: { url: 'https://news.example/floods', title: 'Valley floods', published: '2026-04-30' },
      figure: { value: 6, qualifier: 'at_least', kind: 'killed' },
      source: { name: 'Capt. Mira Osei', kind: 'person', aliases: ['Osei'] },
      verdict: 'unverified',
    });
    expect(claim.selectors.position).toEqual({ type: 'TextPositionSelector', start: figureStart, end });
  });

  it('saves a selection without a figure as plain text', () => {
    const claim = newClaim({
      id: 'n2',
      now: '2026-05-01T00:00:00.000Z',
      url: 'https://news.example/floods',
      extraction,
      start: 0,
      end: 27,
    });
    expect(claim).toMatchObject({ text: 'Floods cut the valley road.', figure: null, source: null });
    expect(claim.page).toEqual({ url: 'https://news.example/floods', title: 'Valley floods' });
  });
});
