// The popup opened as a page for one tab (popup.html?tab=<id>): what the toolbar popup shows for that tab.
import type { BrowserContext, Page } from 'playwright-core';

/** The popup's settled state: findings listed, the empty state, or an error. */
export const POPUP_SETTLED =
  '[data-testid="figures"], [data-testid="sources"], [data-testid="quotes"], [data-testid="empty-state"], [role="alert"]';

export async function openPopupFor(context: BrowserContext, popupUrl: string, tabId: number): Promise<Page> {
  const popup = await context.newPage();
  await popup.goto(`${popupUrl}?tab=${tabId}`);
  await popup.locator(POPUP_SETTLED).first().waitFor();
  return popup;
}
