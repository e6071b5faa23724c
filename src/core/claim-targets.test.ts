import { describe, expect, it } from 'vitest';
import { claimIdFor, passageTarget, quoteTarget } from './claim-targets';
import type { Attribution, Extraction } from './types';

const text =
  'The base was shelled at dawn. “We lost two vehicles and nobody was hurt,” said Colonel John J. Smith. Repairs began.';
const quoteStart = text.indexOf('We lost');
const quoteEnd = text.indexOf(',”') + 1;
const speakerStart = text.indexOf('Colonel');
const attribution: Attribution = {
  source: 'Colonel John J. Smith',
  sourceStart: speakerStart,
  sourceEnd: speakerStart + 'Colonel John J. Smith'.length,
  cue: 'said',
  cueStart: text.indexOf('said'),
  cueEnd: text.indexOf('said') + 4,
  content: text.slice(quoteStart, quoteEnd),
  contentStart: quoteStart,
  contentEnd: quoteEnd,
  direct: true,
  rule: 'reporting-verb',
};
const extraction: Extraction = { title: null, text, figures: [], sources: [], attributions: [attribution] };

describe('claim targets', () => {
  it('quotes a quote whole, with its marks, its cue and its speaker, past the initial of a name', () => {
    const target = quoteTarget(extraction, attribution);
    expect(text.slice(target.start, target.end)).toBe(
      '“We lost two vehicles and nobody was hurt,” said Colonel John J. Smith',
    );
    expect(target.speaker).toBe('Colonel John J. Smith');
  });

  it('gives the same id to the same target of the same page, another to another page or target', () => {
    const target = quoteTarget(extraction, attribution);
    expect(claimIdFor('https://a.example/', target)).toBe(
      claimIdFor('https://a.example/', quoteTarget(extraction, { ...attribution })),
    );
    expect(claimIdFor('https://b.example/', target)).not.toBe(claimIdFor('https://a.example/', target));
    expect(claimIdFor('https://a.example/', passageTarget(extraction, 0, 29))).toBe(
      claimIdFor('https://a.example/', passageTarget(extraction, 0, 30)),
    );
    expect(claimIdFor('https://a.example/', target)).toMatch(/^claim-[0-9a-z]+$/);
  });
});
