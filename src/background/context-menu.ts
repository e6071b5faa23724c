// The "Save selection as claim" entry. Saving itself belongs to the store (its own issue), which listens
// for clicks on this id.
import { browser } from '../shared/browser';

export const SAVE_SELECTION_MENU_ID = 'sourcelight-save-selection';

export function createContextMenu(): void {
  browser.contextMenus.create({
    id: SAVE_SELECTION_MENU_ID,
    title: 'Save selection as claim',
    contexts: ['selection'],
  });
}
