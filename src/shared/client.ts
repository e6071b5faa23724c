// The one typed client the extension's own pages (popup, library, options) use to talk to the background.
import { browser } from './browser';
import type { PopupMessage, PopupToBackground, ResponseOf } from './messages';

export const backgroundClient = {
  send<K extends keyof PopupToBackground>(
    message: Extract<PopupMessage, { type: K }>,
  ): Promise<ResponseOf<PopupToBackground, K>> {
    return browser.runtime.sendMessage(message) as Promise<ResponseOf<PopupToBackground, K>>;
  },
};
