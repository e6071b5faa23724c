import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { htmlToArticle, MAX_HTML_DEPTH, nestingDepth, textBlocks } from './html-to-article';
import { UnreadableFileError } from './read-file';

const fixture = (name: string): string =>
  readFileSync(fileURLToPath(new URL(`../../test/fixtures/${name}`, import.meta.url)), 'utf8');
const ARTICLES = fileURLToPath(new URL('../../../shared/corpus/articles', import.meta.url));

const story = (
  paragraphs: string,
): string => `<!doctype html><html><head><title>Coast road bridge closed after storm washes away a support | Harbour News</title></head><body>
<nav><ul><li><a href="/">Harbour News home</a></li><li><a href="/local">Local stories</a></li></ul></nav>
<article><h1>Coast road bridge closed after storm washes away a support</h1>${paragraphs}</article>
<footer><p>Harbour News, 12 Quay Street. Letters to the editor welcome.</p></footer></body></html>`;

const PARAGRAPHS = `
<p>The coast road bridge was closed on Sunday after the storm washed away part of its eastern support, the county engineer said.</p>
<p>Engineers will inspect the remaining piers this week. Drivers are asked to use the inland route through Marrow, which adds about forty minutes.</p>
<p>“We will not reopen it until every pier has been checked,” said Ruth Ellery, the county engineer.</p>`;

describe('nestingDepth', () => {
  it.each([
    ['<div><div><span>a</span></div></div>', 3],
    ['<p>one<p>two<p>three', 0], // a new <p> closes the last
    ['<div><span>unclosed</div><div><span>again</div>', 2], // an end tag closes what is open above its element
    ['<div></span></span><div></div></div>', 2], // end tags with nothing open are ignored
    ['<script>"<div><div><div>"</script><div></div>', 1],
    ['<!-- <div><div> --><br/><img src="x"><div/>', 0],
  ])('reads %j as %i deep', (html, depth) => {
    expect(nestingDepth(html)).toBe(depth);
  });
});

describe('htmlToArticle', () => {
  it('refuses a page nested past MAX_HTML_DEPTH before parsing it', () => {
    const page = `<html><body>${'<div>'.repeat(MAX_HTML_DEPTH + 1)}<p>Two were hurt.</p>${'</div>'.repeat(MAX_HTML_DEPTH + 1)}</body></html>`;
    expect(() => htmlToArticle(page)).toThrow(
      new UnreadableFileError(
        `the page nests elements ${MAX_HTML_DEPTH + 1} deep; the command line reads pages nested up to ${MAX_HTML_DEPTH} deep`,
      ),
    );
  });

  it('reads a page nested as deep as the limit', () => {
    const page = `<html><body>${'<div>'.repeat(MAX_HTML_DEPTH - 2)}${PARAGRAPHS}${'</div>'.repeat(MAX_HTML_DEPTH - 2)}</body></html>`;
    expect(htmlToArticle(page).text).toContain('said Ruth Ellery');
  });

  // the hidden element holds the page's longest text: Readability would pick it, were it not removed first
  const LONG = 'Filler words for a long paragraph, with commas, and more words. '.repeat(15);
  it.each([
    [
      'a <template>',
      `<template><div><p>At least 90 people were killed, the hidden copy said. ${LONG}</p><p>${LONG}</p></div></template>`,
    ],
    [
      'a <noscript>',
      `<noscript><div><p>At least 80 people were killed, the hidden copy said. ${LONG}</p><p>${LONG}</p></div></noscript>`,
    ],
    [
      'a frame with srcdoc and fallback text',
      `<iframe srcdoc="<p>At least 70 people were killed, the hidden copy said.</p>">At least 60 people were killed. ${LONG}</iframe>`,
    ],
  ])('takes no article text from %s', (_, hidden) => {
    const { text } = htmlToArticle(
      `<html><head><title>Short note</title></head><body><div><p>The bridge reopened on Monday.</p></div>${hidden}</body></html>`,
    );
    expect(text).toContain('The bridge reopened on Monday.');
    expect(text).not.toMatch(/people were killed|Filler/);
  });

  it('finds the body, keeps the headline once, and leaves navigation and footer out', () => {
    const { title, text, bodyLength } = htmlToArticle(story(PARAGRAPHS));
    expect(title).toBe('Coast road bridge closed after storm washes away a support');
    expect(text.split('\n\n')).toEqual([
      'Coast road bridge closed after storm washes away a support',
      'The coast road bridge was closed on Sunday after the storm washed away part of its eastern support, the county engineer said.',
      'Engineers will inspect the remaining piers this week. Drivers are asked to use the inland route through Marrow, which adds about forty minutes.',
      '“We will not reopen it until every pier has been checked,” said Ruth Ellery, the county engineer.',
    ]);
    expect(bodyLength).toBe(text.length - `${title}\n\n`.length);
  });

  it('gives the bundled example page exactly the text of the bundled .txt', () => {
    expect(htmlToArticle(fixture('example-article.html')).text).toBe(fixture('example-article.txt').trimEnd());
  });

  it('reports no body for a page without article text', () => {
    expect(
      htmlToArticle('<html><head><title>Empty</title></head><body><nav><a href="/">Home</a></nav></body></html>'),
    ).toEqual({
      title: null,
      text: '',
      bodyLength: 0,
      published: null,
    });
  });

  // every saved page of the corpus through Readability: seconds, more on a loaded machine (it hit the 5 s default)
  it.skipIf(!existsSync(ARTICLES))(
    'finds a body without the navigation or footer on every saved page of the corpus (needs ../shared)',
    { timeout: 60_000 },
    () => {
      for (const name of readdirSync(ARTICLES).filter((file) => file.endsWith('.html'))) {
        const html = readFileSync(join(ARTICLES, name), 'utf8');
        const { text, bodyLength } = htmlToArticle(html);
        expect(bodyLength, name).toBeGreaterThan(1000);
        const { document } = parseHTML(html);
        for (const chrome of document.querySelectorAll('nav, footer')) {
          const chromeText = (chrome.textContent ?? '').replace(/\s+/g, ' ').trim();
          if (chromeText.length > 40)
            expect(text.replace(/\s+/g, ' '), `${name}: ${chromeText.slice(0, 60)}`).not.toContain(chromeText);
        }
      }
    },
  );

  it.skipIf(!existsSync(ARTICLES))(
    'reads the seed page as the reading text the figures gold was made on (needs ../shared)',
    () => {
      const page = htmlToArticle(readFileSync(join(ARTICLES, 'seed-aleppo-mosque.html'), 'utf8'));
      const reading = readFileSync(join(ARTICLES, 'seed-aleppo-mosque.txt'), 'utf8');
      // the .txt goes on with the source site's trailer, which the page keeps in its footer
      expect(reading.startsWith(page.text)).toBe(true);
    },
  );
});

describe('textBlocks', () => {
  const blocksOf = (html: string): string[] =>
    textBlocks(parseHTML(`<html><body>${html}</body></html>`).document.body as unknown as Node);

  it('puts each block on its own, collapses spaces, keeps no-break spaces', () => {
    expect(
      blocksOf(
        '<div>Two  <b>ferries</b>\n collided.<p>Nine\u00a0were hurt.</p>After</div><ul><li>One</li><li>Two</li></ul>',
      ),
    ).toEqual(['Two ferries collided.', 'Nine\u00a0were hurt.', 'After', 'One', 'Two']);
  });

  it('breaks lines at <br> and in <pre>, and skips scripts and styles', () => {
    expect(
      blocksOf('<p>Line one<br>line two</p><pre>a  b\nc</pre><script>var x = 1;</script><style>p{}</style>'),
    ).toEqual(['Line one\nline two', 'a b\nc']);
  });

  it('walks a page nested far deeper than the call stack', () => {
    const depth = 20_000;
    expect(blocksOf(`${'<span>'.repeat(depth)}deep${'</span>'.repeat(depth)}`)).toEqual(['deep']);
  });
});
