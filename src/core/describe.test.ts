import { describe, expect, it } from 'vitest';
import { describeCount, describeDate, describeSource, describeToll, describeVerdict, figureSentence } from './describe';

const figure = { value: 40, qualifier: 'at_least' as const, kind: 'killed' as const, hedged: false, hedgeCue: null };

describe('the describer', () => {
  it('words counts and tolls as people write them, never as raw fields', () => {
    expect(describeCount(figure)).toBe('at least 40');
    expect(describeCount({ value: 1200, qualifier: 'about' })).toBe('about 1,200');
    expect(describeCount({ value: null, qualifier: 'vague' })).toBeNull();
    expect(describeToll({ value: null, qualifier: 'vague', kind: 'injured' })).toBe('an unstated number injured');
  });

  it('makes a sentence of a figure, its backing and its hedge', () => {
    expect(figureSentence(figure, 'police')).toBe('At least 40 killed, according to police.');
    expect(
      figureSentence(
        { ...figure, value: null, qualifier: 'vague', hedged: true, hedgeCue: 'reportedly' },
        null,
        'dozens have reportedly been killed',
      ),
    ).toBe(
      'An unstated number killed (“dozens have reportedly been killed”), nobody in the text stands behind it; hedged by “reportedly”.',
    );
  });

  it('names sources, verdicts and dates in words', () => {
    expect(describeSource({ name: 'Tomas Reyn', kind: 'person', role: 'police spokesman' })).toBe(
      'Tomas Reyn, police spokesman (a person)',
    );
    expect(describeVerdict('disputed')).toBe('Disputed');
    expect(describeDate('2026-03-01T23:30:00.000Z')).toBe('1 March 2026');
  });
});
