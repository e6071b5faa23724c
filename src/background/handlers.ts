// The background's answers, one map per direction (the store helper adds entries to these maps).
// Every message is checked for sender and shape before a handler sees it.
import { browser, type Runtime } from '../shared/browser';
import {
  assertOwnSender,
  pageToBackgroundSchema,
  parseMessage,
  popupToBackgroundSchema,
  type PageMessage,
  type PageToBackground,
  type PopupMessage,
  type PopupToBackground,
  type ResponseOf,
} from '../shared/messages';
import { annotateTab, clearTab, extractForTab, sendToPage } from './annotate';
import { crossReferences, exportLibrary, getClaim, importIntoLibrary, openClaim, saveFinding } from './claims';
import {
  deleteClaims,
  editClaims,
  getEvent,
  listEvents,
  matchingIds,
  mergeEvents,
  queryLibrary,
  splitEvent,
  undoDelete,
} from './library';

type Handlers<Map, Message extends { type: keyof Map }, Context> = {
  [K in keyof Map]: (message: Extract<Message, { type: K }>, context: Context) => Promise<ResponseOf<Map, K>>;
};

export const pageHandlers: Handlers<PageToBackground, PageMessage, { tabId: number }> = {
  'page/extract': (message, { tabId }) => extractForTab(tabId, message),
  'page/save-finding': async ({ findingId }, { tabId }) => ({ claimId: (await saveFinding(tabId, findingId)).id }),
  'page/open-claim': ({ claimId }) => openClaim(claimId),
};

export const popupHandlers: Handlers<PopupToBackground, PopupMessage, Record<string, never>> = {
  'popup/annotate': ({ tabId }) => annotateTab(tabId, { toggle: false }),
  'popup/clear': async ({ tabId }) => {
    await clearTab(tabId, { pageCleared: false });
    return null;
  },
  'popup/reveal': ({ tabId, findingId }) => sendToPage(tabId, { type: 'page/reveal', findingId }),
  'claims/save-finding': ({ tabId, findingId }) => saveFinding(tabId, findingId),
  'claims/cross-references': ({ tabId }) => crossReferences(tabId),
  'claims/get': ({ id }) => getClaim(id),
  'claims/export': ({ format }) => exportLibrary(format),
  'claims/import': ({ text }) => importIntoLibrary(text),
  'library/query': ({ query }) => queryLibrary(query),
  'library/ids': ({ query }) => matchingIds(query),
  'library/edit': ({ ids, edit }) => editClaims(ids, edit),
  'library/delete': ({ ids }) => deleteClaims(ids),
  'library/undo': ({ undoToken }) => undoDelete(undoToken),
  'events/list': () => listEvents(),
  'events/get': ({ eventId }) => getEvent(eventId),
  'events/merge': ({ eventIds }) => mergeEvents(eventIds),
  'events/split': ({ eventId, claimIds }) => splitEvent(eventId, claimIds),
};

/**
 * Sends `message` to the handler of its type; the cast is safe because parseMessage checked the type. Async so
 * the listener always returns a native Promise: Chromium's own runtime.onMessage answers only those, and a
 * store's Dexie promise would close the port unanswered.
 */
async function dispatch<Map, Message extends { type: keyof Map }, Context>(
  handlers: Handlers<Map, Message, Context>,
  message: Message,
  context: Context,
): Promise<unknown> {
  const handler = handlers[message.type] as (message: Message, context: Context) => Promise<unknown>;
  return await handler(message, context);
}

/**
 * Routes one runtime message. A message from the page script carries a tab and a page URL; one from the
 * popup or options page carries this extension's URL. Anything else is refused with a clear error.
 */
export function routeMessage(message: unknown, sender: Runtime.MessageSender): Promise<unknown> {
  const extensionOrigin = browser.runtime.getURL('');
  try {
    if (sender.url?.startsWith(extensionOrigin)) {
      assertOwnSender(sender, browser.runtime.id, extensionOrigin, 'extension-page');
      return dispatch(popupHandlers, parseMessage(popupToBackgroundSchema, message), {});
    }
    assertOwnSender(sender, browser.runtime.id, extensionOrigin, 'page');
    return dispatch(pageHandlers, parseMessage(pageToBackgroundSchema, message), { tabId: sender.tab!.id! });
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}
