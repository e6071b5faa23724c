// annotateTab: the one path the popup, the keyboard command and automatic annotation all take.
import { probesFromExtraction } from '../core/crossref';
import { extract } from '../core/extract';
import { browser } from '../shared/browser';
import type { AnnotationResult, BackgroundMessage, BackgroundToPage, ResponseOf } from '../shared/messages';
import { badgeFor, conflictNotes, paintedFindings, savedFindings, withClaimState } from './findings';
import { claimStore } from './library-store';

/** Built by vite.config.ts as a classic script (executeScript cannot inject modules). */
export const PAGE_SCRIPT = 'page.js';

interface CachedResult {
  text: string;
  result: AnnotationResult;
  /** The page's own date, which claims saved from it keep. */
  published: string | null;
}

const readFailed =
  <T>(fallback: T) =>
  (error: unknown): T => {
    console.warn('Sourcelight: reading saved claims failed:', error);
    return fallback;
  };

/**
 * What the library knows of the page, read fresh each time since a save changes it and not the text: claims
 * saved from this URL painted again and marked on their findings, and conflicts with claims from other pages.
 */
async function withSavedClaims(result: AnnotationResult): Promise<AnnotationResult> {
  const { extraction, url } = result;
  const [claims, known] = await Promise.all([
    claimStore().forPage(url).catch(readFailed([])),
    claimStore()
      .crossReference(probesFromExtraction(extraction), url)
      .catch(readFailed({ references: [], claims: [] })),
  ]);
  const saved = savedFindings(extraction.text, claims);
  const own = withClaimState(
    extraction,
    url,
    result.findings.filter((finding) => finding.category !== 'saved'),
    new Set(claims.map((claim) => claim.id)),
    conflictNotes(known.references, known.claims),
  );
  const findings = [...own, ...saved.findings].sort((a, b) => a.start - b.start || a.end - b.end);
  return { ...result, findings, savedNotFound: saved.notFound };
}

async function showBadge(tabId: number, result: AnnotationResult): Promise<void> {
  const badge = badgeFor(result.extraction, result.findings);
  await browser.action.setBadgeText({ tabId, text: badge.text });
  await browser.action.setBadgeBackgroundColor({ tabId, color: badge.color });
  await browser.action.setTitle({ tabId, title: badge.title });
}

/** The last result per tab; an entry is reused only for the same URL and the same article text. */
const cache = new Map<number, CachedResult>();

export function forgetTab(tabId: number): void {
  cache.delete(tabId);
}

export const cachedResult = (tabId: number): AnnotationResult | null => cache.get(tabId)?.result ?? null;
export const cachedPublishedDate = (tabId: number): string | null => cache.get(tabId)?.published ?? null;

/**
 * How much page text the core reads. Extraction costs roughly a second per 10,000 characters here, and a
 * long news article is 10,000 to 40,000; beyond this a page is a dump or an attack, and the reader gets its
 * beginning annotated rather than a background busy for minutes.
 */
export const ANALYSED_TEXT_LIMIT = 120_000;

/** The text the core reads: all of it, or up to the last paragraph end before the limit. */
export function analysedText(text: string): string {
  if (text.length <= ANALYSED_TEXT_LIMIT) return text;
  const paragraphEnd = text.lastIndexOf('\n', ANALYSED_TEXT_LIMIT);
  return text.slice(0, paragraphEnd > 0 ? paragraphEnd : ANALYSED_TEXT_LIMIT);
}

/** Runs the core on the text a page script sent, caches the result for the tab, and sets its badge. */
export async function extractForTab(
  tabId: number,
  article: { url: string; title: string; text: string; published: string | null },
): Promise<AnnotationResult> {
  const cached = cache.get(tabId);
  if (cached && cached.result.url === article.url && cached.text === article.text) {
    const refreshed = await withSavedClaims(cached.result);
    cache.set(tabId, { text: article.text, result: refreshed, published: article.published });
    await showBadge(tabId, refreshed);
    return refreshed;
  }
  const text = analysedText(article.text);
  const extraction = extract(text, { title: article.title || null });
  const truncatedAt = text.length < article.text.length ? text.length : null;
  const result = await withSavedClaims({
    url: article.url,
    extraction,
    findings: paintedFindings(extraction),
    truncatedAt,
    savedNotFound: 0,
  });
  cache.set(tabId, { text: article.text, result, published: article.published });
  await showBadge(tabId, result);
  return result;
}

export async function sendToPage<K extends keyof BackgroundToPage>(
  tabId: number,
  message: Extract<BackgroundMessage, { type: K }>,
): Promise<ResponseOf<BackgroundToPage, K>> {
  return (await browser.tabs.sendMessage(tabId, message)) as ResponseOf<BackgroundToPage, K>;
}

/**
 * Injects the page script (a second injection is a no-op) and asks it to annotate. With `toggle`, an
 * annotated page is cleared instead. Resolves to the tab's findings, or null once cleared.
 */
export async function annotateTab(tabId: number, { toggle }: { toggle: boolean }): Promise<AnnotationResult | null> {
  await browser.scripting.executeScript({ target: { tabId }, files: [PAGE_SCRIPT] });
  const { annotated } = await sendToPage(tabId, { type: 'page/annotate', toggle });
  if (!annotated) {
    await clearTab(tabId, { pageCleared: true });
    return null;
  }
  return cachedResult(tabId);
}

/** After a save: the tab's findings marked with what is saved now, and its badge, without reading the page again. */
export async function refreshTab(tabId: number): Promise<AnnotationResult | null> {
  const cached = cache.get(tabId);
  if (!cached) return null;
  const refreshed = await withSavedClaims(cached.result);
  cache.set(tabId, { ...cached, result: refreshed });
  await showBadge(tabId, refreshed);
  return refreshed;
}

export async function clearTab(tabId: number, { pageCleared }: { pageCleared: boolean }): Promise<void> {
  forgetTab(tabId);
  await browser.action.setBadgeText({ tabId, text: '' });
  await browser.action.setTitle({ tabId, title: '' });
  if (!pageCleared) await sendToPage(tabId, { type: 'page/clear' }).catch(() => null);
}

/** The next or previous highlight from the keyboard, annotating the page first when it is not yet. */
export async function stepThroughFindings(tabId: number, direction: 1 | -1): Promise<void> {
  if (!cachedResult(tabId)) await annotateTab(tabId, { toggle: false });
  await sendToPage(tabId, { type: 'page/step', direction });
}
