// Saved claims in the background, the only writer to the library: saving a finding from the popup or a
// selection from the context menu, and cross-referencing the tab's findings against the library.
import { claimIdFor, passageTarget, type ClaimTarget } from '../core/claim-targets';
import { probesFromExtraction, type CrossReference } from '../core/crossref';
import type { SavedClaim } from '../core/formats/claim';
import type { ExportFormat, ImportSummary } from '../core/formats/index';
import { newClaim } from '../core/formats/new-claim';
import { extract } from '../core/extract';
import { browser, type Tabs } from '../shared/browser';
import type { Extraction } from '../core/types';
import { annotateTab, cachedPublishedDate, cachedResult, refreshTab } from './annotate';
import { targetOf } from './findings';
import { claimStore } from './library-store';
import { SAVE_SELECTION_MENU_ID } from './context-menu';
import { libraryPath } from '../shared/messages';
import { readReviewer } from '../shared/settings';

type MenuClick = Parameters<Parameters<typeof browser.contextMenus.onClicked.addListener>[0]>[0];

const now = (): string => new Date().toISOString();

/** Saves a target of a page once: the claim already saved for it, if any, is kept as the reader left it. */
function saveTarget(
  url: string,
  extraction: Extraction,
  target: ClaimTarget,
  published: string | null,
): Promise<SavedClaim> {
  const { start, end, figureIndex, speaker } = target;
  const claim = newClaim({
    id: claimIdFor(url, target),
    now: now(),
    url,
    published,
    extraction,
    start,
    end,
    figureIndex,
    ...(speaker === undefined ? {} : { speaker }),
  });
  return claimStore().saveOnce(claim);
}

/** Saves a finding the popup or card shows: its toll (whichever mention was clicked), its whole quote, its source. */
export async function saveFinding(tabId: number, findingId: string): Promise<SavedClaim> {
  const result = cachedResult(tabId);
  const target = result && targetOf(result.extraction, findingId);
  if (!result || !target) throw new Error(`no finding ${findingId} on tab ${tabId}: annotate the page first`);
  const claim = await saveTarget(result.url, result.extraction, target, cachedPublishedDate(tabId));
  await refreshTab(tabId);
  return claim;
}

/** The whole library in one format. Fine for a message up to tens of MB; the library page streams larger ones. */
export async function exportLibrary(format: ExportFormat): Promise<{ text: string; count: number }> {
  const parts: string[] = [];
  const count = await claimStore().export(format, (chunk) => void parts.push(chunk), {
    context: { reviewer: await readReviewer() },
  });
  return { text: parts.join(''), count };
}

/** Opens the library on one claim, in a new tab (the card's and the popup's link to a saved claim). */
export async function openClaim(claimId: string): Promise<null> {
  await browser.tabs.create({ url: browser.runtime.getURL(libraryPath(claimId)) });
  return null;
}

export const getClaim = async (id: string): Promise<SavedClaim | null> => (await claimStore().get(id)) ?? null;

export const importIntoLibrary = (text: string): Promise<ImportSummary> => claimStore().import(text);

export async function crossReferences(tabId: number): Promise<{ references: CrossReference[]; claims: SavedClaim[] }> {
  const result = cachedResult(tabId);
  if (!result) return { references: [], claims: [] };
  return claimStore().crossReference(probesFromExtraction(result.extraction), result.url);
}

/**
 * "Save selection as claim": the selection is found in the article the core read (annotating the tab
 * first if needed), so the claim gets selectors into the page; a selection outside the article is read
 * on its own for a figure and source.
 */
export async function saveSelection(info: MenuClick, tab: Tabs.Tab | undefined): Promise<SavedClaim | null> {
  const selection = info.selectionText?.trim();
  if (info.menuItemId !== SAVE_SELECTION_MENU_ID || !selection || tab?.id === undefined) return null;
  const result = cachedResult(tab.id) ?? (await annotateTab(tab.id, { toggle: false }));
  const url = tab.url ?? info.pageUrl ?? '';
  const at = result ? result.extraction.text.indexOf(selection) : -1;
  const [extraction, start]: [Extraction, number] =
    result && at !== -1 ? [result.extraction, at] : [extract(selection, { title: tab.title ?? null }), 0];
  return saveTarget(
    url,
    extraction,
    passageTarget(extraction, start, start + selection.length),
    result && at !== -1 ? cachedPublishedDate(tab.id) : null,
  );
}

export function registerClaims(): void {
  browser.contextMenus.onClicked.addListener((info, tab) => {
    saveSelection(info, tab).catch((error: unknown) =>
      console.warn('Sourcelight: saving the selection failed:', error),
    );
  });
}
