// The background: registration only. Each concern lives in its own module.
import { browser, type Runtime } from '../shared/browser';
import { annotateTab, forgetTab } from './annotate';
import { onTabUpdated } from './auto-annotate';
import { registerClaims } from './claims';
import { createContextMenu } from './context-menu';
import { routeMessage } from './handlers';
import { registerLibraryExport } from './library';

export const ANNOTATE_COMMAND = 'annotate-page';

const logFailure = (what: string) => (error: unknown) => console.warn(`Sourcelight: ${what} failed:`, error);

browser.runtime.onInstalled.addListener(createContextMenu);
browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => routeMessage(message, sender));
browser.commands.onCommand.addListener(async (command, tab) => {
  if (command !== ANNOTATE_COMMAND) return;
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId !== undefined) await annotateTab(tabId, { toggle: true }).catch(logFailure('annotating the page'));
});
browser.tabs.onUpdated.addListener((tabId, change, tab) => void onTabUpdated(tabId, change, tab).catch(logFailure('automatic annotation')));
browser.tabs.onRemoved.addListener(forgetTab);
registerClaims();
registerLibraryExport();
