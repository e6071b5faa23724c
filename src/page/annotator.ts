// One annotation of the page: read the article, ask the background for findings, paint them, show the
// card on hover, and keep up with single-page sites that swap the article text.
import { publishedDate } from '../core/events/page-date';
import type { AnnotationResult } from '../shared/messages';
import { findArticleRoot, readArticleText, type ArticleText } from './article-text';
import { createCard, type CardActions, type CardHandle } from './card';
import { paint, pulse, type Painting, type PaintedRange } from './highlights';

export type Extractor = (article: {
  url: string;
  title: string;
  text: string;
  published: string | null;
}) => Promise<AnnotationResult>;

/** How long the article text must stay still before we re-read it. */
export const REANNOTATE_DELAY_MS = 700;

export class Annotator {
  private article: ArticleText | null = null;
  private result: AnnotationResult | null = null;
  private painting: Painting | null = null;
  private card: CardHandle | null = null;
  private observer: MutationObserver | null = null;
  private debounce: ReturnType<typeof setTimeout> | undefined;
  private pointerFrame = 0;
  /** The finding the keyboard commands last moved to, as an index into the painted ranges. */
  private stepped = -1;
  /** Bumped by every run and clear, so a slow run that was overtaken paints nothing. */
  private generation = 0;

  constructor(
    private readonly doc: Document,
    private readonly extractor: Extractor,
    private readonly cardActions: CardActions,
  ) {}

  get annotated(): boolean {
    return this.painting !== null;
  }

  async annotate(): Promise<void> {
    const generation = ++this.generation;
    // Our own painting must not count as the page changing; observing resumes once we are done.
    this.observer?.disconnect();
    try {
      await this.run(generation);
    } finally {
      if (generation === this.generation && this.painting) this.observe();
    }
  }

  private async run(generation: number): Promise<void> {
    // Fallback marks split the page's text nodes: remove them before reading, or the map points at nodes
    // that clear() later merges away.
    if (this.painting?.changesDom) this.unpaint();
    const root = findArticleRoot(this.doc);
    const article = await readArticleText(root);
    if (generation !== this.generation) return;
    if (this.painting && article.text === this.article?.text) return;
    const result =
      this.result && article.text === this.article?.text
        ? this.result
        : await this.extractor({
            url: this.doc.location.href,
            title: this.doc.title,
            text: article.text,
            published: publishedDate(this.doc, article.text),
          });
    if (generation !== this.generation) return;
    this.unpaint();
    this.article = article;
    this.result = result;
    const painting = await paint(article, result.findings);
    if (generation !== this.generation) {
      painting.clear();
      return;
    }
    this.painting = painting;
    this.card ??= createCard(this.doc, this.cardActions);
    this.stepped = -1;
    this.doc.addEventListener('mousemove', this.onPointer, { passive: true });
    this.doc.addEventListener('scroll', this.onScroll, { passive: true, capture: true });
  }

  clear(): void {
    this.generation++;
    this.unpaint();
    this.observer?.disconnect();
    this.observer = null;
    clearTimeout(this.debounce);
    this.doc.removeEventListener('mousemove', this.onPointer);
    this.doc.removeEventListener('scroll', this.onScroll, true);
    this.card?.remove();
    this.card = null;
    this.article = null;
    this.result = null;
  }

  /** Scrolls to a finding, flashes it and opens its card. */
  reveal(findingId: string): boolean {
    const painted = this.painting?.ranges.find((entry) => entry.finding.id === findingId);
    return painted ? this.show(painted, { focus: false }) : false;
  }

  /** Moves to the next or previous finding in text order and focuses its card: highlights reached from the keyboard. */
  step(direction: 1 | -1): boolean {
    const ranges = this.painting?.ranges ?? [];
    if (ranges.length === 0) return false;
    this.stepped =
      this.stepped === -1 && direction === -1
        ? ranges.length - 1
        : (this.stepped + direction + ranges.length) % ranges.length;
    return this.show(ranges[this.stepped]!, { focus: true });
  }

  private show(painted: PaintedRange, options: { focus: boolean }): boolean {
    const box = painted.range.getBoundingClientRect();
    const view = this.doc.defaultView;
    view?.scrollBy({ top: box.top - view.innerHeight / 3, behavior: 'instant' });
    pulse(painted.range);
    this.card?.show(painted.finding, painted.range.getBoundingClientRect(), options);
    return true;
  }

  private unpaint(): void {
    this.painting?.clear();
    this.painting = null;
    this.card?.hide();
  }

  private observe(): void {
    this.observer ??= new MutationObserver(() => {
      clearTimeout(this.debounce);
      this.debounce = setTimeout(() => void this.annotate().catch(() => undefined), REANNOTATE_DELAY_MS);
    });
    this.observer.observe(this.doc.body ?? this.doc.documentElement, {
      childList: true,
      subtree: true,
      characterData: true,
    });
  }

  private readonly onScroll = (): void => this.card?.hide();

  private readonly onPointer = (event: MouseEvent): void => {
    if (this.pointerFrame) return;
    // the pointer on its way to the card's Save button keeps the card open
    if (this.card && event.target === this.card.host) return;
    const { clientX, clientY } = event;
    this.pointerFrame = requestAnimationFrame(() => {
      this.pointerFrame = 0;
      const hit = this.findingAt(clientX, clientY);
      if (hit) this.card?.show(hit.finding, boxUnder(hit.range, clientX, clientY));
      else this.card?.hide();
    });
  };

  private findingAt(x: number, y: number): PaintedRange | null {
    if (!this.painting || !this.article) return null;
    const caret = caretAt(this.doc, x, y);
    if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return null;
    const inside = (entry: PaintedRange) =>
      entry.range.isPointInRange(caret.node, caret.offset) && pointInRects(entry.range, x, y);
    // A figure inside a quote is the more specific finding: prefer the shortest range under the pointer.
    let best: PaintedRange | null = null;
    for (const entry of this.painting.ranges) {
      if (inside(entry) && (!best || entry.finding.end - entry.finding.start < best.finding.end - best.finding.start))
        best = entry;
    }
    return best;
  }
}

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const position = doc.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

function pointInRects(range: Range, x: number, y: number): boolean {
  return Array.from(range.getClientRects()).some(
    (rect) => x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom,
  );
}

function boxUnder(range: Range, x: number, y: number): DOMRect {
  return (
    Array.from(range.getClientRects()).find(
      (rect) => x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom,
    ) ?? range.getBoundingClientRect()
  );
}
