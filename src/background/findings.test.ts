import { describe, expect, it } from 'vitest';
import { makeClaim } from '../core/formats/test-claims';
import { createSelectors } from '../core/selectors';
import type { Extraction, Figure } from '../core/types';
import {
  BADGE_COLORS,
  badgeFor,
  conflictNotes,
  figureLabel,
  paintedFindings,
  savedFindings,
  targetOf,
  withClaimState,
} from './findings';
import { claimIdFor } from '../core/claim-targets';

const text =
  'Officials said more than 50 people were killed. "We lost everything," said Ana Ruiz. Dozens might have been hurt.';

const figure = (overrides: Partial<Figure>): Figure => ({
  start: 15,
  end: 46,
  text: 'more than 50 people were killed',
  value: 50,
  qualifier: 'more_than',
  kind: 'killed',
  source: 'Officials',
  hedged: false,
  hedgeCue: null,
  rule: 'victims-as-subject',
  ...overrides,
});

const extraction: Extraction = {
  title: null,
  text,
  figures: [
    figure({}),
    figure({
      start: text.indexOf('Dozens'),
      end: text.indexOf('Dozens') + 27,
      text: 'Dozens might have been hurt',
      value: null,
      qualifier: 'vague',
      kind: 'injured',
      source: null,
      hedged: true,
      hedgeCue: 'might have',
    }),
  ],
  sources: [
    { name: 'Ana Ruiz', kind: 'person', role: null, aliases: [], mentions: [[75, 83]], rule: 'attribution-speaker' },
  ],
  attributions: [
    {
      source: 'Ana Ruiz',
      sourceStart: 75,
      sourceEnd: 83,
      cue: 'said',
      cueStart: 70,
      cueEnd: 74,
      content: 'We lost everything,',
      contentStart: 49,
      contentEnd: 68,
      direct: true,
      rule: 'reporting-verb',
    },
    {
      source: 'Officials',
      sourceStart: 0,
      sourceEnd: 9,
      cue: 'said',
      cueStart: 10,
      cueEnd: 14,
      content: 'more than 50 people were killed',
      contentStart: 15,
      contentEnd: 46,
      direct: false,
      rule: 'reporting-verb',
    },
  ],
};

describe('figureLabel', () => {
  it('reads as a sentence: count, kind, who stands behind it, the hedge', () => {
    expect(figureLabel(figure({ hedged: true, hedgeCue: 'might have', source: 'various reports' }))).toBe(
      'More than 50 killed, according to various reports; hedged by “might have”.',
    );
  });

  it('quotes a vague figure once instead of repeating its kind, and says when nobody stands behind it', () => {
    expect(figureLabel(extraction.figures[1]!)).toBe(
      'An unstated number injured (“Dozens might have been hurt”), nobody in the text stands behind it; hedged by “might have”.',
    );
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
    expect(findings[1]!.label).toBe('Quote by Ana Ruiz.');
  });
});

describe('tolls repeated on a page', () => {
  const repeated: Extraction = {
    ...extraction,
    // the headline and a caption repeat the body's attributed toll without its source
    figures: [
      figure({ source: null, start: 0, end: 5 }),
      figure({}),
      figure({ source: null, start: 90, end: 95 }),
      extraction.figures[1]!,
    ],
  };

  it('badge counts distinct flagged tolls, not mentions', () => {
    expect(badgeFor(repeated, paintedFindings(repeated))).toMatchObject({ text: '1', color: BADGE_COLORS.flagged });
    expect(badgeFor({ ...extraction, figures: [figure({})] }, []).text).toBe('');
  });

  it('saves any mention of a toll as the same claim target', () => {
    const targets = ['figure-0', 'figure-1', 'figure-2'].map((id) => targetOf(repeated, id));
    expect(new Set(targets.map((target) => target && claimIdFor('https://a.example/', target))).size).toBe(1);
    expect(targets[0]).toMatchObject({ figureIndex: 1 });
  });

  it('marks every mention of a contradicted toll, and the badge turns to conflicts', () => {
    const saved = makeClaim('c-9', 'At least 12 people were killed.', {
      figure: { value: 12, qualifier: 'at_least', kind: 'killed', hedged: false, hedgeCue: null },
      source: { name: 'Lena Varga', kind: 'person', aliases: [] },
      page: { url: 'https://b.example/', title: 'Storm toll' },
    });
    const notes = conflictNotes(
      [{ probeId: 'figure-1', claimId: 'c-9', relation: 'conflict', detail: '51 or more killed vs 12 or more saved' }],
      [saved],
    );
    const marked = withClaimState(repeated, 'https://a.example/', paintedFindings(repeated), new Set(), notes);
    expect(marked.filter((finding) => finding.conflicts).map((finding) => finding.id)).toEqual([
      'figure-0',
      'figure-1',
      'figure-2',
    ]);
    expect(marked.find((finding) => finding.id === 'figure-0')?.conflicts?.[0]?.summary).toBe(
      'at least 12 killed, according to Lena Varga, saved 1 March 2026 from “Storm toll”',
    );
    const badge = badgeFor(repeated, marked);
    expect(badge).toEqual({
      text: '1!',
      color: BADGE_COLORS.conflict,
      title: 'Sourcelight: 1 figure conflicting with your saved claims. 1 figure unattributed or hedged.',
    });
  });

  it('marks a finding saved when its target is saved from this page', () => {
    const id = claimIdFor('https://a.example/', targetOf(repeated, 'figure-2')!);
    const marked = withClaimState(repeated, 'https://a.example/', paintedFindings(repeated), new Set([id]), new Map());
    expect(marked.filter((finding) => finding.savedClaimId === id).map((finding) => finding.id)).toEqual([
      'figure-0',
      'figure-1',
      'figure-2',
    ]);
  });
});

describe('savedFindings', () => {
  const pageText = 'Rain fell all night. At least 40 people were killed in Vellmar, police said. Schools stayed shut.';
  const sentence = 'At least 40 people were killed in Vellmar, police said.';
  const at = pageText.indexOf(sentence);

  it('anchors claims saved from the page again, by position or by quote when the text moved, and counts the lost ones', () => {
    const saved = makeClaim('c-1', sentence, {
      selectors: createSelectors(pageText, at, at + sentence.length),
      verdict: 'disputed',
      note: 'Coroner says 31.',
    });
    const moved = `Updated at noon. ${pageText}`;
    const gone = makeClaim('c-2', 'Nine bridges were closed.', {
      selectors: createSelectors('Nine bridges were closed.', 0, 25),
    });
    const { findings, notFound } = savedFindings(moved, [saved, gone]);
    expect(findings).toEqual([
      {
        id: 'saved-c-1',
        category: 'saved',
        start: moved.indexOf(sentence),
        end: moved.indexOf(sentence) + sentence.length,
        label: 'Saved claim · disputed · Coroner says 31.',
        savedClaimId: 'c-1',
      },
    ]);
    expect(notFound).toBe(1);
  });
});
