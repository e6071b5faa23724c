// Golden cases: short articles written for this project (test/fixtures/extraction/<case>/input.txt) and the figures and
// sources the extractor must find in them (expected.json), each naming its rule. Together the cases show every figure
// shape at work and most source rules; the what-is-no-figure case shows the vetoes leaving no figure.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extract } from './extract';
import { FIGURE_SHAPES } from './figures';

const CASES = join(dirname(fileURLToPath(import.meta.url)), '../../test/fixtures/extraction');

interface Expected {
  figures: Array<{
    text: string;
    value: number | null;
    qualifier: string;
    kind: string;
    source: string | null;
    hedged: boolean;
    rule: string;
    sourceRule: string | null;
  }>;
  sources: Array<{ name: string; kind: string; rule: string }>;
  /** The attribution cases (attributions-*) also pin who said what, through which mention and rule. */
  attributions?: Array<{ source: string | null; mention: string; cue: string; content: string; rule: string }>;
}

const cases = readdirSync(CASES).map((name) => ({
  name,
  input: readFileSync(join(CASES, name, 'input.txt'), 'utf8'),
  expected: JSON.parse(readFileSync(join(CASES, name, 'expected.json'), 'utf8')) as Expected,
}));

describe.each(cases.map((c) => [c.name, c] as const))('golden case %s', (_name, { input, expected }) => {
  const found = extract(input);
  it('finds the expected figures, each with its rule and source', () => {
    const figures = found.figures.map((f) => ({
      text: f.text,
      value: f.value,
      qualifier: f.qualifier,
      kind: f.kind,
      source: f.source,
      hedged: f.hedged,
      rule: f.rule,
      sourceRule: f.sourceRule ?? null,
    }));
    expect(figures).toEqual(expected.figures);
  });
  it('shows the expected sources and no other', () => {
    expect(found.sources.map((s) => ({ name: s.name, kind: s.kind, rule: s.rule }))).toEqual(expected.sources);
  });
  // a case pins its attributions only where it lists them: no test registered (and none reported skipped) elsewhere
  const expectedAttributions = expected.attributions;
  if (expectedAttributions)
    it('gives each attribution its speaker, mention and rule', () => {
      const attributions = found.attributions.map((a) => ({
        source: a.source,
        mention: found.text.slice(a.sourceStart ?? 0, a.sourceEnd ?? 0),
        cue: a.cue,
        content: a.content,
        rule: a.rule,
      }));
      expect(attributions).toEqual(expectedAttributions);
    });
});

describe('golden cases', () => {
  // the figure-side and source-side "according to" and "figure-source" rules mostly agree with an attribution the
  // finder already made, so a case shows them only where it misses one; their own examples run in rules.test.ts
  it('show every figure shape at work', () => {
    const shapes = new Set(cases.flatMap((c) => c.expected.figures.map((f) => f.rule)));
    expect(FIGURE_SHAPES.filter((r) => !shapes.has(r.id)).map((r) => r.id)).toEqual([]);
  });
});
