import { describe, expect, it } from 'vitest';
import { headlineOf, isSentenceCase, placeWords, writtenForm } from './place-words';

describe('placeWords', () => {
  it("finds the place however the sentence words it, without dates or the source's name", () => {
    const page = { title: null };
    expect(
      placeWords({ text: 'Twelve died in the Harlow dam collapse on Monday, 2 March 2026.', source: null, page }),
    ).toEqual(['harlow']);
    expect(
      placeWords({
        text: 'The dam disaster in Harlow killed 16, the Harlow Rights Group said.',
        source: { name: 'Harlow Rights Group', kind: 'organization', aliases: [] },
        page,
      }),
    ).toEqual(['harlow']);
    expect(
      placeWords({
        text: 'Nine died in Tarn, the Harlow Rights Group said.',
        source: { name: 'Harlow Rights Group', kind: 'organization', aliases: [] },
        page,
      }),
    ).toEqual(['tarn']);
  });

  it('reads a sentence-case headline but not a Title Case one', () => {
    expect(isSentenceCase('Dam collapse in Harlow kills 12')).toBe(true);
    expect(isSentenceCase('Dam Collapse In Harlow Kills 12')).toBe(false);
    expect(
      placeWords({ text: 'Rescuers said 12 died.', source: null, page: { title: 'Dam collapse in Harlow kills 12' } }),
    ).toEqual(['harlow']);
  });

  it('leaves the site name out of a page title: an outlet is no place', () => {
    expect(headlineOf('Dam above Harlow gives way, at least 12 dead | The Harlow Courier')).toBe(
      'Dam above Harlow gives way, at least 12 dead',
    );
    expect(headlineOf('Toll in Harlow rises to 16 - Valley Times')).toBe('Toll in Harlow rises to 16');
    expect(headlineOf('Harlow – live')).toBe('Harlow – live');
    expect(
      placeWords({
        text: 'Rescuers said 12 died.',
        source: null,
        page: { title: 'Dam collapse in Harlow kills 12 | The Tarn Courier' },
      }),
    ).toEqual(['harlow']);
  });

  it('gives a label the place as the text writes it', () => {
    expect(writtenForm('harlow', ['the toll in harlow', "Harlow's mayor said"])).toBe('Harlow');
  });
});
