import { describe, expect, it } from 'vitest';
import { findQuotations, parseDocument, sentenceAt } from './document';

describe('parseDocument', () => {
  it('gives tokens whose offsets slice back to their text', () => {
    const text = 'The mayor said on Tuesday that 12 people died.\n\nRescuers, who arrived late, found two more.';
    const doc = parseDocument(text);
    for (const t of doc.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(doc.sentences).toHaveLength(2);
    expect(text.slice(doc.sentences[0]!.start, doc.sentences[0]!.end)).toBe(
      'The mayor said on Tuesday that 12 people died.',
    );
    expect(doc.paragraphs.map((p) => text.slice(p.start, p.end))).toEqual([
      'The mayor said on Tuesday that 12 people died.',
      'Rescuers, who arrived late, found two more.',
    ]);
  });

  it('reads a word compromise takes for a verb after an article as a noun', () => {
    const doc = parseDocument('The Trump campaign did not respond. The mayor said the engineers found cracks.');
    const tagsOf = (word: string) => doc.tokens.find((t) => t.text === word)!.tags;
    expect(tagsOf('campaign').has('Noun')).toBe(true);
    expect(tagsOf('campaign').has('Verb')).toBe(false);
    expect(tagsOf('engineers').has('Noun')).toBe(true);
    expect(tagsOf('found').has('Verb')).toBe(true);
    expect(tagsOf('said').has('Verb')).toBe(true);
  });

  it('breaks a sentence at a paragraph end even without a full stop', () => {
    const doc = parseDocument('Storm Kills Nine in Coastal Town\nNine people were killed on Sunday.');
    expect(doc.sentences).toHaveLength(2);
    expect(doc.sentences.map((s) => s.paragraph)).toEqual([0, 1]);
  });

  it('reads a byte-order mark or a zero-width space as a space, keeping every offset', () => {
    const text = '\ufeffAt least 12 people died.\u2028Then\u200bmore came.';
    const doc = parseDocument(text);
    expect(doc.tokens.slice(0, 2).map((t) => [t.text, t.start])).toEqual([
      ['At', 1],
      ['least', 4],
    ]);
    expect(doc.tokens.map((t) => t.text)).toContain('Then');
    expect(doc.paragraphs).toHaveLength(2);
    for (const t of doc.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('reads a joiner at a word edge as a space, and keeps one inside a word', () => {
    const doc = parseDocument('\u200dDe Blasio said the soft\u00adware failed.');
    expect(doc.tokens.map((t) => [t.text, t.start]).slice(0, 2)).toEqual([
      ['De', 1],
      ['Blasio', 4],
    ]);
    expect(doc.tokens.map((t) => t.text)).toContain('soft\u00adware');
  });

  it('makes no token of punctuation standing alone', () => {
    expect(parseDocument('” said Lee , then \u0000 left').tokens.map((t) => t.text)).toEqual([
      'said',
      'Lee',
      'then',
      'left',
    ]);
  });

  it('finds the sentence holding an offset', () => {
    const text = 'One. Two three. Four.';
    const doc = parseDocument(text);
    expect(sentenceAt(doc, text.indexOf('three'))).toBe(1);
    expect(sentenceAt(doc, text.length + 5)).toBe(-1);
  });
});

describe('findQuotations', () => {
  const inner = (text: string) => findQuotations(text).map((q) => text.slice(q.innerStart, q.innerEnd));

  it('finds curly and straight quotations', () => {
    expect(inner('He said “we left at dawn.” Then "it rained," she said.')).toEqual(['we left at dawn.', 'it rained,']);
  });

  it('keeps single quotes nested inside a double one', () => {
    expect(inner('“They called it ‘a meeting place’ and left,” he said.')).toEqual([
      'They called it ‘a meeting place’ and left,',
    ]);
  });

  it('continues a quote into the next paragraph that opens with a quote mark', () => {
    const text = '“We were told to wait.\n\n“Nobody came,” she said.';
    const q = findQuotations(text);
    expect(q).toHaveLength(1);
    expect(text.slice(q[0]!.start, q[0]!.end)).toBe(text.slice(0, text.indexOf(',') + 2));
  });

  it('keeps a curly pair nested inside a straight quotation, and still restarts at a stray curly opening', () => {
    expect(
      inner('"The issue is partisan, and I read you the question: “Did she leave early?” That is it," he said.'),
    ).toEqual(['The issue is partisan, and I read you the question: “Did she leave early?” That is it,']);
    expect(inner('"A stray mark, then “a real quote,” she said.')).toEqual(['a real quote,']);
    const long = '"The question was “Did she leave early?”\n\n"We asked twice," he said.';
    expect(findQuotations(long).map((q) => long.slice(q.start, q.end))).toEqual([
      '"The question was “Did she leave early?”\n\n"We asked twice,"',
    ]);
  });

  it('does not carry a stray straight quote into a paragraph opening with a curly one', () => {
    const text = '"The crowd waited.\n\n“Here he is,” she said. “He came.”';
    expect(inner(text)).toEqual(['The crowd waited.', 'Here he is,', 'He came.']);
  });

  it('closes an unbalanced quote at the paragraph end', () => {
    expect(inner('“It was over\n\nLater the army left.')).toEqual(['It was over']);
  });

  it('does not open a quote at an inch mark or a closing straight quote', () => {
    expect(inner('A 12" pipe burst.')).toEqual([]);
  });
});

describe('findQuotations with doubled apostrophes', () => {
  it("reads ''two apostrophes'' as a double quote mark and leaves a possessive alone", () => {
    const text = "''We lost the boats,'' the fishermen's leader said. ''All of them.''";
    const q = findQuotations(text);
    expect(q.map((x) => text.slice(x.innerStart, x.innerEnd))).toEqual(['We lost the boats,', 'All of them.']);
    expect(q.map((x) => text.slice(x.start, x.end))).toEqual(["''We lost the boats,''", "''All of them.''"]);
  });
});
