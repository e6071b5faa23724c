// Every figure rule's own examples, run through the whole extractor: a shape must find what it shows, a veto must
// leave no figure where it says none, a source rule must name the source it shows.
import { describe, expect, it } from 'vitest';
import { extract } from '../extract';
import { FIGURE_SHAPES, FIGURE_SOURCE_RULES, FIGURE_VETOES } from '.';
import type { ExpectedFigure, RuleExample } from './rule';

const same = (a: string, b: string): boolean =>
  a.toLowerCase().replace(/^the /, '') === b.toLowerCase().replace(/^the /, '');

function expectFigures(example: RuleExample): void {
  const found = extract(example.input).figures;
  expect(found.map((f) => f.text)).toHaveLength(example.figures.length);
  example.figures.forEach((expected: ExpectedFigure, k) => {
    const figure = found[k]!;
    if (expected.text !== undefined) expect(figure.text).toContain(expected.text);
    if (expected.value !== undefined) expect(figure.value).toBe(expected.value);
    if (expected.kind !== undefined) expect(figure.kind).toBe(expected.kind);
    if (expected.source === null) expect(figure.source).toBeNull();
    else if (expected.source !== undefined)
      expect(same(figure.source ?? '', expected.source), `${figure.source} is ${expected.source}`).toBe(true);
  });
}

describe.each([...FIGURE_SHAPES, ...FIGURE_VETOES, ...FIGURE_SOURCE_RULES].map((rule) => [rule.id, rule] as const))(
  'figure rule %s',
  (_id, rule) => {
    it('says why it exists and shows it', () => {
      expect(rule.why.length).toBeGreaterThan(20);
      expect(rule.examples.length).toBeGreaterThan(0);
    });
    it.each(rule.examples.map((example) => [example.input, example] as const))('%j', (_input, example) =>
      expectFigures(example),
    );
  },
);

describe('figure rule ids', () => {
  it('are unique, so --explain names one rule', () => {
    const ids = [...FIGURE_SHAPES, ...FIGURE_VETOES, ...FIGURE_SOURCE_RULES].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
  it('name the shape that found each example figure', () => {
    for (const shape of FIGURE_SHAPES) {
      const rules = shape.examples.flatMap((example) => extract(example.input).figures.map((f) => f.rule));
      if (rules.length > 0) expect(rules).toContain(shape.id);
    }
  });
});
