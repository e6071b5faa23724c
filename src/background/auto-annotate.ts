// Automatic annotation on the sites the reader granted from the options page (optional host permissions).
// The granted permissions are the list: nothing else is stored, and revoking one in the browser stops it.
import { browser, type Tabs } from '../shared/browser';
import { annotateTab, forgetTab } from './annotate';

export const isWebPage = (url: string | undefined): url is string => url !== undefined && /^https?:\/\//.test(url);

export async function onTabUpdated(tabId: number, change: Tabs.OnUpdatedChangeInfoType, tab: Tabs.Tab): Promise<void> {
  if (change.url) forgetTab(tabId);
  if (change.status !== 'complete' || !isWebPage(tab.url)) return;
  // tab.url is visible to us only for granted sites, but check explicitly: activeTab grants expire on navigation.
  if (!(await browser.permissions.contains({ origins: [tab.url] }))) return;
  await annotateTab(tabId, { toggle: false });
}
