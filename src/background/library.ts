// The claim library page's requests: pages of claims, edits, deletion with undo, and exports streamed over
// a port in chunks with progress, so a 100,000-claim file never sits in one message or one string.
import type { ClaimEdit, ClaimPage, ClaimQuery } from '../core/library-query';
import { browser, type Runtime } from '../shared/browser';
import { assertOwnSender, EXPORT_PORT, parseExportRequest, type ExportStreamMessage } from '../shared/messages';
import type { EventSummary, Regrouped, TollEvent } from '../core/events/group';
import { readReviewer } from '../shared/settings';
import { claimStore, eventStore } from './library-store';

export const queryLibrary = (query: ClaimQuery): Promise<ClaimPage> => claimStore().query(query);
export const matchingIds = (query: ClaimQuery): Promise<string[]> => claimStore().ids(query);

export async function editClaims(ids: string[], edit: ClaimEdit): Promise<{ count: number }> {
  return { count: (await claimStore().editMany(ids, edit)).length };
}

export const deleteClaims = (ids: string[]): Promise<{ count: number; undoToken: string }> => claimStore().remove(ids);
export const undoDelete = (undoToken: string): Promise<{ count: number }> => claimStore().undo(undoToken);

export const listEvents = async (): Promise<{ events: EventSummary[] }> => ({ events: await eventStore().summaries() });
export const getEvent = async (eventId: string): Promise<{ event: TollEvent | null }> => ({
  event: await eventStore().event(eventId),
});
export const mergeEvents = (eventIds: string[]): Promise<Regrouped> => eventStore().merge(eventIds);
export const splitEvent = (eventId: string, claimIds: string[]): Promise<Regrouped> =>
  eventStore().split(eventId, claimIds);

/** Answers export ports opened by this extension's own pages; a port from anywhere else is closed at once. */
export function registerLibraryExport(): void {
  browser.runtime.onConnect.addListener((port: Runtime.Port) => {
    if (port.name !== EXPORT_PORT) return;
    try {
      assertOwnSender(port.sender ?? {}, browser.runtime.id, browser.runtime.getURL(''), 'extension-page');
    } catch {
      port.disconnect();
      return;
    }
    let cancelled = false;
    port.onDisconnect.addListener(() => (cancelled = true));
    const send = (message: ExportStreamMessage): void => {
      if (!cancelled) port.postMessage(message);
    };
    port.onMessage.addListener((message: unknown) => {
      void (async () => {
        try {
          const { format, ids } = parseExportRequest(message);
          const count = await claimStore().export(format, (text) => send({ type: 'chunk', text }), {
            ...(ids ? { ids } : {}),
            context: { reviewer: await readReviewer() },
            onProgress: (done, total) => send({ type: 'progress', done, total }),
          });
          send({ type: 'end', count });
        } catch (error) {
          send({ type: 'error', message: error instanceof Error ? error.message : String(error) });
        }
      })();
    });
  });
}
