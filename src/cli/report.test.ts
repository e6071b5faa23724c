import { describe, expect, it } from 'vitest';
import type { Extraction } from '../core/types';
import { formatExtraction, formatFailure } from './output';
import { formatReport } from './report';

const TEXT =
  'Four miners were killed and up to 12 are reportedly missing, said Tomas Brandt, a spokesman for the mine. “The shaft flooded,” he said.';

/** Offsets of a phrase in TEXT, so the hand-made findings below index the text truly. */
const at = (phrase: string, from = 0): [number, number] => {
  const start = TEXT.indexOf(phrase, from);
  return [start, start + phrase.length];
};
const [killedStart, killedEnd] = at('Four miners were killed');
const [missingStart, missingEnd] = at('up to 12 are reportedly missing');
const [brandtStart, brandtEnd] = at('Tomas Brandt');
const [heStart, heEnd] = at('he said');
const contentAt = (phrase: string): { contentStart: number; contentEnd: number } => {
  const [contentStart, contentEnd] = at(phrase);
  return { contentStart, contentEnd };
};

const EXTRACTION: Extraction = {
  title: 'Mine floods in the north',
  text: TEXT,
  figures: [
    {
      start: killedStart,
      end: killedEnd,
      text: 'Four miners were killed',
      value: 4,
      qualifier: 'exact',
      kind: 'killed',
      source: null,
      hedged: false,
      hedgeCue: null,
      rule: 'victims-as-subject',
    },
    {
      start: missingStart,
      end: missingEnd,
      text: 'up to 12 are reportedly missing',
      value: 12,
      qualifier: 'up_to',
      kind: 'missing',
      source: 'Tomas Brandt',
      hedged: true,
      hedgeCue: 'reportedly',
      rule: 'victims-as-subject',
    },
  ],
  sources: [
    {
      name: 'Tomas Brandt',
      kind: 'person',
      role: 'a spokesman for the mine',
      aliases: ['Brandt'],
      mentions: [
        [brandtStart, brandtEnd],
        [heStart, heStart + 2],
      ],
      rule: 'attribution-speaker',
    },
    {
      name: 'officials',
      kind: 'anonymous',
      role: null,
      aliases: [],
      mentions: [at('miners')],
      rule: 'attribution-speaker',
    },
  ],
  attributions: [
    {
      source: 'Tomas Brandt',
      sourceStart: brandtStart,
      sourceEnd: brandtEnd,
      cue: 'said',
      cueStart: brandtStart - 5,
      cueEnd: brandtStart - 1,
      content: 'Four miners were killed and up to 12 are reportedly missing',
      contentStart: killedStart,
      contentEnd: missingEnd,
      direct: false,
      rule: 'reporting-verb',
    },
    {
      source: 'Tomas Brandt',
      sourceStart: heStart,
      sourceEnd: heStart + 2,
      cue: 'said',
      cueStart: heStart + 3,
      cueEnd: heEnd,
      content: 'The shaft flooded,',
      ...contentAt('The shaft flooded,'),
      direct: true,
      rule: 'reporting-verb',
    },
    // a speaker-less attribution with a long content, to see the report cut it (offsets unused by the report)
    {
      source: null,
      sourceStart: null,
      sourceEnd: null,
      cue: 'told',
      cueStart: 0,
      cueEnd: 0,
      content: 'x'.repeat(300),
      contentStart: 0,
      contentEnd: 0,
      direct: false,
      rule: 'reporting-verb',
    },
  ],
};

describe('formatReport', () => {
  const report = formatReport('mine.txt', EXTRACTION);

  it('heads the report with the title and the file', () => {
    expect(report.split('\n').slice(0, 3)).toEqual([
      'Mine floods in the north',
      '========================',
      'mine.txt',
    ]);
  });

  it('marks unattributed figures with ! and hedged ones with ~, and says who stands behind each', () => {
    expect(report).toContain(
      [
        'Casualty figures: 2, 2 flagged (! nobody stands behind it, ~ hedged)',
        '  !  killed, 4: “Four miners were killed”',
        '       nobody in the text stands behind it',
        '   ~ missing, up to 12: “up to 12 are reportedly missing”',
        '       according to Tomas Brandt · hedged by “reportedly”',
      ].join('\n'),
    );
  });

  it('lists named sources with kind, role, mentions and other names, anonymous ones apart', () => {
    expect(report).toContain(
      'Named sources: 1\n  Tomas Brandt (person, a spokesman for the mine): 2 mentions\n      also: Brandt\nAnonymous sources: officials (1 mention)',
    );
  });

  it('groups quotes and reported speech by speaker, cutting long ones', () => {
    expect(report).toContain(
      '  Tomas Brandt\n    reported (said): Four miners were killed and up to 12 are reportedly missing\n    quote (said): “The shaft flooded,”',
    );
    expect(report).toMatch(/ {2}\(speaker not found\)\n {4}reported \(told\): x{239}…\n$/);
  });

  it('names the rule behind every finding with --explain, and only then', () => {
    const explained = formatReport('mine.txt', EXTRACTION, { explain: true });
    expect(explained).toContain('  !  killed, 4: “Four miners were killed”  [rule: victims-as-subject]\n');
    expect(explained).toContain(
      '  Tomas Brandt (person, a spokesman for the mine): 2 mentions  [rule: attribution-speaker]\n',
    );
    expect(explained).toContain('    quote (said)  [rule: reporting-verb]: “The shaft flooded,”');
    expect(report).not.toContain('[rule:');
  });

  it('says so when a section is empty', () => {
    const empty = formatReport('blank.txt', {
      title: null,
      text: 'Nothing here.',
      sources: [],
      figures: [],
      attributions: [],
    });
    expect(empty).toBe(
      'blank.txt\n=========\nblank.txt\n\nCasualty figures: none found.\n\nNamed sources: none found.\n\nQuotes and reported speech: none found.\n',
    );
  });
});

describe('formatExtraction and formatFailure', () => {
  it('prints one line of JSON in jsonl, the file first, and an indented object in json', () => {
    const line = formatExtraction('jsonl', 'mine.txt', EXTRACTION);
    expect(line.endsWith('\n') && !line.slice(0, -1).includes('\n')).toBe(true);
    expect(JSON.parse(line)).toEqual({ file: 'mine.txt', ...EXTRACTION });
    expect(formatExtraction('json', 'mine.txt', EXTRACTION)).toMatch(/^\{\n {2}"file": "mine.txt",\n {2}"title"/);
  });

  it('keeps a failed file on its own jsonl line and prints nothing for it in the formats for people', () => {
    expect(formatFailure('jsonl', 'gone.txt', 'no such file')).toBe('{"file":"gone.txt","error":"no such file"}\n');
    expect(formatFailure('text', 'gone.txt', 'no such file')).toBe('');
    expect(formatFailure('json', 'gone.txt', 'no such file')).toBe('');
  });
});
