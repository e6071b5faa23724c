import { describe, expect, it } from 'vitest';
import { parseDocument } from './document';
import { findHedge } from './hedges';

/** The hedge of a sentence whose figure's own words are `clause`. */
function hedgeOf(sentence: string, clause: string): string | null {
  const doc = parseDocument(sentence);
  const clauseStart = doc.tokens.findIndex((t) => t.start >= sentence.indexOf(clause));
  const clauseEnd = doc.tokens.findIndex((t) => t.start >= sentence.indexOf(clause) + clause.length);
  return findHedge(doc.tokens, 0, doc.tokens.length, clauseStart, clauseEnd === -1 ? doc.tokens.length : clauseEnd);
}

describe('findHedge', () => {
  it('lets "as many as" hedge its own number, not the other figure of the sentence', () => {
    const sentence = 'Dozens were hurt, and as many as 30 people may be missing.';
    expect(hedgeOf(sentence, 'Dozens were hurt')).toBeNull();
    expect(hedgeOf(sentence, 'as many as 30 people may be missing')).toBe('as many as');
    expect(hedgeOf('As many as 30 people are missing.', 'As many as 30 people are missing')).toBe('As many as');
  });

  it.each([
    ['Nine hikers were reportedly hurt in the fall.', 'Nine hikers were reportedly hurt', 'reportedly'],
    ['Two guards were allegedly injured by the inmates.', 'Two guards were allegedly injured', 'allegedly'],
    ['Ten sailors may have died at sea.', 'Ten sailors may have died', 'may'],
    ['Six miners might have been trapped and killed.', 'Six miners might have been trapped and killed', 'might'],
    ['Thousands could die if the dam breaks.', 'Thousands could die', 'could'],
    ['Four climbers possibly died in the storm.', 'Four climbers possibly died', 'possibly'],
    ['An unconfirmed toll put the dead at 70.', 'put the dead at 70', 'unconfirmed'],
    ['Eight people are believed to have died.', 'Eight people are believed to have died', 'believed to'],
    ['An estimated 300 villagers were killed.', 'An estimated 300 villagers were killed', 'estimated'],
    ['As many as 50 fishermen are missing.', 'As many as 50 fishermen are missing', 'As many as'],
    ['Up to 50 fishermen are missing.', 'Up to 50 fishermen are missing', 'Up to'],
    [
      'The claim that 12 people died could not be independently verified.',
      '12 people died',
      'could not be independently verified',
    ],
    ['Some reports suggest 30 people were hurt.', '30 people were hurt', 'Some reports suggest'],
  ])('finds the cue in %j', (sentence, clause, cue) => {
    expect(hedgeOf(sentence, clause)).toBe(cue);
  });

  it('leaves a plain statement unhedged', () => {
    expect(
      hedgeOf('Eleven passengers were injured on Monday, the company said.', 'Eleven passengers were injured'),
    ).toBeNull();
  });

  it('does not let a modal in another clause hedge the figure', () => {
    expect(hedgeOf('Five workers died, and the plant may close for a week.', 'Five workers died')).toBeNull();
  });
});
