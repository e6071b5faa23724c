// The background: registration only. Each concern lives in its own module.
import { browser, type Runtime } from '../shared/browser';
import { annotateTab, forgetTab, stepThroughFindings } from './annotate';
import { onTabUpdated } from './auto-annotate';
import { registerClaims } from './claims';
import { createContextMenu } from './context-menu';
import { routeMessage } from './handlers';
import { registerLibraryExport } from './library';

export const ANNOTATE_COMMAND = 'annotate-page';

const logFailure = (what: string) => (error: unknown) => console.warn(`Sourcelight: ${what} failed:`, error);

browser.runtime.onInstalled.addListener(createContextMenu);
browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
  routeMessage(message, sender),
);
/**
 * Keyboard commands that move through the highlights: focusable in effect, since Highlight ranges cannot take focus.
 */
const STEP_COMMANDS: Record<string, 1 | -1> = { 'next-finding': 1, 'previous-finding': -1 };

browser.commands.onCommand.addListener(async (command, tab) => {
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return;
  if (command === ANNOTATE_COMMAND) await annotateTab(tabId, { toggle: true }).catch(logFailure('annotating the page'));
  const direction = STEP_COMMANDS[command];
  if (direction !== undefined) await stepThroughFindings(tabId, direction).catch(logFailure('moving to a highlight'));
});
browser.tabs.onUpdated.addListener(
  (tabId, change, tab) => void onTabUpdated(tabId, change, tab).catch(logFailure('automatic annotation')),
);
browser.tabs.onRemoved.addListener(forgetTab);
registerClaims();
registerLibraryExport();
