import { describe, expect, it } from 'vitest';
import { findAttributions } from './attributions';
import { findParagraphs, parseDocument } from './document';
import { headlineQuotations, isTitleCase, sentenceCased, titleCaseLines } from './headline-case';

const headlinesOf = (text: string) => titleCaseLines(text, findParagraphs(text));
const recased = (text: string): string => sentenceCased(text, headlinesOf(text));

describe('isTitleCase', () => {
  it('takes a headline whose words are capitalized, the minor ones aside', () => {
    expect(isTitleCase('Mayor Rejects Council Plan to Close the River Ferry')).toBe(true);
  });

  it('leaves prose and sentence-case headlines alone', () => {
    expect(isTitleCase('Mayor rejects council plan to close the river ferry')).toBe(false);
    expect(isTitleCase('The Mayor of Dunmore spoke to reporters on Monday about the ferry and its future.')).toBe(
      false,
    );
  });

  it('leaves a line of two words alone: a byline or a name says nothing of its case', () => {
    expect(isTitleCase('Ana Ruiz')).toBe(false);
  });
});

describe('sentenceCased', () => {
  const body =
    '\nThe mayor of Dunmore said on Monday that the council plan would cost the town its only crossing. ' +
    'Mayor Ana Ruiz says the ferry will run.';

  it('writes a headline word as the article writes it: lower where the body writes it lower', () => {
    const text = 'Ruiz Says Council Plan Will Strand Islanders' + body;
    expect(recased(text).split('\n')[0]).toBe('Ruiz says council plan will strand islanders');
  });

  it('keeps a name the body capitalizes inside its sentences, and acronyms', () => {
    const text = 'Dunmore Mayor Tells NATO Envoy the Ferry Stays' + body;
    expect(recased(text).split('\n')[0]).toBe('Dunmore mayor tells NATO envoy the ferry stays');
  });

  it('changes no length and touches no line outside the headlines', () => {
    const text = 'Ruiz Says Council Plan Will Strand Islanders' + body;
    const out = recased(text);
    expect(out).toHaveLength(text.length);
    expect(out.slice(out.indexOf('\n'))).toBe(body);
  });
});

describe('a title-case headline in the parse', () => {
  const text =
    "Osei Says Harbor Museum Will Tell of 'Loss and Hope.'\n" +
    'Mayor Kofi Osei says the museum will tell of loss and hope when it opens in the spring.';

  it('reads the headline verb as a verb (title case made it a name), keeping the token as written', () => {
    const doc = parseDocument(text);
    const says = doc.tokens.find((t) => t.normal === 'says')!;
    expect(says.text).toBe('Says');
    expect(text.slice(says.start, says.end)).toBe('Says');
    expect(says.tags.has('Verb')).toBe(true);
    expect(says.tags.has('ProperNoun')).toBe(false);
  });

  it('so the headline is read as what Osei says', () => {
    const headline = findAttributions(parseDocument(text)).find((a) => a.cue === 'Says');
    expect(headline?.source).toBe('Osei');
    expect(headline?.content).toMatch(/^Harbor Museum Will Tell of 'Loss and Hope/);
  });
});

describe('headlineQuotations', () => {
  const quoted = (text: string): string[] =>
    headlineQuotations(text, headlinesOf(text)).map((q) => text.slice(q.innerStart, q.innerEnd));

  it('reads single marks in a title-case line as a quotation, as headlines write one', () => {
    expect(quoted('Harbor Chief Tells Council: ‘We Cannot Run the Ferry on Promises.’')).toEqual([
      'We Cannot Run the Ferry on Promises.',
    ]);
    expect(quoted('Mayor Calls Levy ‘A Gamble’ After Flood')).toEqual(['A Gamble']);
  });

  it('takes no apostrophe for a mark, and leaves single marks in prose alone', () => {
    expect(quoted('Osei’s Ferry Plan Wins Council’s Backing')).toEqual([]);
    expect(quoted('The mayor called the levy ‘a gamble’ on Monday, and the council agreed with her.')).toEqual([]);
  });
});

describe('a title-case headline with a single-quoted quotation', () => {
  it('gives the quotation whole to the headline speaker', () => {
    const text =
      'Harbor Chief Tells Council: ‘We Cannot Run the Ferry on Promises.’\n' +
      'The harbor chief told the council on Monday that the ferry needs money, not promises.';
    expect(findAttributions(parseDocument(text))).toContainEqual(
      expect.objectContaining({
        source: 'Harbor Chief',
        cue: 'Tells',
        content: '‘We Cannot Run the Ferry on Promises.’',
      }),
    );
  });
});
