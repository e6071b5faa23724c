// @vitest-environment happy-dom
// The library view on a real store (Dexie on fake-indexeddb): only visible rows render, search and
// filters reach the store, edits persist, and a deletion is undone exactly.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { makeClaim } from '../core/formats/test-claims';
import { ClaimStore } from '../store/claims';
import { SourcelightDatabase } from '../store/db';
import { Library, type LibraryBackend } from './Library';

let store: ClaimStore;
let backend: LibraryBackend;
const downloads: { name: string; text: string }[] = [];
const host = document.createElement('div');
document.body.append(host);

beforeEach(async () => {
  store = new ClaimStore(new SourcelightDatabase(`library-${Math.random()}`));
  backend = {
    query: (query) => store.query(query),
    ids: (query) => store.ids(query),
    edit: async (ids, edit) => ({ count: (await store.editMany(ids, edit)).length }),
    remove: (ids) => store.remove(ids),
    undo: (undoToken) => store.undo(undoToken),
    async exportClaims(format, ids, onProgress) {
      const parts: string[] = [];
      const count = await store.export(format, (chunk) => void parts.push(chunk), {
        ...(ids ? { ids } : {}),
        onProgress,
      });
      return { file: new Blob(parts), count };
    },
    importFile: (text) => store.import(text),
    get: async (id) => (await store.get(id)) ?? null,
    download: (file, name) => void file.text().then((text) => downloads.push({ name, text })),
  };
  downloads.length = 0;
});
afterEach(() => render(null, host));

async function saveMany(count: number): Promise<void> {
  const claims = Array.from({ length: count }, (_, index) =>
    makeClaim(
      `c-${String(index).padStart(5, '0')}`,
      `Officials said ${index + 2} people were killed in ${index % 2 ? 'Tarn' : 'Ovel'}.`,
      { tags: index % 10 === 0 ? ['checked'] : [] },
    ),
  );
  await store.saveAll(claims);
}

const shown = (): HTMLElement[] => [...host.querySelectorAll<HTMLElement>('[data-testid="claim"]')];
const total = (): string => host.querySelector('[data-testid="total"]')!.textContent ?? '';
const click = (testId: string): void => host.querySelector<HTMLElement>(`[data-testid="${testId}"]`)!.click();

it('renders only the rows in view of a large library', async () => {
  await saveMany(2000);
  render(<Library backend={backend} />, host);
  await vi.waitFor(() => expect(total()).toBe('2000 claims'));
  await vi.waitFor(() => expect(shown().length).toBeGreaterThan(0));
  expect(shown().length).toBeLessThan(40);
});

it('searches the library and filters by tag', async () => {
  await saveMany(50);
  render(<Library backend={backend} />, host);
  await vi.waitFor(() => expect(total()).toBe('50 claims'));
  const search = host.querySelector<HTMLInputElement>('[data-testid="search"]')!;
  search.value = 'tarn';
  search.dispatchEvent(new Event('input', { bubbles: true }));
  await vi.waitFor(() => expect(total()).toBe('25 claims'));
  const tag = host.querySelector<HTMLInputElement>('[data-testid="filter-tag"]')!;
  tag.value = 'checked';
  tag.dispatchEvent(new Event('input', { bubbles: true }));
  // tags on every tenth claim, which are all in Ovel: none is left with the search for Tarn
  await vi.waitFor(() => expect(total()).toBe('0 claims'));
  expect(host.querySelector('[data-testid="empty-library"]')).not.toBeNull();
});

it('sets a verdict in place, deletes a selection and undoes it exactly', async () => {
  await saveMany(3);
  const before = await store.query({ limit: 10 });
  render(<Library backend={backend} />, host);
  await vi.waitFor(() => expect(shown()).toHaveLength(3));
  const verdict = shown()[0]!.querySelector<HTMLSelectElement>('[data-testid="verdict"]')!;
  verdict.value = 'disputed';
  verdict.dispatchEvent(new Event('change', { bubbles: true }));
  await vi.waitFor(async () => expect((await store.query({ verdict: 'disputed' })).total).toBe(1));

  click('select-all');
  await vi.waitFor(() => expect(host.querySelector('[data-testid="selected-count"]')!.textContent).toBe('3 selected'));
  const beforeDelete = await store.query({ limit: 10 });
  click('delete-selected');
  await vi.waitFor(() => expect(total()).toBe('0 claims'));
  expect(host.querySelector('[data-testid="notice"]')!.textContent).toContain('Deleted 3 claims');
  click('undo');
  await vi.waitFor(() => expect(total()).toBe('3 claims'));
  expect(await store.query({ limit: 10 })).toEqual(beforeDelete);
  expect(beforeDelete.items.map((claim) => claim.id)).toEqual(before.items.map((claim) => claim.id));
});

it('exports the selection in the chosen format and reports a refused import without changing anything', async () => {
  await saveMany(4);
  render(<Library backend={backend} />, host);
  await vi.waitFor(() => expect(shown()).toHaveLength(4));
  shown()[0]!.querySelector<HTMLInputElement>('[data-testid="select"]')!.click();
  await vi.waitFor(() => expect(host.querySelector('[data-testid="selected-count"]')!.textContent).toBe('1 selected'));
  const format = host.querySelector<HTMLSelectElement>('[data-testid="export-format"]')!;
  act(() => {
    format.value = 'csv';
    format.dispatchEvent(new Event('change', { bubbles: true }));
  });
  click('export-selected');
  await vi.waitFor(() => expect(downloads).toHaveLength(1));
  expect(downloads[0]!.name).toBe('sourcelight-claims.csv');
  expect(downloads[0]!.text.trim().split('\r\n')).toHaveLength(2);

  const input = host.querySelector<HTMLInputElement>('[data-testid="import-file"]')!;
  Object.defineProperty(input, 'files', {
    value: [new File(['{"format": "sourcelight", "claims": [{"id": 3}]}'], 'bad.json')],
    configurable: true,
  });
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await vi.waitFor(() =>
    expect(host.querySelector('[role="alert"]')?.textContent).toContain('Import refused, nothing was changed'),
  );
  expect(await store.count()).toBe(4);
});

it('words claims for people and names every control after its claim', async () => {
  await store.saveAll([
    makeClaim('c-vague', 'Dozens were hurt, the ministry said.', {
      figure: { value: null, qualifier: 'vague', kind: 'injured', hedged: false, hedgeCue: null },
      source: { name: 'the ministry', kind: 'organization', aliases: [] },
    }),
    makeClaim('c-least', 'At least 40 people were killed.', {
      figure: { value: 40, qualifier: 'at_least', kind: 'killed', hedged: true, hedgeCue: 'reportedly' },
    }),
  ]);
  render(<Library backend={backend} />, host);
  await vi.waitFor(() => expect(shown()).toHaveLength(2));
  const text = host.querySelector('[data-testid="claim-list"]')!.textContent ?? '';
  expect(text).toContain('An unstated number injured, according to the ministry');
  expect(text).toContain('At least 40 killed, nobody in the text stands behind it, hedged by “reportedly”');
  expect(text).not.toMatch(/at_least|vague \?/);
  const names = shown().flatMap((row) =>
    [...row.querySelectorAll('[aria-label]')].map((control) => control.getAttribute('aria-label')),
  );
  expect(names).toContain('Edit claim: At least 40 people were killed.');
  expect(names).toContain('Verdict for claim: Dozens were hurt, the ministry said.');
  expect(new Set(names).size).toBe(names.length);
});

it('edits in a dialog: focus moves in, Escape closes it and focus goes back to the Edit button', async () => {
  await saveMany(1);
  render(<Library backend={backend} />, host);
  await vi.waitFor(() => expect(shown()).toHaveLength(1));
  const edit = shown()[0]!.querySelector<HTMLButtonElement>('[data-testid="edit"]')!;
  edit.focus();
  edit.click();
  await vi.waitFor(() => expect(host.querySelector('[role="dialog"][aria-modal="true"]')).not.toBeNull());
  await vi.waitFor(() => expect(document.activeElement).toBe(host.querySelector('[data-testid="note"]')));
  document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
  await vi.waitFor(() => expect(host.querySelector('[role="dialog"]')).toBeNull());
  await vi.waitFor(() => expect(document.activeElement).toBe(edit));
});

it('opens on the claim its address names', async () => {
  await saveMany(3);
  render(<Library backend={backend} openClaimId="c-00001" />, host);
  await vi.waitFor(() =>
    expect(host.querySelector('[data-testid="editor-text"]')?.textContent).toBe(
      'Officials said 3 people were killed in Tarn.',
    ),
  );
});
