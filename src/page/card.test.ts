import { describe, expect, it } from 'vitest';
import { placeCard } from './card';

const view = { width: 800, height: 600 };
const size = { width: 300, height: 90 };

describe('placeCard', () => {
  it('puts the card below the line, clear of it', () => {
    expect(placeCard({ top: 100, bottom: 120, left: 50 }, size, view)).toEqual({ top: 126, left: 50 });
  });

  it('keeps a card for a highlight at the right edge inside the window', () => {
    const { left } = placeCard({ top: 100, bottom: 120, left: 760 }, size, view);
    expect(left + size.width).toBeLessThanOrEqual(view.width - 8);
  });

  it('goes above the line when there is no room below, never over it', () => {
    const { top } = placeCard({ top: 540, bottom: 560, left: 50 }, size, view);
    expect(top + size.height).toBeLessThanOrEqual(540);
  });
});
