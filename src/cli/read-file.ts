// Reads one FILE argument into a string, refusing what cannot be an article with a message a person can act on.
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';

/** A file the command line cannot use: the message is printed as is, on one line, after the file's name. */
export class UnreadableFileError extends Error {
  override name = 'UnreadableFileError';
}

/**
 * Saved pages run to a few hundred kB (0.8 MB the largest in the evaluation corpus); pages that inline their
 * images as data: URLs reach a few MB. Past this the file is not a news page, and parsing it would take
 * seconds and hundreds of MB for nothing.
 */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export type FileKind = 'html' | 'text';

export interface ArticleFile {
  kind: FileKind;
  /** The decoded file; for text files exactly the file's characters, a byte order mark included. */
  content: string;
  warnings: string[];
}

const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);

/** The extension decides: the contract's inputs are .html pages and .txt articles, and a .txt is never sniffed. */
export const kindOf = (path: string): FileKind => (HTML_EXTENSIONS.has(extname(path).toLowerCase()) ? 'html' : 'text');

export function readArticleFile(path: string): ArticleFile {
  const bytes = readBytes(path);
  if (bytes.length === 0) throw new UnreadableFileError('the file is empty');
  const kind = kindOf(path);
  const { content, warnings } = kind === 'html' ? decodeHtml(bytes) : decodeText(bytes);
  if (content.trim() === '') throw new UnreadableFileError('the file holds only whitespace');
  if (kind === 'html' && !looksLikeHtml(content)) {
    throw new UnreadableFileError(
      'this is not HTML (no <html>, <body> or block element in it); name a plain-text article .txt',
    );
  }
  return { kind, content, warnings };
}

function readBytes(path: string): Buffer {
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new UnreadableFileError('this is a directory, not a file');
    if (!stat.isFile()) throw new UnreadableFileError('this is not a regular file');
    if (stat.size > MAX_FILE_BYTES) {
      throw new UnreadableFileError(
        `the file is ${megabytes(stat.size)}, more than the ${megabytes(MAX_FILE_BYTES)} limit for one article`,
      );
    }
    return readFileSync(path);
  } catch (error) {
    if (error instanceof UnreadableFileError) throw error;
    throw new UnreadableFileError(describeSystemError(error));
  }
}

const megabytes = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

function describeSystemError(error: unknown): string {
  const code = error instanceof Error && 'code' in error ? error.code : undefined;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOTDIR':
      return 'a part of the path is not a directory';
    default:
      return `cannot read it (${error instanceof Error ? error.message : String(error)})`;
  }
}

/** A byte order mark says how the file is encoded, whatever the page declares. */
function bomEncoding(bytes: Buffer): 'utf-8' | 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** Text in any 8-bit encoding or UTF-8 has no NUL byte; images, archives and executables nearly always do. */
function refuseBinary(bytes: Buffer, encoding: string | null): void {
  if (!encoding?.startsWith('utf-16') && bytes.includes(0)) {
    throw new UnreadableFileError('this looks like a binary file (it contains NUL bytes), not an article');
  }
}

/**
 * Offsets index the text exactly as written, so a text file is decoded strictly (UTF-8 or UTF-16 with a byte
 * order mark) and keeps its byte order mark, as Node's readFileSync(path, 'utf8') does.
 */
function decodeText(bytes: Buffer): { content: string; warnings: string[] } {
  const encoding = bomEncoding(bytes);
  refuseBinary(bytes, encoding);
  try {
    return {
      content: new TextDecoder(encoding ?? 'utf-8', { fatal: true, ignoreBOM: true }).decode(bytes),
      warnings: [],
    };
  } catch {
    throw new UnreadableFileError(
      `this is not ${encoding ?? 'UTF-8'} text; convert it first (e.g. iconv -f latin1 -t utf-8)`,
    );
  }
}

/** Pages are decoded as a browser would: byte order mark, then the declared charset, then UTF-8; bad bytes replaced. */
function decodeHtml(bytes: Buffer): { content: string; warnings: string[] } {
  const warnings: string[] = [];
  const bom = bomEncoding(bytes);
  refuseBinary(bytes, bom);
  let decoder: TextDecoder;
  const declared = bom ?? declaredCharset(bytes);
  try {
    decoder = new TextDecoder(declared ?? 'utf-8', { fatal: true });
  } catch {
    warnings.push(`the page declares an unknown charset "${declared}"; read as UTF-8`);
    decoder = new TextDecoder('utf-8', { fatal: true });
  }
  try {
    return { content: decoder.decode(bytes), warnings };
  } catch {
    warnings.push(`the page is not valid ${decoder.encoding}; bad bytes were replaced with U+FFFD`);
    return { content: new TextDecoder(decoder.encoding).decode(bytes), warnings };
  }
}

/** The HTML standard's pre-scan looks for <meta charset> in the first 1024 bytes. */
function declaredCharset(bytes: Buffer): string | null {
  const head = bytes.subarray(0, 1024).toString('latin1');
  return /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1] ?? null;
}

const HTML_MARKUP = /<(?:!doctype\s+html|html|head|body|main|article|section|div|p|h[1-6])[\s>/]/i;

export const looksLikeHtml = (content: string): boolean => HTML_MARKUP.test(content);
