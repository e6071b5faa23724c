// What a user sees on the page, read from outside: highlight counts, the closed-shadow card, scroll.
import type { Page } from 'playwright-core';

export const CATEGORIES = ['source', 'figure', 'flagged', 'quote'] as const;
export type Category = (typeof CATEGORIES)[number];
export type HighlightCounts = Record<Category, number>;

/**
 * Ranges per category in CSS.highlights (0 for a missing highlight). Runs as a string: no bundler helpers reach the
 * page.
 */
export const HIGHLIGHT_COUNTS_SCRIPT = `(() => {
  const count = (name) => (CSS.highlights.get(name)?.size ?? 0);
  return { source: count('sourcelight-source'), figure: count('sourcelight-figure'), flagged: count('sourcelight-flagged'), quote: count('sourcelight-quote') };
})()`;

export const readHighlightCounts = (page: Page): Promise<HighlightCounts> =>
  page.evaluate(HIGHLIGHT_COUNTS_SCRIPT) as Promise<HighlightCounts>;

export const totalHighlights = (counts: HighlightCounts): number =>
  CATEGORIES.reduce((sum, category) => sum + counts[category], 0);

/** Waits until the page shows at least one highlight. */
export async function waitForHighlights(page: Page): Promise<HighlightCounts> {
  await page.waitForFunction(
    `[...CSS.highlights.keys()].some((name) => name.startsWith('sourcelight-') && CSS.highlights.get(name).size > 0)`,
  );
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

type CdpSession = Awaited<ReturnType<ReturnType<Page['context']>['newCDPSession']>>;
/** The part of CDP's DOM.Node the probes read. */
interface DomNode {
  nodeId: number;
  nodeName: string;
  nodeType: number;
  nodeValue: string;
  parentId?: number;
  /** Name, value, name, value… */
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

function findNode(node: DomNode, match: (candidate: DomNode) => boolean): DomNode | null {
  if (match(node)) return node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const found = findNode(child, match);
    if (found) return found;
  }
  return null;
}

/** Runs `work` on the page's whole DOM, closed shadow roots included (CDP with pierce). */
async function withPiercedDom<T>(page: Page, work: (root: DomNode, cdp: CdpSession) => Promise<T>): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    return await work(root as DomNode, cdp);
  } finally {
    await cdp.detach();
  }
}

/** Clicks the element with `data-testid` inside the card's closed shadow root where it is drawn, as a reader does. */
export async function clickInCard(page: Page, testId: string): Promise<void> {
  const centre = await withPiercedDom(page, async (root, cdp) => {
    const card = findNode(root, (node) => node.nodeName === 'SOURCELIGHT-CARD');
    const target =
      card &&
      findNode(card, (node) =>
        (node.attributes ?? []).some(
          (value, index, list) => index % 2 === 1 && list[index - 1] === 'data-testid' && value === testId,
        ),
      );
    if (!target) throw new Error(`no ${testId} in the card`);
    const { model } = await cdp.send('DOM.getBoxModel', { nodeId: target.nodeId });
    const [x1, y1, , , x3, y3] = model.content;
    return { x: ((x1 ?? 0) + (x3 ?? 0)) / 2, y: ((y1 ?? 0) + (y3 ?? 0)) / 2 };
  });
  await page.mouse.move(centre.x, centre.y, { steps: 4 });
  await page.mouse.click(centre.x, centre.y);
}

/** The text inside <sourcelight-card>'s closed shadow root, read through CDP with pierce (null when no card). */
export async function readCardText(page: Page): Promise<string | null> {
  return withPiercedDom(page, async (root) => {
    const card = findNode(root, (node) => node.nodeName === 'SOURCELIGHT-CARD');
    if (!card) return null;
    const texts: string[] = [];
    const collect = (node: DomNode): void => {
      if (node.nodeType === 3 && node.parentId !== undefined && node.nodeValue.trim()) texts.push(node.nodeValue);
      for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])])
        if (child.nodeName !== 'STYLE') collect(child);
    };
    collect(card);
    return texts.join('').trim();
  });
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Centre of the first client rect of the first range whose text matches, for hovering it, and that rect (the line). */
export async function rangePoint(
  page: Page,
  category: Category | 'saved',
  text: RegExp,
): Promise<{ x: number; y: number; line: Box }> {
  const point = (await page.evaluate(
    ({ name, source, flags }) => {
      const pattern = new RegExp(source, flags);
      for (const range of CSS.highlights.get(name) ?? []) {
        if (!(range instanceof Range) || !pattern.test(range.toString())) continue;
        range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        const rect = range.getClientRects()[0];
        if (rect)
          return {
            x: rect.left + rect.width / 2,
            y: rect.top + rect.height / 2,
            line: { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom },
          };
      }
      return null;
    },
    { name: `sourcelight-${category}`, source: text.source, flags: text.flags },
  )) as { x: number; y: number; line: Box } | null;
  if (!point) throw new Error(`no ${category} highlight matches ${text}`);
  return point;
}
