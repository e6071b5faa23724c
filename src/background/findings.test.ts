import { describe, expect, it } from 'vitest';
import { makeClaim } from '../core/formats/test-claims';
import { createSelectors } from '../core/selectors';
import type { Extraction, Figure } from '../core/types';
import { badgeText, figureLabel, paintedFindings, savedFindings } from './findings';

const text = 'Officials said more than 50 people were killed. "We lost everything," said Ana Ruiz. Dozens might have been hurt.';

const figure = (overrides: Partial<Figure>): Figure => ({
  start: 15, end: 46, text: 'more than 50 people were killed', value: 50, qualifier: 'more_than', kind: 'killed', source: 'Officials', hedged: false, hedgeCue: null, rule: 'victims-as-subject', ...overrides,
});

const extraction: Extraction = {
  title: null,
  text,
  figures: [figure({}), figure({ start: text.indexOf('Dozens'), end: text.indexOf('Dozens') + 27, text: 'Dozens might have been hurt', value: null, qualifier: 'vague', kind: 'injured', source: null, hedged: true, hedgeCue: 'might have' })],
  sources: [{ name: 'Ana Ruiz', kind: 'person', role: null, aliases: [], mentions: [[75, 83]], rule: 'attribution-speaker' }],
  attributions: [
    { source: 'Ana Ruiz', sourceStart: 75, sourceEnd: 83, cue: 'said', cueStart: 70, cueEnd: 74, content: 'We lost everything,', contentStart: 49, contentEnd: 68, direct: true, rule: 'reporting-verb' },
    { source: 'Officials', sourceStart: 0, sourceEnd: 9, cue: 'said', cueStart: 10, cueEnd: 14, content: 'more than 50 people were killed', contentStart: 15, contentEnd: 46, direct: false, rule: 'reporting-verb' },
  ],
};

describe('figureLabel', () => {
  it('names value, kind, qualifier, hedge and source', () => {
    expect(figureLabel(figure({ hedged: true, hedgeCue: 'might have', source: 'various reports' }))).toBe(
      'Figure: 50 killed · more than · hedged (might have) · attributed to various reports',
    );
  });

  it('uses the words for a vague figure and says when nobody stands behind it', () => {
    expect(figureLabel(extraction.figures[1]!)).toBe('Figure: Dozens might have been hurt injured · vague number · hedged (might have) · unattributed');
  });
});

describe('paintedFindings', () => {
  it('gives each figure, mention and direct quote one finding, in text order', () => {
    const findings = paintedFindings(extraction);
    expect(findings.map((finding) => [finding.id, finding.category, finding.start])).toEqual([
      ['figure-0', 'figure', 15],
      ['quote-0', 'quote', 49],
      ['source-0-0', 'source', 75],
      ['figure-1', 'flagged', text.indexOf('Dozens')],
    ]);
    expect(findings[1]!.label).toBe('Quote by Ana Ruiz');
  });
});

it('badgeText counts the flagged figures, empty when none', () => {
  expect(badgeText(extraction)).toBe('1');
  expect(badgeText({ ...extraction, figures: [figure({})] })).toBe('');
});

describe('savedFindings', () => {
  const text = 'Rain fell all night. At least 40 people were killed in Vellmar, police said. Schools stayed shut.';
  const sentence = 'At least 40 people were killed in Vellmar, police said.';
  const at = text.indexOf(sentence);

  it('anchors claims saved from the page again, by position or by quote when the text moved, and counts the lost ones', () => {
    const saved = makeClaim('c-1', sentence, { selectors: createSelectors(text, at, at + sentence.length), verdict: 'disputed', note: 'Coroner says 31.' });
    const moved = `Updated at noon. ${text}`;
    const gone = makeClaim('c-2', 'Nine bridges were closed.', { selectors: createSelectors('Nine bridges were closed.', 0, 25) });
    const { findings, notFound } = savedFindings(moved, [saved, gone]);
    expect(findings).toEqual([{ id: 'saved-c-1', category: 'saved', start: moved.indexOf(sentence), end: moved.indexOf(sentence) + sentence.length, label: 'Saved claim · disputed · Coroner says 31.' }]);
    expect(notFound).toBe(1);
  });
});
