// The message contract: one map per direction, each entry `type → { request, response }`. Every message
// crossing a boundary is checked here (sender and shape) before a handler sees it: pages are hostile, and a
// message that fails the check gets a clear error instead of a half-handled request.
import type { CrossReference } from '../core/crossref';
import type { EventSummary, Regrouped, TollEvent } from '../core/events/group';
import { normalizeDate } from '../core/events/page-date';
import type { SavedClaim } from '../core/formats/claim';
import { EXPORT_FORMATS, type ExportFormat, type ImportSummary } from '../core/formats/index';
import {
  claimEditProblem,
  claimQueryProblem,
  type ClaimEdit,
  type ClaimPage,
  type ClaimQuery,
} from '../core/library-query';
import type { Extraction } from '../core/types';

/** What a highlight shows; 'saved' is a claim the reader saved from this page before, anchored again. */
export type Category = 'source' | 'figure' | 'flagged' | 'quote' | 'saved';
export const CATEGORIES: readonly Category[] = ['source', 'figure', 'flagged', 'quote', 'saved'];

/** A finding as the page paints it: a category, a span of the page text, and the card's label. */
export interface PaintedFinding {
  id: string;
  category: Category;
  start: number;
  end: number;
  label: string;
  /** The claim this finding is saved as, when the reader saved it from this page. */
  savedClaimId?: string;
  /** Claims saved from other pages whose toll for the same event this one contradicts. */
  conflicts?: ConflictNote[];
}

/** A saved claim a figure contradicts, as the card and the popup tell it. */
export interface ConflictNote {
  claimId: string;
  /** The saved claim's toll in words ("at least 40 killed"). */
  saved: string;
  /** Who the saved claim's figure is attributed to; null when nobody. */
  source: string | null;
  /** The saved claim's page: its title, else its address. */
  page: string;
  url: string;
  /** When it was saved (ISO instant). */
  savedAt: string;
  /** Which ranges clash and on which place words ("12 killed vs 40 or more saved (harlow)"). */
  detail: string;
  /**
   * All of it as people read it: "at least 40 killed, according to police, saved 1 March 2026 from “Floods in Harlow”".
   */
  summary: string;
}

export interface AnnotationResult {
  url: string;
  extraction: Extraction;
  findings: PaintedFinding[];
  /** Where the analysed text stops when the page is longer than the background reads; null when read whole. */
  truncatedAt: number | null;
  /** Claims saved from this URL whose words are no longer on the page (edited or removed since). */
  savedNotFound: number;
}

/** Page script → background. */
export interface PageToBackground {
  /** `published` is the page's own date (metadata or byline), normalised; null when it gives none. */
  'page/extract': {
    request: { url: string; title: string; text: string; published: string | null };
    response: AnnotationResult;
  };
  /** The Save button of a highlight's card. */
  'page/save-finding': { request: { findingId: string }; response: { claimId: string } };
  /** The card's link to a saved claim: opens the library on it. */
  'page/open-claim': { request: { claimId: string }; response: null };
}

/** Extension pages (popup, options) → background. */
export interface PopupToBackground {
  /** Annotate the tab (not a toggle: opening the popup never clears). Null when the page cannot be read. */
  'popup/annotate': { request: { tabId: number }; response: AnnotationResult | null };
  'popup/clear': { request: { tabId: number }; response: null };
  'popup/reveal': { request: { tabId: number; findingId: string }; response: { found: boolean } };
  /** Saves a finding once: saving the same target of the same page again answers the claim already saved. */
  'claims/save-finding': { request: { tabId: number; findingId: string }; response: SavedClaim };
  'claims/get': { request: { id: string }; response: SavedClaim | null };
  'claims/cross-references': {
    request: { tabId: number };
    response: { references: CrossReference[]; claims: SavedClaim[] };
  };
  'claims/export': { request: { format: ExportFormat }; response: { text: string; count: number } };
  'claims/import': { request: { text: string }; response: ImportSummary };
  'library/query': { request: { query: ClaimQuery }; response: ClaimPage };
  'library/ids': { request: { query: ClaimQuery }; response: string[] };
  'library/edit': { request: { ids: string[]; edit: ClaimEdit }; response: { count: number } };
  /** Deletes claims; the token undoes it while the background keeps the deleted claims (UNDO_WINDOW_MS). */
  'library/delete': { request: { ids: string[] }; response: { count: number; undoToken: string } };
  'library/undo': { request: { undoToken: string }; response: { count: number } };
  /** The saved figures grouped into events, the user's merges and splits applied: a summary of each. */
  'events/list': { request: object; response: { events: EventSummary[] } };
  /** One event with its reports; null when it is gone (the library changed since the list). */
  'events/get': { request: { eventId: string }; response: { event: TollEvent | null } };
  /** Merges events into one, or splits reports off an event; answers the events after and the one to show. */
  'events/merge': { request: { eventIds: string[] }; response: Regrouped };
  'events/split': { request: { eventId: string; claimIds: string[] }; response: Regrouped };
}

/** The port the library opens to stream an export: one request, then chunks, progress and the end. */
export const EXPORT_PORT = 'library/export';
export interface ExportRequest {
  format: ExportFormat;
  /** Null exports the whole library. */
  ids: string[] | null;
}
export type ExportStreamMessage =
  | { type: 'chunk'; text: string }
  | { type: 'progress'; done: number; total: number }
  | { type: 'end'; count: number }
  | { type: 'error'; message: string };

/** Background → page script. */
export interface BackgroundToPage {
  /** Annotate the page; with `toggle`, an annotated page is cleared instead (the command run again). */
  'page/annotate': { request: { toggle: boolean }; response: { annotated: boolean } };
  'page/clear': { request: object; response: null };
  'page/reveal': { request: { findingId: string }; response: { found: boolean } };
  /** The next (1) or previous (-1) finding from the keyboard commands: revealed, its card focused. */
  'page/step': { request: { direction: 1 | -1 }; response: { found: boolean } };
}

type Envelope<Map> = { [K in keyof Map]: { type: K } & (Map[K] extends { request: infer R } ? R : never) }[keyof Map];
export type PageMessage = Envelope<PageToBackground>;
export type PopupMessage = Envelope<PopupToBackground>;
export type BackgroundMessage = Envelope<BackgroundToPage>;
export type ResponseOf<Map, K extends keyof Map> = Map[K] extends { response: infer R } ? R : never;

export class MessageError extends Error {
  override name = 'MessageError';
}

/** Field checks per message type; the key set of each object is exhaustive over its map. */
type FieldCheck = (value: unknown) => boolean;
type Schema<Map> = { [K in keyof Map]: Record<string, FieldCheck> };

const isString: FieldCheck = (value) => typeof value === 'string';
const isTabId: FieldCheck = (value) => typeof value === 'number' && Number.isInteger(value) && value >= 0;
/** The page text a background will parse; beyond this a page is not an article but an attack or a dump. */
export const MAX_PAGE_TEXT = 6_000_000;
const isPageText: FieldCheck = (value) => typeof value === 'string' && value.length <= MAX_PAGE_TEXT;
const isShortString: FieldCheck = (value) => typeof value === 'string' && value.length <= 4096;
/** A page date as the page script sends it: already normalised, so a claim never keeps a date no rule read. */
const isPageDate: FieldCheck = (value) =>
  value === null || (typeof value === 'string' && value.length <= 40 && normalizeDate(value) === value);
/** Claim ids: a whole library selected is at most this many. */
const MAX_IDS = 1_000_000;
const isIdList: FieldCheck = (value) =>
  Array.isArray(value) && value.length <= MAX_IDS && value.every((id) => typeof id === 'string' && id.length <= 200);
/** A merge joins a few events at a time; a thousand is far past what the view sends. */
const MAX_MERGED = 1000;
const isEventIds: FieldCheck = (value) =>
  isIdList(value) && (value as unknown[]).length >= 2 && (value as unknown[]).length <= MAX_MERGED;
const isSomeIds: FieldCheck = (value) => isIdList(value) && (value as unknown[]).length > 0;
const isExportFormat: FieldCheck = (value) => (EXPORT_FORMATS as readonly unknown[]).includes(value);

export const pageToBackgroundSchema: Schema<PageToBackground> = {
  'page/extract': { url: isShortString, title: isShortString, text: isPageText, published: isPageDate },
  'page/save-finding': { findingId: isShortString },
  'page/open-claim': { claimId: isShortString },
};

export const popupToBackgroundSchema: Schema<PopupToBackground> = {
  'popup/annotate': { tabId: isTabId },
  'popup/clear': { tabId: isTabId },
  'popup/reveal': { tabId: isTabId, findingId: isString },
  'claims/save-finding': { tabId: isTabId, findingId: isShortString },
  'claims/cross-references': { tabId: isTabId },
  'claims/get': { id: isShortString },
  'claims/export': { format: isExportFormat },
  // the size limit is checked by the import itself, which names it in its error
  'claims/import': { text: isString },
  'library/query': { query: (value) => claimQueryProblem(value) === null },
  'library/ids': { query: (value) => claimQueryProblem(value) === null },
  'library/edit': { ids: isIdList, edit: (value) => claimEditProblem(value) === null },
  'library/delete': { ids: isIdList },
  'library/undo': { undoToken: isShortString },
  'events/list': {},
  'events/get': { eventId: isShortString },
  'events/merge': { eventIds: isEventIds },
  'events/split': { eventId: isShortString, claimIds: isSomeIds },
};

/** Checks the first message on an export port. */
export function parseExportRequest(value: unknown): ExportRequest {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new MessageError('export request must be an object');
  const { format, ids, ...rest } = value as Record<string, unknown>;
  if (Object.keys(rest).length > 0)
    throw new MessageError(`export request: unexpected field "${Object.keys(rest)[0]}"`);
  if (!isExportFormat(format)) throw new MessageError('export request: field "format" is missing or malformed');
  if (ids !== null && !isIdList(ids)) throw new MessageError('export request: field "ids" is missing or malformed');
  return { format: format as ExportFormat, ids: ids as string[] | null };
}

export const backgroundToPageSchema: Schema<BackgroundToPage> = {
  'page/annotate': { toggle: (value) => typeof value === 'boolean' },
  'page/clear': {},
  'page/reveal': { findingId: isString },
  'page/step': { direction: (value) => value === 1 || value === -1 },
};

/**
 * Checks that `value` is a message of one of `schema`'s types with exactly the fields it declares, each of
 * the right kind. Throws a MessageError naming what is wrong.
 */
export function parseMessage<Map>(schema: Schema<Map>, value: unknown): Envelope<Map> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new MessageError('message must be an object');
  }
  const record = value as Record<string, unknown>;
  const type = record['type'];
  if (typeof type !== 'string' || !Object.hasOwn(schema, type)) {
    throw new MessageError(`unknown message type ${JSON.stringify(String(type)).slice(0, 80)}`);
  }
  const fields = schema[type as keyof Map];
  for (const key of Object.keys(record)) {
    if (key !== 'type' && !Object.hasOwn(fields, key)) throw new MessageError(`${type}: unexpected field "${key}"`);
  }
  for (const [key, check] of Object.entries(fields)) {
    if (!check(record[key])) throw new MessageError(`${type}: field "${key}" is missing or malformed`);
  }
  return record as Envelope<Map>;
}

/** Who sent a message, as the browser reports it (the part of runtime.MessageSender we rely on). */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

/**
 * A message counts as ours only when the browser says it comes from this extension: either one of its
 * own pages (URL under its origin, no tab frame) or the page script it injected into a tab.
 */
export function assertOwnSender(
  sender: SenderInfo,
  extensionId: string,
  extensionOrigin: string,
  from: 'page' | 'extension-page',
): void {
  if (sender.id !== extensionId) throw new MessageError('message from another extension or a web page');
  if (from === 'extension-page') {
    if (!sender.url?.startsWith(extensionOrigin)) throw new MessageError('message must come from an extension page');
  } else if (sender.tab?.id === undefined) {
    throw new MessageError('page message without a tab');
  }
}

/** Ids of painted findings, shared by the background (which paints) and the popup (which reveals). */
export const findingId = {
  figure: (index: number): string => `figure-${index}`,
  source: (index: number, mention: number): string => `source-${index}-${mention}`,
  quote: (index: number): string => `quote-${index}`,
};

/** What a finding id points at: the figure, the source (and which mention) or the quote of that index. */
export function parseFindingId(
  id: string,
): { kind: 'figure' | 'quote'; index: number } | { kind: 'source'; index: number; mention: number } | null {
  const match = /^(figure|quote)-(\d+)$|^source-(\d+)-(\d+)$/.exec(id);
  if (!match) return null;
  if (match[1]) return { kind: match[1] as 'figure' | 'quote', index: Number(match[2]) };
  return { kind: 'source', index: Number(match[3]), mention: Number(match[4]) };
}

/** The library page, opened on one claim when `claimId` is given. */
export const LIBRARY_PAGE = 'src/library/library.html';
export const libraryPath = (claimId?: string): string =>
  claimId ? `${LIBRARY_PAGE}?claim=${encodeURIComponent(claimId)}` : LIBRARY_PAGE;
