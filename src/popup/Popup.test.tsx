// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, expect, it } from 'vitest';
import type { Extraction, Figure } from '../core/types';
import type { AnnotationResult } from '../shared/messages';
import { Popup, type FindingRow } from './Popup';

const figure = (text: string, source: string | null): Figure => ({ start: 0, end: text.length, text, value: 3, qualifier: 'exact', kind: 'killed', source, hedged: false, hedgeCue: null, rule: 'victims-as-subject' });

const extraction: Extraction = {
  title: null,
  text: '',
  figures: [figure('3 killed by police fire', 'the army'), figure('3 killed in the market', null)],
  sources: [{ name: 'Omar Haddad', kind: 'person', role: 'a nurse', aliases: [], mentions: [[0, 5], [9, 14]], rule: 'attribution-speaker' }],
  attributions: [{ source: 'Omar Haddad', sourceStart: 0, sourceEnd: 5, cue: 'said', cueStart: 6, cueEnd: 10, content: '<img src=x onerror=alert(1)>', contentStart: 11, contentEnd: 30, direct: true, rule: 'reporting-verb' }],
};
const done = (result: AnnotationResult | null) => ({ status: 'done' as const, result });

const host = document.createElement('div');
document.body.append(host);
afterEach(() => render(null, host));

it('lists figures with the flagged ones first, then sources and quotes', () => {
  const revealed: FindingRow[] = [];
  render(<Popup state={done({ url: 'https://a.example/', extraction, findings: [], truncatedAt: null, savedNotFound: 0 })} onReveal={(row) => revealed.push(row)} onClear={() => undefined} />, host);
  const rows = Array.from(host.querySelectorAll<HTMLButtonElement>('[data-testid="figures"] [data-testid="finding"]'));
  expect(rows.map((row) => [row.dataset['category'], row.dataset['flagged']])).toEqual([['flagged', 'true'], ['figure', 'false']]);
  expect(host.querySelector('[data-testid="sources"]')?.textContent).toContain('a nurse · person · 2 mentions');
  rows[0]!.click();
  expect(revealed.map((row) => row.findingId)).toEqual(['figure-1']);
  expect(host.querySelectorAll('[data-testid="save"]')).toHaveLength(4);
});

it('shows page text as text, never as markup', () => {
  render(<Popup state={done({ url: 'https://a.example/', extraction, findings: [], truncatedAt: null, savedNotFound: 0 })} onReveal={() => undefined} onClear={() => undefined} />, host);
  expect(host.querySelector('img')).toBeNull();
  expect(host.querySelector('[data-testid="quotes"]')?.textContent).toContain('<img src=x onerror=alert(1)>');
});

it('has an empty state for a page without findings', () => {
  render(<Popup state={done({ url: 'https://a.example/', extraction: { ...extraction, figures: [], sources: [], attributions: [] }, findings: [], truncatedAt: null, savedNotFound: 0 })} onReveal={() => undefined} onClear={() => undefined} />, host);
  expect(host.querySelector('[data-testid="empty-state"]')).not.toBeNull();
  expect(host.querySelector('[data-testid="figures"]')).toBeNull();
});
