// What a user sees on the page, read from outside: highlight counts, the closed-shadow card, scroll.
import type { Page } from 'playwright-core';

export const CATEGORIES = ['source', 'figure', 'flagged', 'quote'] as const;
export type Category = (typeof CATEGORIES)[number];
export type HighlightCounts = Record<Category, number>;

/** Ranges per category in CSS.highlights (0 for a missing highlight). Runs as a string: no bundler helpers reach the page. */
export const HIGHLIGHT_COUNTS_SCRIPT = `(() => {
  const count = (name) => (CSS.highlights.get(name)?.size ?? 0);
  return { source: count('sourcelight-source'), figure: count('sourcelight-figure'), flagged: count('sourcelight-flagged'), quote: count('sourcelight-quote') };
})()`;

export const readHighlightCounts = (page: Page): Promise<HighlightCounts> => page.evaluate(HIGHLIGHT_COUNTS_SCRIPT) as Promise<HighlightCounts>;

export const totalHighlights = (counts: HighlightCounts): number => CATEGORIES.reduce((sum, category) => sum + counts[category], 0);

/** Waits until the page shows at least one highlight. */
export async function waitForHighlights(page: Page): Promise<HighlightCounts> {
  await page.waitForFunction(`[...CSS.highlights.keys()].some((name) => name.startsWith('sourcelight-') && CSS.highlights.get(name).size > 0)`);
  return readHighlightCounts(page);
}

/** Text of every highlighted range, with whether it lies inside `selector` and inside nav/aside/footer/header. */
export const HIGHLIGHT_PLACES_SCRIPT = (articleSelector: string): string => `(() => {
  const places = [];
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('sourcelight-')) continue;
    for (const range of highlight) {
      const node = range.commonAncestorContainer;
      const element = node.nodeType === 1 ? node : node.parentElement;
      places.push({
        category: name.slice('sourcelight-'.length),
        text: range.toString(),
        inArticle: Boolean(element && element.closest(${JSON.stringify(articleSelector)})),
        inChrome: Boolean(element && element.closest('nav, footer, aside, [role=navigation], [role=contentinfo]')),
      });
    }
  }
  return places;
})()`;

export interface HighlightPlace {
  category: string;
  text: string;
  inArticle: boolean;
  inChrome: boolean;
}

export const readHighlightPlaces = (page: Page, articleSelector: string): Promise<HighlightPlace[]> =>
  page.evaluate(HIGHLIGHT_PLACES_SCRIPT(articleSelector)) as Promise<HighlightPlace[]>;

/** The text inside <sourcelight-card>'s closed shadow root, read through CDP with pierce (null when no card). */
export async function readCardText(page: Page): Promise<string | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    type DomNode = typeof root;
    const find = (node: DomNode, match: (candidate: DomNode) => boolean): DomNode | null => {
      if (match(node)) return node;
      for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
        const found = find(child, match);
        if (found) return found;
      }
      return null;
    };
    const card = find(root, (node) => node.nodeName === 'SOURCELIGHT-CARD');
    if (!card) return null;
    const texts: string[] = [];
    const collect = (node: DomNode): void => {
      if (node.nodeType === 3 && node.parentId !== undefined && node.nodeValue.trim()) texts.push(node.nodeValue);
      for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) if (child.nodeName !== 'STYLE') collect(child);
    };
    collect(card);
    return texts.join('').trim();
  } finally {
    await cdp.detach();
  }
}

/** Centre of the first client rect of the first range whose text matches, for hovering it. */
export async function rangePoint(page: Page, category: Category, text: RegExp): Promise<{ x: number; y: number }> {
  const point = (await page.evaluate(
    ({ name, source, flags }) => {
      const pattern = new RegExp(source, flags);
      for (const range of CSS.highlights.get(name) ?? []) {
        if (!(range instanceof Range) || !pattern.test(range.toString())) continue;
        range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        const rect = range.getClientRects()[0];
        if (rect) return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
      return null;
    },
    { name: `sourcelight-${category}`, source: text.source, flags: text.flags },
  )) as { x: number; y: number } | null;
  if (!point) throw new Error(`no ${category} highlight matches ${text}`);
  return point;
}
