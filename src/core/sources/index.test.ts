import { describe, expect, it } from 'vitest';
import { parseDocument } from '../document';
import { collectSources } from '.';
import type { Attribution } from '../types';

/** An attribution whose speaker mention is the first occurrence of `mention` and whose content is `content`. */
function attribution(text: string, source: string, mention: string, content: string): Attribution {
  const sourceStart = text.indexOf(mention);
  const contentStart = text.indexOf(content);
  return {
    source,
    sourceStart,
    sourceEnd: sourceStart + mention.length,
    cue: 'said',
    cueStart: 0,
    cueEnd: 0,
    content,
    contentStart,
    contentEnd: contentStart + content.length,
    direct: false,
    rule: 'reporting-verb',
  };
}

describe('collectSources', () => {
  it('merges a titled name, the bare name and the surname under the bare name, with the role and every mention', () => {
    const text =
      'Major Lena Ortiz, a spokeswoman for the coast guard, said the search would go on. ' +
      'Ortiz said divers had found the hull. She said the crew was safe.';
    const attributions = [
      attribution(text, 'Major Lena Ortiz', 'Major Lena Ortiz', 'the search would go on'),
      attribution(text, 'Ortiz', 'Ortiz said', 'divers had found the hull'),
      { ...attribution(text, 'Lena Ortiz', 'She', 'the crew was safe') },
    ];
    attributions[1]!.sourceEnd = attributions[1]!.sourceStart! + 'Ortiz'.length;
    const sources = collectSources(parseDocument(text), attributions, []);
    expect(sources).toHaveLength(1);
    const [ortiz] = sources;
    expect(ortiz).toMatchObject({ name: 'Lena Ortiz', kind: 'person', role: 'spokeswoman for the coast guard' });
    expect(ortiz!.aliases).toEqual(expect.arrayContaining(['Major Lena Ortiz', 'Ortiz']));
    const she = text.indexOf('She');
    expect(ortiz!.mentions).toContainEqual([she, she + 3]);
    expect(ortiz!.mentions.length).toBeGreaterThanOrEqual(3);
  });

  it('takes the personal name after a title of any length', () => {
    const text = 'Harbor Authority spokesman Tom Reyes said the port was shut. Reyes said it would reopen.';
    const sources = collectSources(
      parseDocument(text),
      [
        attribution(
          text,
          'Harbor Authority spokesman Tom Reyes',
          'Harbor Authority spokesman Tom Reyes',
          'the port was shut',
        ),
        attribution(text, 'Reyes', 'Reyes said', 'it would reopen'),
      ],
      [],
    );
    expect(sources.map((s) => [s.name, s.kind])).toEqual([['Tom Reyes', 'person']]);
    expect(sources[0]!.aliases).toEqual(expect.arrayContaining(['Harbor Authority spokesman Tom Reyes', 'Reyes']));
  });

  it('takes "Premier" for a title, not part of the name', () => {
    const text = 'Premier Ivo Marek said the army would help.';
    const [premier] = collectSources(
      parseDocument(text),
      [attribution(text, 'Premier Ivo Marek', 'Premier Ivo Marek', 'the army would help')],
      [],
    );
    expect(premier).toMatchObject({ name: 'Ivo Marek', kind: 'person' });
  });

  it('merges a surname of two words into the full name', () => {
    const text = 'Ana Van Dyke said the road was closed. Van Dyke said it would reopen.';
    const sources = collectSources(
      parseDocument(text),
      [
        attribution(text, 'Ana Van Dyke', 'Ana Van Dyke', 'the road was closed'),
        attribution(text, 'Van Dyke', 'Van Dyke said', 'it would reopen'),
      ],
      [],
    );
    expect(sources.map((s) => s.name)).toEqual(['Ana Van Dyke']);
  });

  it('reads a role written before the name', () => {
    const text = 'Harbor Authority spokesman Tom Reyes said the port would reopen.';
    const [reyes] = collectSources(
      parseDocument(text),
      [attribution(text, 'Tom Reyes', 'Tom Reyes', 'the port would reopen')],
      [],
    );
    expect(reyes).toMatchObject({ name: 'Tom Reyes', role: 'Harbor Authority spokesman' });
  });

  it('finds outlets a text cites by name, with their kind', () => {
    const text = 'A port worker told AFP the cranes had stopped. Reuters reported that ships were waiting.';
    const sources = collectSources(parseDocument(text), [], []);
    expect(sources.map((s) => [s.name, s.kind])).toEqual([
      ['AFP', 'outlet'],
      ['Reuters', 'outlet'],
    ]);
  });

  it('takes the source of "according to" and tells organizations from people', () => {
    const text = 'Nine people died, according to the Lakeside County Health Department.';
    const [source] = collectSources(parseDocument(text), [], []);
    expect(source).toMatchObject({ name: 'Lakeside County Health Department', kind: 'organization' });
  });

  it('splits a reporter from the known outlet that employs them', () => {
    const text =
      'The port is closed, according to Omar Haddad of the Associated Press. It reopens Monday, according to NPR’s Haddad.';
    const sources = collectSources(parseDocument(text), [], []);
    expect(sources.map((s) => [s.name, s.kind])).toEqual(
      expect.arrayContaining([
        ['Omar Haddad', 'person'],
        ['Associated Press', 'outlet'],
        ['NPR', 'outlet'],
      ]),
    );
    expect(sources.find((s) => s.name === 'Omar Haddad')!.aliases).toContain('Haddad');
  });

  it('cites the author of an investigation, not the investigation', () => {
    const text = 'Water ran out in May, according to an investigation by the Harbor Monitoring Network.';
    expect(collectSources(parseDocument(text), [], []).map((s) => s.name)).toEqual(['Harbor Monitoring Network']);
  });

  it('keeps unnamed speakers as anonymous', () => {
    const text = 'Officials said the bridge would reopen.';
    const [source] = collectSources(
      parseDocument(text),
      [attribution(text, 'Officials', 'Officials', 'the bridge would reopen')],
      [],
    );
    expect(source).toMatchObject({ kind: 'anonymous' });
  });

  it('takes staff named by a possessive pronoun for a mention of the body named before them', () => {
    const text = 'The Harbour Trust said the port was shelled. Its researchers found that the cranes were hit.';
    const sources = collectSources(
      parseDocument(text),
      [
        attribution(text, 'The Harbour Trust', 'The Harbour Trust', 'the port was shelled'),
        attribution(text, 'Its researchers', 'Its researchers', 'the cranes were hit'),
      ],
      [],
    );
    expect(sources.map((s) => [s.name, s.kind, s.mentions.map(([a, b]) => text.slice(a, b))])).toEqual([
      ['Harbour Trust', 'organization', ['The Harbour Trust', 'Its researchers']],
    ]);
  });
  it('does not cite a known body that is merely mentioned', () => {
    const text = 'The ship sailed past the Pentagon on its way to the river.';
    expect(collectSources(parseDocument(text), [], [])).toEqual([]);
  });
});
