import { describe, expect, it } from 'vitest';
import { extract, extractChecked } from './extract';
import { cutsSurrogatePair, enforceOutputInvariant, spanFault } from './output-invariant';
import type { Attribution, Extraction, Figure } from './types';

const text = 'Officials said 12 people were killed. He said 😀 more died.';
const figure: Figure = {
  start: 15,
  end: 36,
  text: '12 people were killed',
  value: 12,
  qualifier: 'exact',
  kind: 'killed',
  source: 'Officials',
  hedged: false,
  hedgeCue: null,
  rule: 'test',
};
const attribution: Attribution = {
  source: 'Officials',
  sourceStart: 0,
  sourceEnd: 9,
  cue: 'said',
  cueStart: 10,
  cueEnd: 14,
  content: '12 people were killed',
  contentStart: 15,
  contentEnd: 36,
  direct: false,
  rule: 'test',
};
const extraction = (parts: Partial<Extraction>): Extraction => ({
  title: null,
  text,
  sources: [],
  figures: [],
  attributions: [],
  ...parts,
});

describe('enforceOutputInvariant', () => {
  it('lets a sound extraction through untouched', () => {
    const sound = extraction({
      figures: [figure],
      attributions: [attribution],
      sources: [{ name: 'Officials', kind: 'anonymous', role: null, aliases: [], mentions: [[0, 9]], rule: 'test' }],
    });
    expect(enforceOutputInvariant(sound)).toEqual({ extraction: sound, dropped: [] });
  });

  it.each<[string, Figure]>([
    ['a value that is not finite', { ...figure, value: Infinity }],
    ['a value past 2^53', { ...figure, value: 2 ** 60 }],
    ['a text that is not what the span holds', { ...figure, text: '12 people' }],
    ['a span past the end', { ...figure, end: text.length + 1, text: text.slice(15) }],
    ['a reversed span', { ...figure, start: 36, end: 15, text: '' }],
    ['a source that is only a byte-order mark', { ...figure, source: '\ufeff' }],
    ['no rule named', { ...figure, rule: '' }],
  ])('drops a figure with %s, and counts it', (_, bad) => {
    const { extraction: kept, dropped } = enforceOutputInvariant(extraction({ figures: [bad, figure] }));
    expect(kept.figures).toEqual([figure]);
    expect(dropped).toHaveLength(1);
    expect(dropped[0]!.finding).toBe('figure');
  });

  it.each<[string, Attribution]>([
    // issue 12's fuzz: text starting with a closing quote and a BOM gave the BOM as the speaker
    ['a source name its mention does not hold', { ...attribution, source: 'Reuters' }],
    ['a source mention with a space around it', { ...attribution, sourceStart: 0, sourceEnd: 10, source: 'Officials' }],
    ['a source without its offsets', { ...attribution, sourceStart: null }],
    ['a cue that is not what its span holds', { ...attribution, cue: 'says' }],
    [
      'a content span cutting a surrogate pair',
      {
        ...attribution,
        contentStart: 46,
        contentEnd: text.indexOf('😀') + 1,
        content: text.slice(46, text.indexOf('😀') + 1),
      },
    ],
  ])('drops an attribution with %s', (_, bad) => {
    const { extraction: kept, dropped } = enforceOutputInvariant(extraction({ attributions: [attribution, bad] }));
    expect(kept.attributions).toEqual([attribution]);
    expect(dropped.map((d) => d.finding)).toEqual(['attribution']);
  });

  it('keeps a role noun as the mention of the person the coreference pass gave it to, its offsets exact', () => {
    const story = 'Amal Haddad, the director, arrived. The director said the wards were full.';
    const start = story.indexOf('The director');
    const role: Attribution = {
      ...attribution,
      source: 'Amal Haddad',
      sourceStart: start,
      sourceEnd: start + 'The director'.length,
      cue: 'said',
      cueStart: story.indexOf('said'),
      cueEnd: story.indexOf('said') + 4,
      content: 'the wards were full',
      contentStart: story.indexOf('the wards'),
      contentEnd: story.indexOf('the wards') + 'the wards were full'.length,
    };
    const checked = enforceOutputInvariant({ ...extraction({ attributions: [role] }), text: story });
    expect(checked.dropped).toEqual([]);
  });

  it('keeps a pronoun as the mention of the name it resolves to', () => {
    const he: Attribution = {
      ...attribution,
      source: 'Dr. Amal Haddad',
      sourceStart: 38,
      sourceEnd: 40,
      cue: 'said',
      cueStart: 41,
      cueEnd: 45,
      content: text.slice(46, 58),
      contentStart: 46,
      contentEnd: 58,
    };
    expect(enforceOutputInvariant(extraction({ attributions: [he] })).dropped).toEqual([]);
  });

  it('drops the overlapping mention of a source, and a source with no name', () => {
    const { extraction: kept, dropped } = enforceOutputInvariant(
      extraction({
        sources: [
          {
            name: 'Officials',
            kind: 'anonymous',
            role: null,
            aliases: [],
            mentions: [
              [0, 9],
              [4, 9],
            ],
            rule: 'test',
          },
          { name: ' ', kind: 'person', role: null, aliases: [], mentions: [], rule: 'test' },
        ],
      }),
    );
    expect(kept.sources).toEqual([
      { name: 'Officials', kind: 'anonymous', role: null, aliases: [], mentions: [[0, 9]], rule: 'test' },
    ]);
    expect(dropped.map((d) => d.finding)).toEqual(['mention', 'source']);
  });
});

describe('spanFault', () => {
  it('tells a span that cuts a surrogate pair', () => {
    const at = text.indexOf('😀');
    expect(cutsSurrogatePair(text, at + 1)).toBe(true);
    expect(spanFault(text, at, at + 2, { nonEmpty: true })).toBeNull();
    expect(spanFault(text, at + 1, at + 2, { nonEmpty: true })).toMatch(/surrogate/);
    expect(spanFault(text, 0.5, 2, { nonEmpty: true })).toMatch(/integers/);
  });
});

describe('the producers issue 12 found', () => {
  it('reads no figure off a run of digits too long to be a count', () => {
    const { extraction: result, dropped } = extractChecked(`${'9'.repeat(400)} people were killed in the blast.`);
    expect(dropped).toEqual([]);
    expect(result.figures).toEqual([]);
  });

  it('names no speaker after a closing quote and a byte-order mark', () => {
    expect(extractChecked('”\ufeffsaid mor').dropped).toEqual([]);
  });

  it('keeps the qualifier of a first sentence behind a byte-order mark (a Notepad file)', () => {
    const [found] = extract('\ufeffAt least 12 people were killed on Sunday, police said.').figures;
    expect(found).toMatchObject({ text: 'At least 12 people were killed', qualifier: 'at_least', start: 1 });
  });

  it('gives no name a joiner left after an emoji (the 100,000-text fuzz run found five)', () => {
    expect(extractChecked('😀\u200dThe real Trump showed up at the debate, the real Trump said.').dropped).toEqual([]);
    expect(
      extractChecked('Support rose 4 points, according to the \u2060\u2060Ropel \u2060Ropel poll.').dropped,
    ).toEqual([]);
  });

  it('gives no name the joiner a dropped title stood before (the 100,000-text fuzz run found one)', () => {
    const checked = extractChecked(
      'Two people were hurt in the blast that Mayor \u200dJo Ranne\u200d says was deliberate.',
    );
    expect(checked.dropped).toEqual([]);
    expect(checked.extraction.sources.map((source) => source.name)).toEqual(['Jo Ranne']);
  });

  it('gives a role back to its holder only where the mention is a role (the 100,000-text fuzz run found one)', () => {
    const page = 'If the winner is Ada Price, the answer iHe refuses to give is the one we want.';
    expect(extractChecked(page).dropped).toEqual([]);
  });

  it('knows an outlet written after a zero-width space', () => {
    const result = extract('\u200bReuters said 3 people were killed.');
    expect(result.sources).toMatchObject([{ name: 'Reuters', kind: 'outlet', mentions: [[1, 8]] }]);
  });
});
