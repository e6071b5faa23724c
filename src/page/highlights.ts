// Painting findings: one CSS Custom Highlight per category (no change to the page's DOM), or, where the
// API is missing, <sourcelight-mark> elements wrapped around the text.
import type { Category, PaintedFinding } from '../shared/messages';
import { CATEGORIES } from '../shared/messages';
import { rangeFor, SLICE_MS, yieldToPage, type ArticleText } from './article-text';

export const highlightName = (category: Category): string => `sourcelight-${category}`;
export const PULSE_HIGHLIGHT = 'sourcelight-pulse';
export const MARK_TAG = 'sourcelight-mark';

export interface PaintedRange {
  finding: PaintedFinding;
  range: Range;
}

export interface Painting {
  ranges: PaintedRange[];
  /** True for the fallback: marks split text nodes, so the page must be read again only after clear(). */
  changesDom: boolean;
  clear(): void;
}

const STYLE =
  CATEGORIES.map((category) => {
    const colours: Record<Category, string> = {
      source: 'background-color: rgba(80, 140, 255, 0.28);',
      figure: 'background-color: rgba(60, 190, 120, 0.32);',
      flagged: 'background-color: rgba(255, 120, 40, 0.42); text-decoration: underline wavy rgb(210, 60, 0);',
      quote: 'background-color: rgba(190, 120, 255, 0.22);',
      saved: 'background-color: rgba(255, 200, 0, 0.30); text-decoration: underline 2px rgb(200, 140, 0);',
    };
    return `::highlight(${highlightName(category)}) { ${colours[category]} }\n${MARK_TAG}[data-category="${category}"] { ${colours[category]} }`;
  }).join('\n') + `\n::highlight(${PULSE_HIGHLIGHT}) { background-color: rgba(255, 220, 0, 0.85); }`;

let styleSheet: CSSStyleSheet | null = null;
let styleElement: HTMLStyleElement | null = null;

/**
 * Adds our colours as an adopted style sheet: it styles highlights without adding a node to the page. A Firefox
 * content script may not touch the page's adopted sheets at all (Firefox 140 ESR: "Accessing from Xray wrapper is
 * not supported"); there the colours go in a style element of our own instead.
 */
function adoptStyle(doc: Document): void {
  try {
    if (styleSheet && doc.adoptedStyleSheets.includes(styleSheet)) return;
    styleSheet ??= new CSSStyleSheet();
    styleSheet.replaceSync(STYLE);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, styleSheet];
  } catch {
    if (styleElement?.isConnected) return;
    styleElement = doc.createElement('style');
    styleElement.dataset.sourcelight = 'highlights';
    styleElement.textContent = STYLE;
    (doc.head ?? doc.documentElement).append(styleElement);
  }
}

function dropStyle(doc: Document): void {
  styleElement?.remove();
  styleElement = null;
  try {
    if (styleSheet) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((sheet) => sheet !== styleSheet);
  } catch {
    // the sheets were never adopted where they cannot be read
  }
}

export const supportsHighlights = (): boolean =>
  typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';

/** Paints `findings` over `article`, in slices, replacing nothing: call the previous painting's clear() first. */
export async function paint(
  article: ArticleText,
  findings: readonly PaintedFinding[],
  now: () => number = () => performance.now(),
): Promise<Painting> {
  const doc = article.segments[0]?.node.ownerDocument ?? document;
  adoptStyle(doc);
  const ranges: PaintedRange[] = [];
  let sliceStart = now();
  for (const finding of findings) {
    const range = rangeFor(article, finding.start, finding.end);
    if (range) ranges.push({ finding, range });
    if (now() - sliceStart > SLICE_MS) {
      await yieldToPage();
      sliceStart = now();
    }
  }
  return supportsHighlights() ? paintHighlights(doc, ranges) : paintMarks(doc, ranges);
}

function paintHighlights(doc: Document, ranges: PaintedRange[]): Painting {
  for (const category of CATEGORIES) {
    const highlight = new Highlight(
      ...ranges.filter((painted) => painted.finding.category === category).map((painted) => painted.range),
    );
    CSS.highlights.set(highlightName(category), highlight);
  }
  return {
    ranges,
    changesDom: false,
    clear() {
      for (const category of CATEGORIES) CSS.highlights.delete(highlightName(category));
      CSS.highlights.delete(PULSE_HIGHLIGHT);
      dropStyle(doc);
    },
  };
}

/**
 * The fallback: wraps each finding's text, node by node, in a mark element. Overlapping findings cannot
 * both be wrapped, so a finding overlapping an earlier one is left out here (highlights paint both).
 */
function paintMarks(doc: Document, ranges: PaintedRange[]): Painting {
  const marks: Element[] = [];
  const painted: PaintedRange[] = [];
  let paintedUpTo = -1;
  const ordered = [...ranges].sort((a, b) => a.finding.start - b.finding.start);
  // Wrapping splits text nodes, so later ranges would move: wrap from the end of the text backwards.
  const kept = ordered.filter((entry) => {
    if (entry.finding.start < paintedUpTo) return false;
    paintedUpTo = entry.finding.end;
    return true;
  });
  for (const entry of kept.reverse()) {
    const elements = wrapRange(doc, entry.range, entry.finding.category);
    marks.push(...elements);
    const first = elements[0];
    const last = elements.at(-1);
    if (first && last) {
      const range = doc.createRange();
      range.setStartBefore(first);
      range.setEndAfter(last);
      painted.push({ finding: entry.finding, range });
    }
  }
  return {
    ranges: painted.reverse(),
    changesDom: true,
    clear() {
      for (const mark of marks) {
        const parent = mark.parentNode;
        if (!parent) continue;
        while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
        parent.removeChild(mark);
        parent.normalize();
      }
      dropStyle(doc);
    },
  };
}

function wrapRange(doc: Document, range: Range, category: Category): Element[] {
  const texts: Text[] = [];
  const walker = doc.createTreeWalker(range.commonAncestorContainer, NodeFilter.SHOW_TEXT);
  for (
    let node = walker.currentNode.nodeType === Node.TEXT_NODE ? walker.currentNode : walker.nextNode();
    node;
    node = walker.nextNode()
  ) {
    if (range.intersectsNode(node)) texts.push(node as Text);
  }
  const { startContainer, startOffset, endContainer, endOffset } = range;
  return texts.flatMap((text) => {
    const from = text === startContainer ? startOffset : 0;
    const to = text === endContainer ? endOffset : text.data.length;
    if (to <= from) return [];
    const middle = from > 0 ? text.splitText(from) : text;
    if (to - from < middle.data.length) middle.splitText(to - from);
    const mark = doc.createElement(MARK_TAG);
    mark.setAttribute('data-category', category);
    middle.parentNode?.insertBefore(mark, middle);
    mark.appendChild(middle);
    return [mark];
  });
}

/** Flashes one range so the reader sees where the popup took them. */
export function pulse(range: Range, durationMs = 1600): void {
  if (!supportsHighlights()) return;
  CSS.highlights.set(PULSE_HIGHLIGHT, new Highlight(range));
  setTimeout(() => CSS.highlights.delete(PULSE_HIGHLIGHT), durationMs);
}
