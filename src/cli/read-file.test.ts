import { describe, expect, it } from 'vitest';
import { kindOf, looksLikeHtml, readArticleFile, UnreadableFileError } from './read-file';
import { useTempFiles } from './temp-files.test-helper';

const files = useTempFiles('read');
const { write } = files;

describe('readArticleFile', () => {
  it('keeps a text file exactly, byte order mark and line endings included', () => {
    const content = '\uFEFFFerry sinks off the cape\r\n\r\nNine passengers are missing. 😀\n';
    expect(readArticleFile(write('bom.txt', content))).toEqual({ kind: 'text', content, warnings: [] });
  });

  it('decodes UTF-16 text that starts with a byte order mark', () => {
    const content = '\uFEFFEleven crew were rescued.';
    expect(readArticleFile(write('utf16.txt', Buffer.from(content, 'utf16le'))).content).toBe(content);
  });

  it('refuses a text file that is not UTF-8, and says how to convert it', () => {
    expect(() => readArticleFile(write('latin1.txt', Buffer.from('Caf\xe9 owners said', 'latin1')))).toThrow(
      /not UTF-8 text; convert it/,
    );
  });

  it('decodes a page in the charset it declares', () => {
    const page = '<html><head><meta charset="windows-1252"></head><body><p>Caf\xe9 owners said</p></body></html>';
    expect(readArticleFile(write('cp1252.html', Buffer.from(page, 'latin1'))).content).toContain('Café owners said');
  });

  it('reads a page with bad UTF-8 as a browser would, and warns', () => {
    const page = Buffer.concat([
      Buffer.from('<html><body><p>Bad byte '),
      Buffer.from([0xff]),
      Buffer.from('</p></body></html>'),
    ]);
    const file = readArticleFile(write('bad.html', page));
    expect(file.content).toContain('Bad byte \uFFFD');
    expect(file.warnings).toEqual(['the page is not valid utf-8; bad bytes were replaced with U+FFFD']);
  });

  it('refuses what cannot be an article with a one-line reason', () => {
    const cases: [string, string | Buffer, RegExp][] = [
      ['empty.txt', '', /the file is empty/],
      ['blank.txt', ' \n\t\n', /only whitespace/],
      ['binary.txt', Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x41]), /binary file/],
      ['plain.html', 'Just a note about the crash.', /not HTML/],
    ];
    for (const [name, content, message] of cases) {
      const read = (): unknown => readArticleFile(write(name, content));
      expect(read, name).toThrow(UnreadableFileError);
      expect(read, name).toThrow(message);
    }
    expect(() => readArticleFile(files.path('nowhere.txt'))).toThrow(/^no such file$/);
    expect(() => readArticleFile(files.dir)).toThrow(/directory/);
  });
});

describe('kindOf and looksLikeHtml', () => {
  it('goes by the extension, whatever the case', () => {
    expect(['a.html', 'b.HTM', 'c.xhtml'].map(kindOf)).toEqual(['html', 'html', 'html']);
    expect(['a.txt', 'b.md', 'README'].map(kindOf)).toEqual(['text', 'text', 'text']);
  });

  it('wants an element a page is made of, not just an angle bracket', () => {
    expect(looksLikeHtml('<!DOCTYPE html><title>x</title>')).toBe(true);
    expect(looksLikeHtml('<div class="story">')).toBe(true);
    expect(looksLikeHtml('Casualties < 10 and > 5, said <the ministry>')).toBe(false);
  });
});
