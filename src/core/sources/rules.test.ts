// Every source rule's own examples, run through the whole extractor.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../document';
import { extract } from '../extract';
import { SOURCE_RULES } from '.';

const has = (names: string[], name: string): boolean => names.some((n) => n.toLowerCase() === name.toLowerCase());

describe.each(SOURCE_RULES.map((rule) => [rule.id, rule] as const))('source rule %s', (id, rule) => {
  it('says why it exists and shows it', () => {
    expect(rule.why.length).toBeGreaterThan(20);
    expect(rule.examples.length).toBeGreaterThan(0);
  });
  it.each(rule.examples.map((example) => [example.input, example] as const))('%j', (_input, example) => {
    const sources = extract(example.input).sources;
    const names = sources.map((s) => s.name);
    for (const name of example.sources) {
      expect(names, name).toSatisfy((all: string[]) => has(all, name));
      expect(
        rule.cites(...citeArguments(example.input)).some((c) => c.name.toLowerCase().includes(name.toLowerCase())),
        `${id} cites ${name}`,
      ).toBe(true);
    }
    for (const name of example.notSources ?? []) expect(has(names, name), `${name} is no source`).toBe(false);
  });
});

function citeArguments(input: string): Parameters<(typeof SOURCE_RULES)[number]['cites']> {
  const { attributions, figures } = extract(input);
  return [parseDocument(input), attributions, figures];
}
