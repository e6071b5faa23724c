// The fact-checker's loop in real Chromium, on two pages written for this test that give conflicting tolls
// for one flood: save the first page's toll (twice: one claim), then on the second page see the conflict on
// the toll's row, in its card and in the badge, the repeated toll listed once, a quote saved whole with its
// speaker, a card at the window's right edge kept inside it, and no serious accessibility violation.
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from './support/built-extension';
import {
  launchChromium,
  openAndAnnotate,
  storedClaims as readStoredClaims,
  type ChromiumWithExtension,
  type Page,
  type StoredClaimProbe,
} from './support/chromium';
import { clickInCard, rangePoint, readCardText, waitForHighlights } from './support/page-probes';
import { openPopupFor } from './support/popup';
import { serveStatic, type StaticServer } from './support/server';

const RESULTS = join(PROJECT_ROOT, 'test-results');
const POPUP = 'src/popup/popup.html';

let server: StaticServer;
let chromium: ChromiumWithExtension;

beforeAll(async () => {
  mkdirSync(RESULTS, { recursive: true });
  server = await serveStatic({ pages: join(PROJECT_ROOT, 'test/fixtures/pages') });
  chromium = await launchChromium();
});

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

const storedClaims = (): Promise<StoredClaimProbe[]> => readStoredClaims(chromium);

/** A message to the background from an extension page, as the popup sends it. */
const sendFrom = (page: Page, message: Record<string, unknown>): Promise<unknown> =>
  page.evaluate(
    (sent) =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
      ).chrome.runtime.sendMessage(sent),
    message,
  );

/** Serious and critical axe-core violations of a page, as "rule: target" lines. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`));
}

const tollRow = (popup: Page, text: RegExp) =>
  popup.getByTestId('figures').getByTestId('row').filter({ hasText: text });

describe('the first page: saving a toll', () => {
  let page: Page;
  let popup: Page;

  beforeAll(async () => {
    page = await openAndAnnotate(chromium, server.url('pages', 'harlow-first.html'));
    await waitForHighlights(page);
    popup = await openPopupFor(chromium.context, chromium.extensionUrl(POPUP), await chromium.tabIdOf(page));
  });

  it('saves the toll once however often it is saved, and shows it saved', async () => {
    const row = tollRow(popup, /At least 40 killed/);
    await row.getByTestId('save').click();
    await expect.poll(async () => (await storedClaims()).length, { timeout: 10_000 }).toBe(1);
    await row.getByTestId('saved').waitFor();
    expect(await row.getByTestId('saved').getAttribute('aria-label')).toBe(
      'Saved: open At least 40 killed in the library',
    );
    // a second save of the same finding, as a double click or the card's own Save sends it
    const again = (await sendFrom(popup, {
      type: 'claims/save-finding',
      tabId: await chromium.tabIdOf(page),
      findingId: 'figure-0',
    })) as StoredClaimProbe;
    const [claim] = await storedClaims();
    expect(again.id).toBe(claim?.id);
    expect(await storedClaims()).toHaveLength(1);
    expect(claim).toMatchObject({ figure: { value: 40, kind: 'killed' }, source: { name: 'Tomas Reyn' } });
  });

  it('says what was saved from the page when it is opened again', async () => {
    const reopened = await openPopupFor(chromium.context, chromium.extensionUrl(POPUP), await chromium.tabIdOf(page));
    await expect
      .poll(() => reopened.getByTestId('saved-here').textContent(), { timeout: 10_000 })
      .toBe('Saved from this page: 1.');
    await expect
      .poll(() => reopened.getByTestId('no-cross-references').textContent(), { timeout: 10_000 })
      .toContain('Saved from this page: 1.');
    expect(
      await tollRow(reopened, /At least 40 killed/)
        .getByTestId('saved')
        .count(),
    ).toBe(1);
    await reopened.close();
  });

  afterAll(async () => {
    await popup?.close();
    await page?.close();
  });
});

describe('the second page: a conflicting toll', () => {
  let page: Page;
  let popup: Page;
  let tabId: number;

  beforeAll(async () => {
    page = await openAndAnnotate(chromium, server.url('pages', 'harlow-second.html'), { width: 760, height: 700 });
    await waitForHighlights(page);
    tabId = await chromium.tabIdOf(page);
    popup = await openPopupFor(chromium.context, chromium.extensionUrl(POPUP), tabId);
    await popup.setViewportSize({ width: 400, height: 760 });
  });

  it('lists the toll repeated in headline, body and a later line as one row with three mentions, each reachable', async () => {
    const rows = popup.getByTestId('figures').getByTestId('row');
    expect(await rows.filter({ hasText: /12 killed/ }).count()).toBe(1);
    const row = tollRow(popup, /12 killed/);
    expect(await row.getByTestId('finding').textContent()).toContain('according to Lena Varga · 3 mentions');
    expect(await row.getByTestId('mention').count()).toBe(3);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await row.getByTestId('mention').nth(2).click();
    await expect
      .poll(() =>
        page.evaluate(() => {
          const caption = document.querySelector('.standfirst')!.getBoundingClientRect();
          return caption.top >= 0 && caption.bottom <= innerHeight;
        }),
      )
      .toBe(true);
  });

  it("shows the conflict on the toll's row, with what was saved, where, when and by whom", async () => {
    const row = tollRow(popup, /12 killed/);
    await expect.poll(() => row.getByTestId('finding').getAttribute('data-conflict'), { timeout: 10_000 }).toBe('true');
    const conflict = await row.getByTestId('row-conflict').textContent();
    expect(conflict).toMatch(
      /^Conflicts with a saved claim: at least 40 killed, according to Tomas Reyn, saved \d+ \w+ \d{4} from “Floods in Harlow”\./,
    );
    await popup.screenshot({ path: join(RESULTS, 'chromium-popup-conflict.png'), fullPage: true });
  });

  it('tells the conflict apart from unattributed figures in the badge, by colour and tooltip', async () => {
    const badge = await chromium.badge(tabId);
    expect(badge).toEqual({
      text: '1!',
      color: '#b91c1c',
      title: 'Sourcelight: 1 figure conflicting with your saved claims. 1 figure unattributed or hedged.',
    });
  });

  it('shows the conflict in the card, which reads as a sentence and links to the saved claim', async () => {
    const point = await rangePoint(page, 'figure', /^12 killed$/);
    await page.mouse.move(point.x, point.y);
    await expect.poll(() => readCardText(page), { timeout: 10_000 }).toMatch(/Conflicts with a saved claim/);
    const card = (await readCardText(page)) ?? '';
    expect(card).toMatch(/^12 killed, according to Lena Varga\. The page gives this toll 3 times\./);
    expect(card).toContain('at least 40 killed, according to Tomas Reyn');
    expect(card).not.toMatch(/killed killed|vague number/);
    await page.screenshot({ path: join(RESULTS, 'chromium-card-conflict.png') });
    const opened = chromium.context.waitForEvent('page');
    await clickInCard(page, 'card-open-conflict');
    const library = await opened;
    await library.waitForURL(/library\.html\?claim=/);
    await expect
      .poll(() => library.getByTestId('editor-text').textContent(), { timeout: 10_000 })
      .toContain('At least 40 people were killed in Harlow');
    await library.close();
    await page.mouse.move(1, 1);
  });

  it('saves a quote whole, with its speaker, once', async () => {
    const row = popup.getByTestId('quotes').getByTestId('row').filter({ hasText: 'We lost two vehicles' });
    await row.getByTestId('save').click();
    await row.getByTestId('saved').waitFor();
    const quote = (await storedClaims()).find((claim) => claim.text.includes('We lost two vehicles'));
    expect(quote?.text).toBe('“We lost two vehicles and nobody in the convoy was hurt,” said Colonel John J. Smith');
    expect(quote?.source?.name).toBe('John J. Smith');
    await sendFrom(popup, { type: 'claims/save-finding', tabId, findingId: 'quote-1' });
    expect((await storedClaims()).filter((claim) => claim.text.includes('We lost two vehicles'))).toHaveLength(1);
  });

  it('keeps the card inside the window and off the line, for a highlight at the right edge', async () => {
    const point = await rangePoint(page, 'flagged', /30 people were injured/);
    expect(point.line.right).toBeGreaterThan(700);
    await page.mouse.move(point.x, point.y);
    await expect
      .poll(() => readCardText(page), { timeout: 10_000 })
      .toMatch(/^30 injured, nobody in the text stands behind it\./);
    const box = (await page.evaluate(
      `(() => { const r = document.querySelector('sourcelight-card').getBoundingClientRect(); return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: innerWidth, height: innerHeight }; })()`,
    )) as { left: number; top: number; right: number; bottom: number; width: number; height: number };
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(box.width);
    expect(box.bottom).toBeLessThanOrEqual(box.height);
    const overlaps =
      box.left < point.line.right &&
      point.line.left < box.right &&
      box.top < point.line.bottom &&
      point.line.top < box.bottom;
    expect(overlaps).toBe(false);
    await page.screenshot({ path: join(RESULTS, 'chromium-card-right-edge.png') });
    await page.mouse.move(1, 1);
  });

  it('has no serious or critical accessibility violation in the popup', async () => {
    expect(await seriousViolations(popup)).toEqual([]);
  });
});

describe('the library and the options page', () => {
  let library: Page;

  beforeAll(async () => {
    library = await chromium.context.newPage();
    await library.setViewportSize({ width: 1100, height: 520 });
    await library.goto(chromium.extensionUrl('src/library/library.html'));
    await library.getByTestId('total').getByText('2 claims').waitFor();
  });

  it('words every claim for people and names each control after its claim', async () => {
    const text = await library.getByTestId('claim-list').textContent();
    expect(text).toContain('At least 40 killed, according to Tomas Reyn');
    expect(text).not.toMatch(/at_least|\? killed/);
    const names = await library
      .getByTestId('claim')
      .locator('[aria-label]')
      .evaluateAll((controls) => controls.map((control) => control.getAttribute('aria-label')));
    expect(new Set(names).size).toBe(names.length);
    expect(names).toContain('Edit claim: At least 40 people were killed in Harlow, police spokesman…');
  });

  it('edits in a dialog that takes focus, closes on Escape and gives focus back', async () => {
    const edit = library.getByTestId('claim').first().getByTestId('edit');
    await edit.focus();
    await library.keyboard.press('Enter');
    await library.getByRole('dialog', { name: 'Edit claim' }).waitFor();
    await expect.poll(() => library.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('note');
    await library.screenshot({ path: join(RESULTS, 'chromium-library-editor.png') });
    expect(await seriousViolations(library)).toEqual([]);
    await library.keyboard.press('Escape');
    await expect.poll(() => library.getByRole('dialog').count()).toBe(0);
    await expect.poll(() => library.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('edit');
  });

  it('has no serious or critical accessibility violation, light or dark, and is photographed in both', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      await library.emulateMedia({ colorScheme: scheme });
      await library.screenshot({ path: join(RESULTS, `chromium-library-${scheme}.png`) });
      expect(await seriousViolations(library)).toEqual([]);
    }
  });

  it('has no serious or critical accessibility violation on the options page, whose reviewer signs ClaimReview exports', async () => {
    const options = await chromium.context.newPage();
    await options.goto(chromium.extensionUrl('src/options/options.html'));
    await options.getByTestId('site-input').waitFor();
    expect(await seriousViolations(options)).toEqual([]);
    await options.getByTestId('reviewer-name').fill('Harbour Fact Desk');
    await options.getByTestId('reviewer-type').selectOption('Organization');
    await options.getByTestId('save-reviewer').click();
    await options.getByTestId('reviewer-saved').waitFor();
    const exported = (await sendFrom(options, { type: 'claims/export', format: 'claimreview' })) as { text: string };
    const reviews = (JSON.parse(exported.text) as { '@graph': Array<Record<string, unknown>> })['@graph'];
    expect(reviews).toHaveLength(2);
    for (const review of reviews) {
      expect(review.author).toEqual({ '@type': 'Organization', name: 'Harbour Fact Desk' });
      expect(review).not.toHaveProperty('reviewRating');
    }
    expect(reviews.map((review) => (review.itemReviewed as { author?: unknown }).author)).toEqual(
      expect.arrayContaining([
        { '@type': 'Person', name: 'Tomas Reyn' },
        { '@type': 'Person', name: 'John J. Smith' },
      ]),
    );
    await options.close();
  });
});
