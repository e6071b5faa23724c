// Claims written for tests (our own sentences), shared by the core's and the store's tests.
import { createSelectors } from '../selectors';
import type { SavedClaim } from './claim';

export function makeClaim(id: string, text: string, overrides: Partial<SavedClaim> = {}): SavedClaim {
  return {
    id,
    text,
    page: { url: `https://news.example/${id}`, title: null },
    selectors: createSelectors(text, 0, text.length),
    figure: null,
    source: null,
    note: '',
    verdict: 'unverified',
    tags: [],
    createdAt: '2026-03-01T10:00:00.000Z',
    updatedAt: '2026-03-01T10:00:00.000Z',
    ...overrides,
  };
}

/** A claim with every field filled, including the awkward ones (quotes, commas, newlines, Unicode). */
export const fullClaim: SavedClaim = makeClaim(
  'c-full',
  'At least 27 people were killed in Port Aven on Tuesday, "Maj. Josh Jacques" said.',
  {
    page: { url: 'https://news.example/port-aven?day=2', title: 'Storm, floods & a "toll" — Port Aven' },
    figure: { value: 27, qualifier: 'at_least', kind: 'killed', hedged: true, hedgeCue: 'at least' },
    source: { name: 'Maj. Josh Jacques', kind: 'person', aliases: ['Jacques', 'Josh Jacques'] },
    note: 'Check against the coroner.\nSecond line, with a comma.',
    verdict: 'disputed',
    tags: ['storm', 'port-aven', 'ñandú'],
    updatedAt: '2026-03-02T08:30:00.000Z',
  },
);
