// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { makeClaim } from '../core/formats/test-claims';
import { CrossReferenceList } from './cross-references';

describe('CrossReferenceList', () => {
  it('puts conflicts first and shows the saved claim', () => {
    const host = document.createElement('div');
    const saved = makeClaim('c1', 'Nine were killed in Port Aven, staff said.', { page: { url: 'https://news.example/a', title: 'Port Aven storm' } });
    render(
      <CrossReferenceList
        known={{
          claims: [saved],
          references: [
            { probeId: 'figure-0', claimId: 'c1', relation: 'same-source', detail: 'Staff = staff' },
            { probeId: 'figure-0', claimId: 'c1', relation: 'conflict', detail: '27 or more killed vs 9 saved (port, aven)' },
          ],
        }}
      />,
      host,
    );
    const items = [...host.querySelectorAll('[data-testid="cross-reference"]')];
    expect(items.map((item) => item.getAttribute('data-relation'))).toEqual(['conflict', 'same-source']);
    expect(items[0]?.textContent).toContain('Conflicts with a saved claim 27 or more killed vs 9 saved');
    expect(items[0]?.textContent).toContain('Port Aven storm');
  });

  it('says so when nothing matches', () => {
    const host = document.createElement('div');
    render(<CrossReferenceList known={{ claims: [], references: [] }} />, host);
    expect(host.querySelector('[data-testid="no-cross-references"]')).not.toBeNull();
  });
});
