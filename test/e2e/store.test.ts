// The claim library in real Chromium: save a figure from the popup, find it stored after a reload, and see
// it cross-referenced (same figure and conflict) from a second page. Pages are written here, for this test.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchChromium,
  openAndAnnotate,
  storedClaims as readStoredClaims,
  type ChromiumWithExtension,
  type StoredClaimProbe,
} from './support/chromium';
import { clickInCard, rangePoint, readCardText } from './support/page-probes';
import { openPopupFor } from './support/popup';
import { serveStatic, type StaticServer } from './support/server';

const POPUP = 'src/popup/popup.html';

const article = (title: string, paragraphs: string[]): string =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><article><h1>${title}</h1>${paragraphs
    .map((paragraph) => `<p>${paragraph}</p>`)
    .join('')}</article></body></html>`;

const FIRST = article('Flash floods hit Vellmar', [
  'Flash floods swept through the river town of Vellmar on Monday night after two days of heavy rain.',
  'At least 40 people were killed in Vellmar, police spokesman Tomas Reyn said on Tuesday.',
  'Rescue teams were still searching the lower districts, where the water rose fastest, he added.',
]);

const SECOND = article('Vellmar counts its dead', [
  'Hospital director Lena Varga said 12 people were killed in Vellmar when the river broke its banks on Monday.',
  'Tomas Reyn told reporters that 40 people were killed in Vellmar, a figure the hospital did not confirm.',
  'Schools in the region stayed closed while engineers inspected the bridges.',
]);

let pages: string;
let server: StaticServer;
let chromium: ChromiumWithExtension;

beforeAll(async () => {
  pages = mkdtempSync(join(tmpdir(), 'sourcelight-store-pages-'));
  writeFileSync(join(pages, 'first.html'), FIRST);
  writeFileSync(join(pages, 'second.html'), SECOND);
  server = await serveStatic({ pages });
  chromium = await launchChromium();
});

afterAll(async () => {
  await chromium?.close();
  await server?.close();
  rmSync(pages, { recursive: true, force: true });
});

const storedClaims = (): Promise<StoredClaimProbe[]> => readStoredClaims(chromium);

describe('saved claims', () => {
  it('saves a figure from the popup and still has it after the page reloads', async () => {
    const page = await openAndAnnotate(chromium, server.url('pages', 'first.html'));
    const popup = await openPopupFor(chromium.context, chromium.extensionUrl(POPUP), await chromium.tabIdOf(page));
    await popup.locator('[data-testid="figures"] [data-testid="save"]').first().click();
    await expect.poll(async () => (await storedClaims()).length, { timeout: 10_000 }).toBe(1);
    await page.reload();
    const [claim] = await storedClaims();
    expect(claim).toMatchObject({
      figure: { value: 40, kind: 'killed' },
      page: { url: server.url('pages', 'first.html') },
    });
    expect(claim?.text).toContain('At least 40 people were killed in Vellmar');
    await popup.close();
    await page.close();
  });

  it('highlights the saved claim in its own colour when the page is open again', async () => {
    const page = await openAndAnnotate(chromium, server.url('pages', 'first.html'));
    await page.waitForFunction(`(CSS.highlights.get('sourcelight-saved')?.size ?? 0) > 0`);
    const saved = await page.evaluate(`[...CSS.highlights.get('sourcelight-saved')].map((range) => range.toString())`);
    expect(saved).toEqual([expect.stringContaining('At least 40 people were killed in Vellmar')]);
    await page.close();
  });

  it('shows the same figure below and the conflicting one on its own row from a second page', async () => {
    const page = await openAndAnnotate(chromium, server.url('pages', 'second.html'));
    const popup = await openPopupFor(chromium.context, chromium.extensionUrl(POPUP), await chromium.tabIdOf(page));
    const references = popup.locator('[data-testid="cross-reference"]');
    await references.first().waitFor();
    const relations = await references.evaluateAll((items) => items.map((item) => item.getAttribute('data-relation')));
    expect(relations).toContain('same-figure');
    expect(relations).not.toContain('conflict');
    const conflicting = popup
      .getByTestId('figures')
      .getByTestId('row')
      .filter({ hasText: /^≠ 12 killed/ });
    expect(await conflicting.getByTestId('row-conflict').textContent()).toContain(
      'at least 40 killed, according to Tomas Reyn',
    );
  });

  it('exports every format and re-imports the JSON into a fresh profile with nothing lost', async () => {
    const send = async (target: ChromiumWithExtension, message: Record<string, unknown>): Promise<unknown> => {
      const page = await target.context.newPage();
      await page.goto(target.extensionUrl(POPUP));
      try {
        return await page.evaluate(
          (sent) =>
            (
              globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
            ).chrome.runtime.sendMessage(sent),
          message,
        );
      } finally {
        await page.close();
      }
    };
    const exported = async (target: ChromiumWithExtension, format: string): Promise<{ text: string; count: number }> =>
      (await send(target, { type: 'claims/export', format })) as { text: string; count: number };

    const json = await exported(chromium, 'sourcelight');
    expect(json.count).toBe(1);
    expect((await exported(chromium, 'csv')).text.split('\r\n')[1]).toContain(
      'At least 40 people were killed in Vellmar',
    );
    const [review] = (
      JSON.parse((await exported(chromium, 'claimreview')).text) as { '@graph': Array<Record<string, unknown>> }
    )['@graph'];
    // an unverified claim is not rated
    expect(review).toMatchObject({
      '@type': 'ClaimReview',
      itemReviewed: { '@type': 'Claim', author: { '@type': 'Person', name: 'Tomas Reyn' } },
    });
    expect(review).not.toHaveProperty('reviewRating');
    expect(JSON.parse((await exported(chromium, 'webannotation')).text)).toMatchObject([
      { type: 'Annotation', target: { selector: [{ type: 'TextQuoteSelector' }, { type: 'TextPositionSelector' }] } },
    ]);

    const fresh = await launchChromium();
    try {
      expect(await send(fresh, { type: 'claims/import', text: json.text })).toEqual({
        format: 'sourcelight',
        added: 1,
        replaced: 0,
        unchanged: 0,
        skipped: [],
      });
      const again = await exported(fresh, 'sourcelight');
      expect(again.text).toBe(json.text);
      expect(JSON.parse(again.text)).toEqual(JSON.parse(json.text));
      expect(await send(fresh, { type: 'claims/import', text: json.text })).toMatchObject({
        added: 0,
        replaced: 0,
        unchanged: 1,
      });
      await expect(
        send(fresh, { type: 'claims/import', text: json.text.replace('"verdict":"unverified"', '"verdict":7') }),
      ).rejects.toThrow(/claims\[0\]\.verdict/);
      expect((await exported(fresh, 'sourcelight')).text).toBe(json.text);
    } finally {
      await fresh.close();
    }
  });

  it("saves a finding from its highlight's card", async () => {
    const page = await openAndAnnotate(chromium, server.url('pages', 'second.html'));
    await page.waitForFunction(`(CSS.highlights.get('sourcelight-source')?.size ?? 0) > 0`);
    const before = (await storedClaims()).length;
    const point = await rangePoint(page, 'source', /Lena Varga/);
    await page.mouse.move(point.x, point.y);
    await expect.poll(() => readCardText(page), { timeout: 10_000 }).toMatch(/Lena Varga/);
    await clickInCard(page, 'card-save');
    await expect.poll(async () => (await storedClaims()).length, { timeout: 10_000 }).toBe(before + 1);
    expect(
      (await storedClaims()).some((claim) =>
        claim.text.includes('Hospital director Lena Varga said 12 people were killed'),
      ),
    ).toBe(true);
    await expect.poll(() => readCardText(page), { timeout: 10_000 }).toMatch(/SavedOpen in library$/);
    await page.close();
  });
});
