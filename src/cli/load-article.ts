// One FILE argument → the title and text the core reads: a text file as written, a page through Readability.
import type * as HtmlToArticle from './html-to-article';
import { bylineDate } from '../core/events/page-date';
import { readArticleFile, UnreadableFileError } from './read-file';

/**
 * One compromise parse runs at about 120 kB of text a second and takes some 350 bytes of memory per character
 * (measured here: 1.6 MB of text, 13 s, 590 MB). The longest news articles are a few tens of kB; past half a
 * million characters the input is a book or a data dump, and it would take several seconds and gigabytes.
 */
export const MAX_TEXT_CHARS = 500_000;

/** Readability returns what it found even on a page with no article; below this it is likely only chrome. */
const SHORT_ARTICLE_CHARS = 200;

export interface LoadedArticle {
  title: string | null;
  text: string;
  /** The page's own date (metadata or byline), ISO 8601; null when it gives none. */
  published: string | null;
  /** Things a person should know that do not stop the extraction, one line each. */
  warnings: string[];
}

let htmlModule: Promise<typeof HtmlToArticle> | undefined;
/** The DOM and Readability load only when a page is given: text-only runs start faster without them. */
const loadHtmlModule = (): Promise<typeof HtmlToArticle> => (htmlModule ??= import('./html-to-article'));

export async function loadArticle(path: string): Promise<LoadedArticle> {
  const file = readArticleFile(path);
  const warnings = [...file.warnings];
  let title: string | null = null;
  let text = file.content;
  let published: string | null = null;
  if (file.kind === 'html') {
    const { htmlToArticle } = await loadHtmlModule();
    const article = htmlToArticle(file.content);
    title = article.title;
    text = article.text;
    published = article.published;
    if (article.bodyLength === 0) throw new UnreadableFileError('no article text found in the page');
    if (article.bodyLength < SHORT_ARTICLE_CHARS) {
      warnings.push(`only ${article.bodyLength} characters of article text found; the page may not be an article`);
    }
  }
  if (text.length > MAX_TEXT_CHARS) {
    throw new UnreadableFileError(
      `the article text is ${text.length.toLocaleString('en')} characters, more than the ${MAX_TEXT_CHARS.toLocaleString('en')} limit`,
    );
  }
  return { title, text, published: published ?? (file.kind === 'text' ? bylineDate(text) : null), warnings };
}
