// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, expect, it } from 'vitest';
import type { Extraction, Figure } from '../core/types';
import type { AnnotationResult, ConflictNote } from '../shared/messages';
import { Popup } from './Popup';

const figure = (text: string, source: string | null, start = 0): Figure => ({
  start,
  end: start + text.length,
  text,
  value: 3,
  qualifier: 'exact',
  kind: 'killed',
  source,
  hedged: false,
  hedgeCue: null,
  rule: 'victims-as-subject',
});

const extraction: Extraction = {
  title: null,
  text: '',
  // the same toll in the headline (unattributed) and the body (attributed), and another toll nobody gives a source for
  figures: [
    figure('3 killed', null),
    figure('3 killed by police fire', 'the army', 40),
    { ...figure('7 killed in the market', null, 90), value: 7 },
  ],
  sources: [
    {
      name: 'Omar Haddad',
      kind: 'person',
      role: 'a nurse',
      aliases: [],
      mentions: [
        [0, 5],
        [9, 14],
      ],
      rule: 'attribution-speaker',
    },
  ],
  attributions: [
    {
      source: 'Omar Haddad',
      sourceStart: 0,
      sourceEnd: 5,
      cue: 'said',
      cueStart: 6,
      cueEnd: 10,
      content: '<img src=x onerror=alert(1)>',
      contentStart: 11,
      contentEnd: 30,
      direct: true,
      rule: 'reporting-verb',
    },
  ],
};
const conflict: ConflictNote = {
  claimId: 'c-1',
  saved: 'at least 40 killed',
  source: 'police',
  page: 'Floods in Harlow',
  url: 'https://b.example/',
  savedAt: '2026-03-01T10:00:00.000Z',
  detail: '3 killed vs 40 or more saved (harlow)',
  summary: 'at least 40 killed, according to police, saved 1 March 2026 from “Floods in Harlow”',
};
const result = (overrides: Partial<AnnotationResult> = {}): AnnotationResult => ({
  url: 'https://a.example/',
  extraction,
  findings: [],
  truncatedAt: null,
  savedNotFound: 0,
  ...overrides,
});
const done = (value: AnnotationResult | null) => ({ status: 'done' as const, result: value });

const host = document.createElement('div');
document.body.append(host);
afterEach(() => render(null, host));

const figureRows = () => Array.from(host.querySelectorAll<HTMLElement>('[data-testid="figures"] [data-testid="row"]'));

it('lists each toll once with its mentions, the flagged ones first, then sources and quotes', () => {
  const revealed: string[] = [];
  render(
    <Popup
      state={done(result())}
      onReveal={(id) => revealed.push(id)}
      onClear={() => undefined}
      onSave={() => undefined}
    />,
    host,
  );
  const rows = figureRows();
  expect(rows.map((row) => row.querySelector<HTMLElement>('[data-testid="finding"]')?.dataset['flagged'])).toEqual([
    'true',
    'false',
  ]);
  expect(rows[0]?.textContent).toContain('7 killed');
  expect(rows[1]?.textContent).toContain('3 killed');
  expect(rows[1]?.textContent).toContain('according to the army · 2 mentions');
  const mentions = Array.from(rows[1]!.querySelectorAll<HTMLButtonElement>('[data-testid="mention"]'));
  expect(mentions.map((button) => button.getAttribute('aria-label'))).toEqual([
    'Show mention 1 of 2 of 3 killed',
    'Show mention 2 of 2 of 3 killed',
  ]);
  mentions[1]!.click();
  rows[0]!.querySelector<HTMLButtonElement>('[data-testid="finding"]')!.click();
  expect(revealed).toEqual(['figure-1', 'figure-2']);
  expect(host.querySelector('[data-testid="sources"]')?.textContent).toContain('a nurse · a person · 2 mentions');
  expect(
    [...host.querySelectorAll('[data-testid="save"]')].map((button) => button.getAttribute('aria-label')),
  ).toContain('Save 3 killed as a claim');
});

it('shows a conflict on the toll row it concerns, with a link to the saved claim', () => {
  const opened: Array<string | undefined> = [];
  const findings = [
    { id: 'figure-0', category: 'figure' as const, start: 0, end: 8, label: '', conflicts: [conflict] },
  ];
  render(
    <Popup
      state={done(result({ findings }))}
      onReveal={() => undefined}
      onClear={() => undefined}
      onOpenLibrary={(id) => opened.push(id)}
    />,
    host,
  );
  const row = figureRows().find((candidate) => candidate.textContent?.includes('3 killed'))!;
  expect(row.querySelector('[data-testid="finding"]')?.getAttribute('data-conflict')).toBe('true');
  expect(row.querySelector('[data-testid="row-conflict"]')?.textContent).toContain(
    'Conflicts with a saved claim: at least 40 killed, according to police, saved 1 March 2026 from “Floods in Harlow”.',
  );
  row.querySelector<HTMLButtonElement>('[data-testid="open-conflict"]')!.click();
  expect(opened).toEqual(['c-1']);
});

it('shows saved rows as saved, and counts what was saved from the page', () => {
  const findings = [{ id: 'saved-c-2', category: 'saved' as const, start: 0, end: 3, label: '', savedClaimId: 'c-2' }];
  render(
    <Popup
      state={done(result({ findings, savedNotFound: 1 }))}
      onReveal={() => undefined}
      onClear={() => undefined}
      onSave={() => undefined}
      savedIds={new Set(['c-3'])}
    />,
    host,
  );
  expect(host.querySelector('[data-testid="saved-here"]')?.textContent).toBe(
    'Saved from this page: 3, 1 no longer found in its text.',
  );
});

it('shows page text as text, never as markup', () => {
  render(<Popup state={done(result())} onReveal={() => undefined} onClear={() => undefined} />, host);
  expect(host.querySelector('img')).toBeNull();
  expect(host.querySelector('[data-testid="quotes"]')?.textContent).toContain('<img src=x onerror=alert(1)>');
});

it('has an empty state for a page without findings', () => {
  render(
    <Popup
      state={done(result({ extraction: { ...extraction, figures: [], sources: [], attributions: [] } }))}
      onReveal={() => undefined}
      onClear={() => undefined}
    />,
    host,
  );
  expect(host.querySelector('[data-testid="empty-state"]')).not.toBeNull();
  expect(host.querySelector('[data-testid="figures"]')).toBeNull();
});
