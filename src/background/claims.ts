// Saved claims in the background, the only writer to the library: saving a finding from the popup or a
// selection from the context menu, and cross-referencing the tab's findings against the library.
import { probesFromExtraction, sentenceSpan, type CrossReference } from '../core/crossref';
import type { SavedClaim } from '../core/formats/claim';
import type { ExportFormat, ImportSummary } from '../core/formats/index';
import { newClaim } from '../core/formats/new-claim';
import { extract } from '../core/extract';
import { browser, type Tabs } from '../shared/browser';
import { annotateTab, cachedPublishedDate, cachedResult } from './annotate';
import { claimStore } from './library-store';
import { SAVE_SELECTION_MENU_ID } from './context-menu';

type MenuClick = Parameters<Parameters<typeof browser.contextMenus.onClicked.addListener>[0]>[0];


const newId = (): string => crypto.randomUUID();
const now = (): string => new Date().toISOString();

/** Saves a finding the popup lists, quoting its whole sentence so the claim reads on its own. */
export async function saveFinding(tabId: number, findingId: string): Promise<SavedClaim> {
  const result = cachedResult(tabId);
  const finding = result?.findings.find((candidate) => candidate.id === findingId);
  if (!result || !finding) throw new Error(`no finding ${findingId} on tab ${tabId}: annotate the page first`);
  const [start, end] = sentenceSpan(result.extraction.text, finding.start, finding.end);
  return claimStore().save(newClaim({ id: newId(), now: now(), url: result.url, published: cachedPublishedDate(tabId), extraction: result.extraction, start, end }));
}

/** The whole library in one format. Fine for a message up to tens of MB; the library page streams larger ones. */
export async function exportLibrary(format: ExportFormat): Promise<{ text: string; count: number }> {
  const parts: string[] = [];
  const count = await claimStore().export(format, (chunk) => void parts.push(chunk));
  return { text: parts.join(''), count };
}

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
  const claim =
    result && at !== -1
      ? newClaim({ id: newId(), now: now(), url, published: cachedPublishedDate(tab.id), extraction: result.extraction, start: at, end: at + selection.length })
      : newClaim({ id: newId(), now: now(), url, extraction: extract(selection, { title: tab.title ?? null }), start: 0, end: selection.length });
  return claimStore().save(claim);
}

export function registerClaims(): void {
  browser.contextMenus.onClicked.addListener((info, tab) => {
    saveSelection(info, tab).catch((error: unknown) => console.warn('Sourcelight: saving the selection failed:', error));
  });
}
