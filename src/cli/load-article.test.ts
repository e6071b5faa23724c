import { describe, expect, it } from 'vitest';
import { loadArticle, MAX_TEXT_CHARS } from './load-article';
import { useTempFiles } from './temp-files.test-helper';

const { write } = useTempFiles('load');

describe('loadArticle', () => {
  it('uses a text file as written, with no title', async () => {
    await expect(loadArticle(write('short.txt', 'Two hikers are missing.\n'))).resolves.toEqual({
      title: null,
      text: 'Two hikers are missing.\n',
      published: null,
      warnings: [],
    });
  });

  it('refuses text longer than the limit, however it came', async () => {
    await expect(loadArticle(write('long.txt', 'a'.repeat(MAX_TEXT_CHARS + 1)))).rejects.toThrow(
      /more than the 500,000 limit/,
    );
  });

  it('warns when a page yields only a little article text', async () => {
    const page =
      '<html><head><title>Storm update for the coast tonight</title></head><body><p>Two boats sank.</p></body></html>';
    const article = await loadArticle(write('stub.html', page));
    expect(article.text).toBe('Storm update for the coast tonight\n\nTwo boats sank.');
    expect(article.warnings).toEqual(['only 15 characters of article text found; the page may not be an article']);
  });

  it('refuses a page with no article text', async () => {
    await expect(
      loadArticle(write('bare.html', '<html><body><nav><a href="/">Home</a></nav></body></html>')),
    ).rejects.toThrow('no article text found in the page');
  });
});
