import { describe, expect, it } from 'vitest';
import {
  contextWords,
  figureRange,
  probesFromExtraction,
  relate,
  sourceKeys,
  textSimilarity,
  type CrossrefProbe,
} from './crossref';
import { makeClaim as claim } from './formats/test-claims';

describe('sourceKeys', () => {
  it('matches a titled full name with the surname alone', () => {
    const titled = sourceKeys({ name: 'Maj. Josh Jacques', kind: 'person', aliases: [] });
    const bare = sourceKeys({ name: 'Jacques', kind: 'person', aliases: [] });
    expect(titled).toContain('josh jacques');
    expect(bare.some((key) => titled.includes(key))).toBe(true);
  });

  it('does not split an organisation into its last word', () => {
    expect(sourceKeys({ name: 'Red Crescent', kind: 'organization', aliases: ['PRCS'] })).toEqual([
      'red crescent',
      'prcs',
    ]);
  });
});

describe('figureRange', () => {
  it('turns qualifiers into ranges', () => {
    expect(figureRange({ value: 40, qualifier: 'exact' })).toEqual([40, 40]);
    expect(figureRange({ value: 40, qualifier: 'more_than' })).toEqual([41, Infinity]);
    expect(figureRange({ value: 40, qualifier: 'fewer_than' })).toEqual([0, 39]);
    expect(figureRange({ value: null, qualifier: 'vague' })).toBeNull();
  });
});

describe('contextWords', () => {
  it('keeps places, months and years but not the sentence opener or the speaker', () => {
    const words = contextWords('Rescuers said 12 people died in Port Aven on Tuesday, 3 May 2025, Dr. Okafor said.', [
      'Dr. Okafor',
    ]);
    expect(words).toEqual(expect.arrayContaining(['port', 'aven', 'tuesday', 'may', '2025']));
    expect(words).not.toContain('rescuers');
    expect(words).not.toContain('okafor');
  });
});

describe('relate', () => {
  const saved = claim('c1', 'Twelve people were killed in Port Aven on Tuesday, Maj. Josh Jacques said.', {
    figure: { value: 12, qualifier: 'exact', kind: 'killed', hedged: false, hedgeCue: null },
    source: { name: 'Maj. Josh Jacques', kind: 'person', aliases: ['Jacques'] },
  });

  const probe = (text: string, figure: CrossrefProbe['figure'], sourceName: string | null = null): CrossrefProbe => ({
    id: 'p1',
    text,
    figure,
    source: sourceName === null ? null : { name: sourceName, kind: 'person', aliases: [] },
  });

  it('sees the same source and the same figure', () => {
    const found = relate(
      probe(
        'Jacques said at least 10 were killed in Port Aven.',
        { value: 10, qualifier: 'at_least', kind: 'killed' },
        'Jacques',
      ),
      saved,
    );
    expect(found.map((ref) => ref.relation).sort()).toEqual(['same-figure', 'same-source']);
  });

  it('flags an incompatible count for the same event as a conflict', () => {
    const found = relate(
      probe('Local officials said 31 were killed in Port Aven.', { value: 31, qualifier: 'exact', kind: 'killed' }),
      saved,
    );
    expect(found).toEqual([expect.objectContaining({ relation: 'conflict', detail: expect.stringContaining('port') })]);
  });

  it('sees no conflict for a different place or a different kind', () => {
    expect(
      relate(
        probe('Officials said 31 were killed in Lindholm.', { value: 31, qualifier: 'exact', kind: 'killed' }),
        saved,
      ),
    ).toEqual([]);
    expect(
      relate(
        probe('Officials said 31 were injured in Port Aven.', { value: 31, qualifier: 'exact', kind: 'injured' }),
        saved,
      ),
    ).toEqual([]);
  });

  it('finds a reworded claim as a near-duplicate', () => {
    const found = relate(
      probe('Twelve people were killed in Port Aven on Tuesday, Major Josh Jacques said', null),
      saved,
    );
    expect(found.map((ref) => ref.relation)).toContain('near-duplicate');
    expect(textSimilarity('The bridge collapsed overnight.', saved.text)).toBeLessThan(0.2);
  });
});

describe('probesFromExtraction', () => {
  it('makes one probe per figure with its sentence and source, and one per named source', () => {
    const text = 'A storm hit the coast. Nine people died in Marlow, said Ana Ruiz. Ruiz added more rain was due.';
    const start = text.indexOf('Nine');
    const probes = probesFromExtraction({
      title: null,
      text,
      attributions: [],
      figures: [
        {
          start,
          end: start + 4,
          text: 'Nine',
          value: 9,
          qualifier: 'exact',
          kind: 'killed',
          source: 'Ana Ruiz',
          hedged: false,
          hedgeCue: null,
          rule: 'victims-as-subject',
        },
      ],
      sources: [
        {
          name: 'Ana Ruiz',
          kind: 'person',
          role: null,
          aliases: ['Ruiz'],
          mentions: [[text.indexOf('Ana'), text.indexOf('Ana') + 8]],
          rule: 'attribution-speaker',
        },
      ],
    });
    expect(probes).toHaveLength(2);
    expect(probes[0]?.text).toBe('Nine people died in Marlow, said Ana Ruiz.');
    expect(probes[0]?.source?.aliases).toEqual(['Ruiz']);
    expect(probes[1]?.figure).toBeNull();
  });
});
