// A saved web page → the article's title and reading text: Mozilla Readability on a linkedom DOM, then plain
// text with a blank line between blocks, so the core sees the article's paragraphs and quotes.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { bylineDate, metadataDate, type DateDocument } from '../core/events/page-date';
import { UnreadableFileError } from './read-file';

export interface PageArticle {
  title: string | null;
  /** The headline, then the body's blocks, separated by "\n\n". */
  text: string;
  /** Characters of article body in text, a headline added from the title left out: 0 when the page has no article. */
  bodyLength: number;
  /** The page's own date: its metadata's, else its byline's (ISO 8601); null when it gives none. */
  published: string | null;
}

/**
 * The deepest element nesting the command line reads (README, "The command line"). Readability recurses and
 * its work grows faster than the square of the depth (measured: 400 deep 1.3 s, 800 deep 7 s, 1,600 deep 98 s;
 * 3,000 spans in one paragraph overflow the stack), and linkedom's own parse slows past some 50,000 levels.
 * Articles nest a few dozen elements deep; a page past this is refused in one line, before any parse.
 */
export const MAX_HTML_DEPTH = 400;

/** Elements with no end tag, and those whose end tag may be left out (a new <p> or <li> closes the last). */
const VOID_OR_IMPLIED_END = new Set(
  'area base br col embed hr img input link meta param source track wbr p li dt dd option optgroup tr td th thead tbody tfoot colgroup caption rb rt rp html head body'.split(
    ' ',
  ),
);
/** Elements whose content is text, not markup: a "<div>" inside a script is no element. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);
const TAG = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][^\s/>]*)[^>]*>/g;

/**
 * How deep the page's elements nest, read off the markup in one pass with a stack of open tags (an end tag
 * closes what is open above its element, as a parser does). Elements that close themselves are not counted,
 * so this never says deeper than the parsed page is.
 */
export function nestingDepth(html: string): number {
  const open: string[] = [];
  const openCount = new Map<string, number>();
  let deepest = 0;
  const lower = html.toLowerCase();
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    const name = m[2]?.toLowerCase();
    if (!name || VOID_OR_IMPLIED_END.has(name) || m[0].endsWith('/>')) continue;
    if (m[1]) {
      if (!openCount.get(name)) continue; // an end tag with nothing open to close
      let closed: string | undefined;
      do {
        closed = open.pop()!;
        openCount.set(closed, openCount.get(closed)! - 1);
      } while (closed !== name);
      continue;
    }
    if (RAW_TEXT.has(name)) {
      const end = lower.indexOf(`</${name}`, TAG.lastIndex);
      TAG.lastIndex = end < 0 ? html.length : end;
      continue;
    }
    open.push(name);
    openCount.set(name, (openCount.get(name) ?? 0) + 1);
    deepest = Math.max(deepest, open.length);
  }
  return deepest;
}

export function htmlToArticle(html: string): PageArticle {
  const depth = nestingDepth(html);
  if (depth > MAX_HTML_DEPTH) {
    throw new UnreadableFileError(
      `the page nests elements ${depth.toLocaleString('en')} deep; the command line reads pages nested up to ${MAX_HTML_DEPTH} deep`,
    );
  }
  // Readability rewrites the document it reads. This one is parsed for it alone and read only through its
  // result, so no copy is needed; the serializer hands back the cleaned element instead of an HTML string
  // that would have to be parsed a second time.
  const { document } = parseHTML(html);
  // read before Readability rewrites the document; the byline Readability finds is read after
  const metadataPublished = metadataDate(document as unknown as DateDocument);
  for (const hidden of document.querySelectorAll(`${PAGE_CHROME}, ${NEVER_ARTICLE_TEXT}`)) hidden.remove();
  const article = new Readability<Node>(document as unknown as Document, { serializer: (node) => node }).parse();
  const title = collapseSpaces(article?.title ?? '') || null;
  const blocks = article?.content ? textBlocks(article.content) : [];
  const bodyLength = blocks.join('\n\n').length;
  // Headlines hold figures too ("3 killed in ..."); Readability drops the <h1> that repeats the title.
  if (title && !(blocks[0] !== undefined && sameHeadline(blocks[0], title))) blocks.unshift(title);
  const text = blocks.join('\n\n');
  const published = metadataPublished ?? bylineDate(article?.byline ?? '') ?? bylineDate(text);
  return { title, text, bodyLength, published };
}

/**
 * Site navigation and footers are never article text, yet Readability keeps them when they sit inside the
 * container it picks (a menu of section links above the story, seen on news sites).
 */
const PAGE_CHROME = 'nav, footer, [role="navigation"], [role="contentinfo"], [role="search"]';
/**
 * What a reader never sees as the article: a <template> is never rendered, <noscript> only with scripts off,
 * and a frame's text (its srcdoc, or fallback content) is another document. Removed before Readability picks
 * the body, so none of them can supply its text.
 */
const NEVER_ARTICLE_TEXT = 'template, noscript, iframe, frame, frameset, object, embed';

const BLOCK_ELEMENTS = new Set(
  (
    'ADDRESS ARTICLE ASIDE BLOCKQUOTE CAPTION CENTER DD DETAILS DIALOG DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER ' +
    'FORM H1 H2 H3 H4 H5 H6 HEADER HGROUP HR LEGEND LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TBODY TFOOT THEAD TR UL'
  ).split(' '),
);
const SKIPPED_ELEMENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'BUTTON', 'SELECT']);
const TABLE_CELLS = new Set(['TD', 'TH']);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * The text of each block element, in document order, spaces collapsed as a browser renders them. A <br> or a
 * line in <pre> starts a new line within its block. The walk keeps its own stack: a hostile page nested
 * thousands of elements deep must not overflow the call stack.
 */
export function textBlocks(root: Node): string[] {
  const blocks: string[] = [];
  let block = '';
  const endBlock = (): void => {
    const lines = block.split('\n').map(collapseSpaces).filter(Boolean);
    if (lines.length > 0) blocks.push(lines.join('\n'));
    block = '';
  };
  let preDepth = 0;
  const pending: { node: Node; leaving: boolean }[] = [{ node: root, leaving: false }];
  while (pending.length > 0) {
    const { node, leaving } = pending.pop()!;
    if (node.nodeType === TEXT_NODE) {
      const data = node.nodeValue ?? '';
      block += preDepth > 0 ? data : data.replace(HTML_SPACES, ' ');
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const tag = (node as Element).tagName.toUpperCase();
    if (leaving) {
      if (tag === 'PRE') preDepth--;
      if (BLOCK_ELEMENTS.has(tag)) endBlock();
      continue;
    }
    if (SKIPPED_ELEMENTS.has(tag)) continue;
    if (tag === 'BR') {
      block += '\n';
      continue;
    }
    if (BLOCK_ELEMENTS.has(tag)) endBlock();
    if (TABLE_CELLS.has(tag)) block += ' ';
    if (tag === 'PRE') preDepth++;
    pending.push({ node, leaving: true });
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) pending.push({ node: children[i]!, leaving: false });
  }
  endBlock();
  return blocks;
}

/** HTML collapses ASCII whitespace only: a no-break space stays, as it does in the page's rendered text. */
const HTML_SPACES = /[ \t\n\r\f]+/g;
const collapseSpaces = (text: string): string => text.replace(HTML_SPACES, ' ').replace(/^ | $/g, '');

const headlineKey = (text: string): string =>
  collapseSpaces(text)
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"');

/** Readability's title may be the <h1> or the <title> without the site name: either may hold the other. */
function sameHeadline(block: string, title: string): boolean {
  const a = headlineKey(block);
  const b = headlineKey(title);
  return a.startsWith(b) || b.startsWith(a);
}
