// The live page as article text: find the container that holds the article, then walk its text nodes into
// one string plus a map from string offsets back to (text node, offset). The walk is sliced so a huge page
// never blocks the main thread for a long task.

/** Subtrees whose text is never article prose. */
const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'NAV',
  'ASIDE',
  'FOOTER',
  'HEADER',
  'FORM',
  'BUTTON',
  'SELECT',
  'TEXTAREA',
  'SVG',
  'MATH',
  'IFRAME',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'FIGCAPTION',
  'SOURCELIGHT-CARD',
]);
const SKIPPED_ROLES = new Set(['navigation', 'complementary', 'contentinfo', 'banner', 'menu', 'dialog']);
/** Elements that end a line of text: their text becomes its own paragraph for the core. */
const BLOCK_TAGS = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'UL',
  'OL',
  'BLOCKQUOTE',
  'PRE',
  'TABLE',
  'TR',
  'TD',
  'TH',
  'DD',
  'DT',
  'DL',
  'FIGURE',
  'BR',
  'HR',
  'ADDRESS',
]);

export function isSkipped(element: Element): boolean {
  if (SKIPPED_TAGS.has(element.tagName.toUpperCase())) return true;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const role = element.getAttribute('role');
  return role !== null && SKIPPED_ROLES.has(role);
}

/**
 * The element most likely to hold the article: the one whose own paragraphs carry the most text, with a
 * parent getting a share of its children's paragraphs (articles split prose over several wrappers).
 * Link-heavy paragraphs (menus, related-story lists) count little.
 */
export function findArticleRoot(doc: Document): Element {
  const body = doc.body ?? doc.documentElement;
  const scores = new Map<Element, number>();
  for (const paragraph of Array.from(doc.querySelectorAll('p, pre, blockquote, li'))) {
    if (paragraph.closest('nav, aside, footer, header, form, [role=navigation], [role=complementary], [hidden]'))
      continue;
    const text = paragraph.textContent ?? '';
    if (text.trim().length < 25) continue;
    let linkText = 0;
    for (const link of Array.from(paragraph.querySelectorAll('a'))) linkText += (link.textContent ?? '').length;
    const score = (text.length - linkText) * (paragraph.tagName === 'LI' ? 0.3 : 1);
    const parent = paragraph.parentElement;
    if (!parent) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + score);
    const grandparent = parent.parentElement;
    if (grandparent) scores.set(grandparent, (scores.get(grandparent) ?? 0) + score / 2);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [element, score] of scores) {
    if (score > bestScore) {
      best = element;
      bestScore = score;
    }
  }
  if (!best) return doc.querySelector('article, main, [role=main]') ?? body;
  // An <article> around the winner keeps the headline and standfirst with the body.
  const article = best.closest('article, [role=article], main');
  return article && article !== body ? article : best;
}

export interface TextSegment {
  node: Text;
  /** Offset of the node's first character in the article text. */
  start: number;
}

export interface ArticleText {
  text: string;
  /** Text nodes in document order, with where each starts in `text`. */
  segments: TextSegment[];
}

/** Gives control back to the event loop, so input and painting happen between slices of our work. */
export const yieldToPage = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** How long one slice of main-thread work may run before yielding (well under the 50 ms long task). */
export const SLICE_MS = 8;

function nearestBlock(node: Node, root: Element): Element {
  let element = node.parentElement;
  while (element && element !== root && !BLOCK_TAGS.has(element.tagName.toUpperCase())) element = element.parentElement;
  return element ?? root;
}

/**
 * Walks the visible text under `root`. Line breaks and tabs inside a text node become spaces one for one
 * (the core reads a newline as a paragraph end, and one-for-one keeps offsets exact); a newline goes
 * between text nodes of different blocks.
 */
export async function readArticleText(
  root: Element,
  now: () => number = () => performance.now(),
): Promise<ArticleText> {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => {
      if (node.nodeType !== Node.ELEMENT_NODE) return NodeFilter.FILTER_ACCEPT;
      return isSkipped(node as Element) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP;
    },
  });
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  let previousBlock: Element | null = null;
  let sliceStart = now();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    const data = text.data;
    if (data.trim() === '') continue;
    const block = nearestBlock(text, root);
    if (previousBlock !== null && block !== previousBlock) {
      parts.push('\n');
      length += 1;
    }
    previousBlock = block;
    segments.push({ node: text, start: length });
    parts.push(data.replace(/[\n\r\t\f\v]/g, ' '));
    length += data.length;
    if (now() - sliceStart > SLICE_MS) {
      await yieldToPage();
      sliceStart = now();
    }
  }
  return { text: parts.join(''), segments };
}

/** The text node and offset in it where article offset `offset` falls (a segment end counts as inside). */
export function locate(article: ArticleText, offset: number): { node: Text; offset: number } | null {
  const { segments } = article;
  let low = 0;
  let high = segments.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const segment = segments[middle]!;
    if (offset < segment.start) high = middle - 1;
    else if (offset > segment.start + segment.node.data.length) low = middle + 1;
    else return { node: segment.node, offset: offset - segment.start };
  }
  return null;
}

/** A DOM range over article text [start, end), or null when the span falls outside the mapped text. */
export function rangeFor(article: ArticleText, start: number, end: number): Range | null {
  if (end <= start) return null;
  const from = locate(article, start);
  const to = locate(article, end);
  if (!from || !to) return null;
  const range = from.node.ownerDocument.createRange();
  range.setStart(from.node, Math.min(from.offset, from.node.data.length));
  range.setEnd(to.node, Math.min(to.offset, to.node.data.length));
  return range;
}
