// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { findArticleRoot, locate, rangeFor, readArticleText } from './article-text';

const PAGE = `
<header><p>Site-wide banner with a long enough sentence to count as prose.</p></header>
<nav><ul><li><a href="/a">World news and many more links in a long menu</a></li></ul></nav>
<div id="wrapper">
  <article id="story">
    <h1>Storm reaches the coast</h1>
    <div class="body">
      <p>At least 14 people were killed when the storm reached the coast overnight, officials said.</p>
      <p>The regional governor,
        Lena Park, said <em>rescue teams</em> were still searching.</p>
      <script>var ignored = "7 people killed in a script";</script>
      <p hidden>Hidden paragraph: 99 people injured, should never be read.</p>
      <p style="x">Ferries stopped running for two days, leaving hundreds stranded on the islands.</p>
    </div>
  </article>
  <aside><p>Related: a sidebar story about 300 people missing somewhere else entirely.</p></aside>
</div>
<footer><p>Copyright notice long enough to look like a paragraph of prose, 5 killed.</p></footer>`;

beforeEach(() => {
  document.body.replaceChildren();
  const parsed = new DOMParser().parseFromString(PAGE, 'text/html');
  document.body.append(...Array.from(parsed.body.childNodes, (node) => document.importNode(node, true)));
});

describe('findArticleRoot', () => {
  it('picks the article, not the navigation, aside or footer', () => {
    expect(findArticleRoot(document).id).toBe('story');
  });

  it('falls back to the body on a page without prose', () => {
    document.body.replaceChildren(document.createTextNode('Just a word.'));
    expect(findArticleRoot(document)).toBe(document.body);
  });
});

describe('readArticleText', () => {
  it('reads visible prose, one line per block, and skips scripts and hidden elements', async () => {
    const article = await readArticleText(findArticleRoot(document));
    const lines = article.text.split('\n').map((line) => line.trim().replace(/ +/g, ' '));
    expect(lines).toEqual([
      'Storm reaches the coast',
      'At least 14 people were killed when the storm reached the coast overnight, officials said.',
      'The regional governor, Lena Park, said rescue teams were still searching.',
      'Ferries stopped running for two days, leaving hundreds stranded on the islands.',
    ]);
  });

  it('maps every offset back to the text node and offset it came from', async () => {
    const article = await readArticleText(findArticleRoot(document));
    const start = article.text.indexOf('Lena Park');
    const point = locate(article, start);
    expect(point?.node.data.slice(point.offset, point.offset + 9)).toBe('Lena Park');
    const range = rangeFor(article, article.text.indexOf('rescue'), article.text.indexOf('were still'));
    expect(range?.toString()).toBe('rescue teams ');
  });

  it('keeps offsets exact although line breaks inside a paragraph become spaces', async () => {
    const article = await readArticleText(findArticleRoot(document));
    for (const segment of article.segments) {
      expect(article.text.slice(segment.start, segment.start + segment.node.data.length)).toBe(
        segment.node.data.replace(/\s/g, ' '),
      );
    }
  });

  it('yields to the page between slices of a long walk', async () => {
    const root = document.createElement('div');
    for (let index = 0; index < 50; index++)
      root.append(Object.assign(document.createElement('p'), { textContent: `Paragraph ${index}.` }));
    let clock = 0;
    let yields = 0;
    const realSetTimeout = globalThis.setTimeout;
    globalThis.setTimeout = ((callback: () => void) => {
      yields++;
      return realSetTimeout(callback, 0);
    }) as typeof setTimeout;
    try {
      // Each node costs 3 ms of our fake clock: a slice (8 ms) holds three nodes.
      const article = await readArticleText(root, () => (clock += 3));
      expect(article.segments).toHaveLength(50);
    } finally {
      globalThis.setTimeout = realSetTimeout;
    }
    expect(yields).toBeGreaterThanOrEqual(15);
  });
});
