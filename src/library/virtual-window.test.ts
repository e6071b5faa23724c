import { describe, expect, it } from 'vitest';
import { pagesFor, visibleRows } from './virtual-window';

describe('visibleRows', () => {
  it('renders the rows in view plus the overscan, never past the ends', () => {
    expect(visibleRows(0, 600, 60, 100_000, 5)).toEqual({ first: 0, end: 15 });
    expect(visibleRows(60 * 5000, 600, 60, 100_000, 5)).toEqual({ first: 4995, end: 5015 });
    expect(visibleRows(60 * 99_995, 600, 60, 100_000, 5)).toEqual({ first: 99_990, end: 100_000 });
  });

  it('renders nothing for an empty list and survives odd input', () => {
    expect(visibleRows(0, 600, 60, 0)).toEqual({ first: 0, end: 0 });
    expect(visibleRows(-300, 600, 60, 3, 0)).toEqual({ first: 0, end: 3 });
    expect(visibleRows(10_000, 600, 60, 3, 0)).toEqual({ first: 3, end: 3 });
  });
});

describe('pagesFor', () => {
  it('names each page a window touches', () => {
    expect(pagesFor({ first: 95, end: 215 }, 100)).toEqual([0, 1, 2]);
    expect(pagesFor({ first: 100, end: 200 }, 100)).toEqual([1]);
    expect(pagesFor({ first: 3, end: 3 }, 100)).toEqual([]);
  });
});
