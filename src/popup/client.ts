// The one typed client extension pages use to talk to the background.
import { browser } from '../shared/browser';
import type { PopupMessage, PopupToBackground, ResponseOf } from '../shared/messages';

export const popupClient = {
  send<K extends keyof PopupToBackground>(message: Extract<PopupMessage, { type: K }>): Promise<ResponseOf<PopupToBackground, K>> {
    return browser.runtime.sendMessage(message) as Promise<ResponseOf<PopupToBackground, K>>;
  },
};
