// Automatic annotation on the sites the reader granted from the options page (optional host permissions).
// The granted permissions are the list: nothing else is stored, and revoking one in the browser stops it.
import { browser, type Tabs } from '../shared/browser';
import { originPattern } from '../shared/sites';
import { annotateTab, forgetTab } from './annotate';

export const isWebPage = (url: string | undefined): url is string => url !== undefined && /^https?:\/\//.test(url);

export async function onTabUpdated(tabId: number, change: Tabs.OnUpdatedChangeInfoType, tab: Tabs.Tab): Promise<void> {
  if (change.url) forgetTab(tabId);
  if (change.status !== 'complete' || !isWebPage(tab.url)) return;
  // tab.url is visible to us only for granted sites, but check explicitly: activeTab grants expire on navigation.
  // Checked as the site's pattern, the form it was granted in, not as the address, which may carry a port.
  const pattern = originPattern(tab.url);
  if (!pattern || !(await browser.permissions.contains({ origins: [pattern] }))) return;
  await annotateTab(tabId, { toggle: false });
}
