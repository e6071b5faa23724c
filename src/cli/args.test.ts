import { describe, expect, it } from 'vitest';
import { parseArgs } from './args';

describe('parseArgs', () => {
  it('defaults to jsonl and keeps the files in order', () => {
    expect(parseArgs(['extract', 'b.html', 'a.txt'])).toEqual({
      command: 'extract',
      format: 'jsonl',
      explain: false,
      files: ['b.html', 'a.txt'],
    });
  });

  it('takes --format before or after the files, with a space or an equals sign', () => {
    expect(parseArgs(['extract', '--format', 'text', 'a.txt'])).toMatchObject({ format: 'text', files: ['a.txt'] });
    expect(parseArgs(['extract', 'a.txt', '--format=json'])).toMatchObject({ format: 'json', files: ['a.txt'] });
  });

  it('takes --explain with the text report only', () => {
    expect(parseArgs(['extract', '--format', 'text', '--explain', 'a.txt'])).toMatchObject({
      explain: true,
      files: ['a.txt'],
    });
    expect(parseArgs(['extract', '--explain', 'a.txt'])).toMatchObject({
      command: 'invalid',
      message: expect.stringMatching(/--explain goes with --format text/),
    });
  });

  it('reads everything after -- as a file, even names that look like options', () => {
    expect(parseArgs(['extract', '--', '-draft.txt', '--format'])).toMatchObject({ files: ['-draft.txt', '--format'] });
  });

  it('says what is wrong with a command line it does not take', () => {
    expect(parseArgs([])).toEqual({ command: 'invalid', message: 'no command given' });
    expect(parseArgs(['scan', 'a.txt'])).toEqual({ command: 'invalid', message: 'unknown command "scan"' });
    expect(parseArgs(['extract'])).toEqual({ command: 'invalid', message: 'no FILE given' });
    expect(parseArgs(['extract', '--format', 'xml', 'a.txt'])).toMatchObject({
      message: expect.stringMatching(/jsonl, json, text; got "xml"/),
    });
    expect(parseArgs(['extract', 'a.txt', '--format'])).toMatchObject({
      message: expect.stringMatching(/got nothing/),
    });
    expect(parseArgs(['extract', '-v', 'a.txt'])).toEqual({ command: 'invalid', message: 'unknown option "-v"' });
    expect(parseArgs(['extract', '--format', 'json', 'a.txt', 'b.txt'])).toMatchObject({
      message: expect.stringMatching(/json prints one file; got 2/),
    });
  });

  it('answers --help anywhere', () => {
    expect(parseArgs(['extract', 'a.txt', '--help'])).toEqual({ command: 'help' });
    expect(parseArgs(['-h'])).toEqual({ command: 'help' });
  });

  it('takes the events command with its own formats, text by default, json for several files', () => {
    expect(parseArgs(['events', 'a.html', 'b.html'])).toEqual({
      command: 'events',
      format: 'text',
      files: ['a.html', 'b.html'],
    });
    expect(parseArgs(['events', '--format', 'json', 'a.html', 'b.html'])).toMatchObject({
      format: 'json',
      files: ['a.html', 'b.html'],
    });
    expect(parseArgs(['events', '--format=csv', 'a.html'])).toMatchObject({ format: 'csv' });
    expect(parseArgs(['events', '--format', 'jsonl', 'a.html'])).toMatchObject({
      message: expect.stringMatching(/text, json, csv; got "jsonl"/),
    });
    expect(parseArgs(['extract', '--format', 'csv', 'a.html'])).toMatchObject({ command: 'invalid' });
  });
});
