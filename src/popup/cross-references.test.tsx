// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { makeClaim } from '../core/formats/test-claims';
import { CrossReferenceList } from './cross-references';

describe('CrossReferenceList', () => {
  it('lists each saved claim once per relation, leaving conflicts to their rows, with the saved claim', () => {
    const host = document.createElement('div');
    const saved = makeClaim('c1', 'Nine were killed in Port Aven, staff said.', {
      page: { url: 'https://news.example/a', title: 'Port Aven storm' },
    });
    render(
      <CrossReferenceList
        known={{
          claims: [saved],
          references: [
            { probeId: 'figure-0', claimId: 'c1', relation: 'same-source', detail: 'Staff = staff' },
            { probeId: 'figure-2', claimId: 'c1', relation: 'same-source', detail: 'Staff = staff' },
            { probeId: 'figure-0', claimId: 'c1', relation: 'near-duplicate', detail: '70% similar wording' },
            {
              probeId: 'figure-0',
              claimId: 'c1',
              relation: 'conflict',
              detail: '27 or more killed vs 9 saved (port, aven)',
            },
          ],
        }}
      />,
      host,
    );
    const items = [...host.querySelectorAll('[data-testid="cross-reference"]')];
    expect(items.map((item) => item.getAttribute('data-relation'))).toEqual(['same-source', 'near-duplicate']);
    expect(items[0]?.textContent).toContain('Same source saved Staff = staff');
    expect(items[0]?.textContent).toContain('Port Aven storm');
  });

  it('says so when nothing matches, and counts what was saved from the page itself', () => {
    const host = document.createElement('div');
    render(<CrossReferenceList known={{ claims: [], references: [] }} />, host);
    expect(host.querySelector('[data-testid="no-cross-references"]')?.textContent).toBe(
      'Nothing else in your saved claims matches this page.',
    );
    render(<CrossReferenceList known={{ claims: [], references: [] }} savedHere={5} />, host);
    expect(host.querySelector('[data-testid="no-cross-references"]')?.textContent).toBe(
      'Saved from this page: 5. Nothing else in your saved claims matches it.',
    );
  });
});
