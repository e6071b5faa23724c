import { describe, expect, it } from 'vitest';
import { parseDocument } from './document';
import { findQuantities } from './quantities';

function quantities(text: string) {
  const doc = parseDocument(text);
  return findQuantities(doc).map((q) => ({
    text: text.slice(doc.tokens[q.phraseStart]!.start, doc.tokens[q.endToken - 1]!.end),
    value: q.value,
    qualifier: q.qualifier,
  }));
}

describe('findQuantities', () => {
  it.each([
    ['The ferry carried 2,340 passengers.', '2,340', 2340],
    ['Officials counted 12 boats.', '12', 12],
    ['The region has 4.7 million residents.', '4.7 million', 4_700_000],
    ['SEVEN TRAINS STOPPED', 'SEVEN', 7],
    ['Sixty-three houses flooded.', 'Sixty-three', 63],
    ['The farm kept a dozen goats.', 'a dozen', 12],
    ['They planted two dozen trees.', 'two dozen', 24],
    ['The hall seats one hundred and twenty guests.', 'one hundred and twenty', 120],
    ['Three thousand fans sang.', 'Three thousand', 3000],
    ['The fair drew two and a half thousand visitors.', 'two and a half thousand', 2500],
    ['On Sunday, 14 runners finished.', '14', 14],
  ])('reads %j', (sentence, text, value) => {
    expect(quantities(sentence)).toEqual([{ text, value, qualifier: 'exact' }]);
  });

  it.each([
    ['Dozens of kites flew.', 'Dozens'],
    ['Scores of birds left.', 'Scores'],
    ['Hundreds of letters arrived.', 'Hundreds'],
    ['Tens of thousands marched.', 'Tens of thousands'],
    ['Hundreds of thousands watched.', 'Hundreds of thousands'],
  ])('reads the vague collective in %j', (sentence, text) => {
    expect(quantities(sentence)).toEqual([{ text, value: null, qualifier: 'vague' }]);
  });

  it.each([
    ['At least 40 cars were towed.', 'At least 40', 'at_least'],
    ['No fewer than 40 cars were towed.', 'No fewer than 40', 'at_least'],
    ['More than 40 cars were towed.', 'More than 40', 'more_than'],
    ['Over 40 cars were towed.', 'Over 40', 'more_than'],
    ['Upwards of 40 cars were towed.', 'Upwards of 40', 'more_than'],
    ['Nearly 40 cars were towed.', 'Nearly 40', 'up_to'],
    ['Up to 40 cars were towed.', 'Up to 40', 'up_to'],
    ['As many as 40 cars were towed.', 'As many as 40', 'up_to'],
    ['About 40 cars were towed.', 'About 40', 'about'],
    ['Roughly 40 cars were towed.', 'Roughly 40', 'about'],
    ['An estimated 40 cars were towed.', 'An estimated 40', 'about'],
    ['Fewer than 40 cars were towed.', 'Fewer than 40', 'fewer_than'],
    ['Less than 40 cars were towed.', 'Less than 40', 'fewer_than'],
  ])('reads the qualifier in %j', (sentence, text, qualifier) => {
    expect(quantities(sentence)).toEqual([{ text, value: 40, qualifier }]);
  });

  it('reads a range as a floor and a ceiling', () => {
    expect(quantities('Between 300 and 500 bikes were sold.')).toEqual([
      { text: 'Between 300', value: 300, qualifier: 'at_least' },
      { text: '500', value: 500, qualifier: 'up_to' },
    ]);
  });

  it.each([
    ['The fourth runner finished.'],
    ['The ticket cost $40.'],
    ['Prices rose 12% last year.'],
    ['A 52-year-old teacher spoke.'],
    ['Several people and many dogs came.'],
    // issue 12: a long run of digits made a figure whose value was Infinity; past 2^53 no count stays exact
    [`${'9'.repeat(400)} boats sank.`],
    ['12345678901234567890 boats sank.'],
  ])('finds no count in %j', (sentence) => {
    expect(quantities(sentence)).toEqual([]);
  });
});
