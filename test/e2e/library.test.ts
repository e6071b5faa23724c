// The claim library page in real Chromium, used as a reader would: opened from the popup, a file of claims
// imported, searched and filtered, a verdict, note and tags edited and still there after a reload, a
// deletion undone after the service worker was stopped, and the selection exported as a downloaded file.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WRITERS } from '../../src/core/formats/index';
import { makeClaim } from '../../src/core/formats/test-claims';
import { writeAll } from '../../src/core/formats/writer';
import { PROJECT_ROOT } from './support/built-extension';
import { launchChromium, type ChromiumWithExtension, type Page } from './support/chromium';

const RESULTS = join(PROJECT_ROOT, 'test-results');

const CLAIMS = 300;
const claims = Array.from({ length: CLAIMS }, (_, index) =>
  makeClaim(
    `lib-${String(index).padStart(4, '0')}`,
    `Officials said ${index + 2} people were killed in ${index % 2 ? 'Tarn' : 'Ovel'} after the storm.`,
    {
      figure: { value: index + 2, qualifier: 'exact', kind: 'killed', hedged: false, hedgeCue: null },
      createdAt: `2026-03-01T10:${String(Math.floor(index / 60)).padStart(2, '0')}:${String(index % 60).padStart(2, '0')}.000Z`,
      updatedAt: `2026-03-01T10:${String(Math.floor(index / 60)).padStart(2, '0')}:${String(index % 60).padStart(2, '0')}.000Z`,
    },
  ),
);

let chromium: ChromiumWithExtension;
let library: Page;

const total = (): Promise<string | null> => library.getByTestId('total').textContent();
const rows = () => library.getByTestId('claim');

async function search(words: string): Promise<void> {
  await library.getByTestId('search').fill(words);
}

beforeAll(async () => {
  chromium = await launchChromium();
});

afterAll(async () => {
  await chromium?.close();
});

describe('the claim library', () => {
  it('opens from the popup', async () => {
    const popup = await chromium.context.newPage();
    await popup.goto(chromium.extensionUrl('src/popup/popup.html'));
    const opened = chromium.context.waitForEvent('page');
    await popup.getByTestId('open-library').click();
    library = await opened;
    await library.waitForURL(chromium.extensionUrl('src/library/library.html'));
    await expect.poll(total, { timeout: 10_000 }).toBe('0 claims');
    await popup.close();
  });

  it('imports a file of claims and renders only the rows in view', async () => {
    await library.getByTestId('import-file').setInputFiles({
      name: 'claims.json',
      mimeType: 'application/json',
      buffer: Buffer.from(writeAll(WRITERS.sourcelight, claims)),
    });
    await expect
      .poll(() => library.getByTestId('notice').textContent(), { timeout: 10_000 })
      .toContain(`Imported ${CLAIMS} new claims`);
    await expect.poll(total, { timeout: 10_000 }).toBe(`${CLAIMS} claims`);
    mkdirSync(RESULTS, { recursive: true });
    await library.screenshot({ path: join(RESULTS, 'chromium-library.png') });
    const rendered = await rows().count();
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(60);
  });

  it('searches, edits a verdict, note and tags, and keeps them after a reload', async () => {
    await search('tarn');
    await expect.poll(total, { timeout: 10_000 }).toBe(`${CLAIMS / 2} claims`);
    const first = rows().first();
    const id = await first.getAttribute('data-claim-id');
    await first.getByTestId('verdict').selectOption('false');
    await first.getByTestId('edit').click();
    await library.getByTestId('note').fill('The coroner counted fewer.');
    await library.getByTestId('tags').fill('storm, checked');
    await library.getByTestId('save-edit').click();
    await expect
      .poll(() => library.getByTestId('notice').textContent(), { timeout: 10_000 })
      .toContain('Updated 1 claim');

    await library.reload();
    await library.getByTestId('filter-verdict').selectOption('false');
    await expect.poll(total, { timeout: 10_000 }).toBe('1 claim');
    const edited = rows().first();
    expect(await edited.getAttribute('data-claim-id')).toBe(id);
    expect(await edited.textContent()).toContain('The coroner counted fewer.');
    expect(await edited.textContent()).toContain('#storm #checked');
    await library.getByTestId('filter-verdict').selectOption('');
    await library.getByTestId('filter-tag').fill('checked');
    await library.getByTestId('filter-tag').press('Tab');
    await expect.poll(total, { timeout: 10_000 }).toBe('1 claim');
  });

  it('deletes a claim and undoes it, even after the service worker was stopped in between', async () => {
    await rows().first().getByTestId('select').check();
    await library.getByTestId('delete-selected').click();
    await expect.poll(total, { timeout: 10_000 }).toBe('0 claims');
    await chromium.stopServiceWorker(library);
    await library.getByTestId('undo').click();
    await expect.poll(total, { timeout: 10_000 }).toBe('1 claim');
    expect(await rows().first().getAttribute('data-verdict')).toBe('false');
  });

  it('selects everything matching and exports the selection as a downloaded file', async () => {
    await library.getByTestId('filter-tag').fill('');
    await library.getByTestId('filter-tag').press('Tab');
    await search('ovel');
    await expect.poll(total, { timeout: 10_000 }).toBe(`${CLAIMS / 2} claims`);
    await library.getByTestId('select-all').click();
    await expect
      .poll(() => library.getByTestId('selected-count').textContent(), { timeout: 10_000 })
      .toBe(`${CLAIMS / 2} selected`);
    await library.getByTestId('export-format').selectOption('csv');
    const download = library.waitForEvent('download');
    await library.getByTestId('export-selected').click();
    const file = await (await download).path();
    const lines = readFileSync(file, 'utf8').trim().split('\r\n');
    expect(lines).toHaveLength(CLAIMS / 2 + 1);
    expect(lines.slice(1).every((line) => line.includes('Ovel'))).toBe(true);
    await expect
      .poll(() => library.getByTestId('notice').textContent(), { timeout: 10_000 })
      .toContain(`Exported ${CLAIMS / 2} claims`);
  });
});
