import { describe, expect, it } from 'vitest';
import { findAttributions, LEARNED_RULE } from './attributions';
import { parseDocument } from './document';

const contentsOf = (text: string): string[] =>
  findAttributions(parseDocument(text))
    .filter((a) => a.rule !== LEARNED_RULE)
    .map((a) => a.content);

describe('narrationResumes: where a content read after its cue ends', () => {
  it('ends an attitude object at the occasion it was voiced on', () => {
    expect(contentsOf('The senator criticized the pension reform during a campaign stop in Dayton.')).toEqual([
      'the pension reform',
    ]);
    expect(contentsOf('The union called for higher wages in a statement on Tuesday.')).toEqual(['for higher wages']);
  });

  it('ends a content in a clause opening the sentence where the main clause begins', () => {
    expect(contentsOf('Though she railed against the toll, the mayor kept it in the budget.')).toEqual([
      'against the toll',
    ]);
    expect(contentsOf('When Ivo Stern talked about the new ferry, his rivals left the hall.')).toEqual([
      'about the new ferry',
    ]);
    expect(contentsOf('Once the mayor said the toll would stay, it did.')).toEqual(['the toll would stay']);
  });

  it('ends an object at a lone dash opening an aside, not a clause, nor an object with a pair of dashes', () => {
    expect(contentsOf('Roe condemned the new toll — a burden on the drivers of the valley.')).toEqual(['the new toll']);
    expect(contentsOf('Roe said the toll — the first in a decade — would pay for the bridge.')).toEqual([
      'the toll — the first in a decade — would pay for the bridge',
    ]);
    expect(contentsOf('Roe said the toll would stay — a relief to the council.')).toEqual([
      'the toll would stay — a relief to the council',
    ]);
  });

  it('ends an attitude object at a second predicate of the speaker, past an adverb', () => {
    expect(contentsOf('State officials praised the new ferry but also had to delay its launch.')).toEqual([
      'the new ferry',
    ]);
  });

  it('ends a content at a contrasting clause, a clause with a subject of its own or a participle set off by a comma', () => {
    expect(contentsOf('The mayor said the bridge was safe, but engineers found cracks a week later.')).toEqual([
      'the bridge was safe',
    ]);
    expect(contentsOf('The board praised the merger, sending the shares to a record high.')).toEqual(['the merger']);
    expect(contentsOf('The board said the toll would rise, and the union closed the bridge.')).toEqual([
      'the toll would rise',
    ]);
    expect(contentsOf('The board said the toll would rise, and')).toEqual(['the toll would rise, and']);
    expect(contentsOf('The board said the toll would rise — and the union closed the bridge.')).toEqual([
      'the toll would rise',
    ]);
    expect(contentsOf('The board said the toll would rise, and that the ferry would stop.')).toEqual([
      'the toll would rise, and that the ferry would stop',
    ]);
    expect(contentsOf('The mayor called the flood a “terrible loss,” but stopped short of blaming the dam.')).toEqual([
      'the flood a “terrible loss,”',
    ]);
  });

  it('goes on past ", but" into a second predicate of the content\'s own subject', () => {
    expect(contentsOf('Farmers said they had doubts about the dam, but could not afford to wait.')).toEqual([
      'they had doubts about the dam, but could not afford to wait',
    ]);
  });

  it('ends an attitude object before a relative clause set off by a comma, the narrator describing the object', () => {
    expect(contentsOf('The governor praised the levy, which pays for 40 new buses.')).toEqual(['the levy']);
    expect(contentsOf('The mayor accused Ivo Stern, who owns the ferry, of hiding the cost.')).toEqual([
      'Ivo Stern, who owns the ferry, of hiding the cost',
    ]);
    expect(contentsOf('The mayor said the levy, which pays for 40 new buses, was fair.')).toEqual([
      'the levy, which pays for 40 new buses, was fair',
    ]);
  });

  it('keeps a clause whole when the circumstance belongs to what was said', () => {
    expect(contentsOf('The coach said the team collapsed during the second half.')).toEqual([
      'the team collapsed during the second half',
    ]);
    expect(contentsOf('The council praised the plans, including the new library.')).toEqual([
      'the plans, including the new library',
    ]);
    expect(contentsOf('The ministry said it had counted 12 boats, most of them small, sinking near the reef.')).toEqual(
      ['it had counted 12 boats, most of them small, sinking near the reef'],
    );
  });
});

describe('speaking verbs', () => {
  it('report their topic only: "spoke about the plan", never "spoke for an hour"', () => {
    expect(contentsOf('Senator Jane Roe spoke about the flood plan on Monday.')).toEqual(['about the flood plan']);
    expect(findAttributions(parseDocument('Senator Jane Roe spoke to a crowd of farmers in Ames.'))).toEqual([]);
  });
});
