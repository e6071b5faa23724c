import { describe, expect, it } from 'vitest';
import { findAttributions, LEARNED_RULE } from '../attributions';
import { parseDocument } from '../document';
import { findFeatures, keepsFind, type LearnedFind } from './keep-filter';

/** The tagger's finds in `text`, each with what the filter reads of it and whether it keeps it. */
function judged(text: string): { content: string; features: string[]; kept: boolean }[] {
  const out: { content: string; features: string[]; kept: boolean }[] = [];
  findAttributions(parseDocument(text), {
    keepLearned: (doc, find: LearnedFind, attribution) => {
      out.push({ content: attribution.content, features: findFeatures(doc, find), kept: keepsFind(doc, find) });
      return true;
    },
  });
  return out;
}

describe('the filter on the tagger’s finds', () => {
  it('reads the cue, the content and the speaker of a find', () => {
    const [find] = judged('The ferry union, which has long opposed the plan to close the harbor, held a rally.');
    expect(find?.features).toEqual(
      expect.arrayContaining([
        'cue=has long opposed',
        'content-first=the',
        'content-after-cue=true',
        'speaker-head=union',
        'speaker-side=left',
        'speaker-tagged=true',
      ]),
    );
  });

  it('keeps an attitude with its holder, and findAttributions shows only what it keeps', () => {
    const text = 'The mayor has long resisted calls to raise the city sales tax.';
    const finds = judged(text);
    expect(finds.some((f) => f.kept)).toBe(true);
    const shown = findAttributions(parseDocument(text)).filter((a) => a.rule === LEARNED_RULE);
    expect(shown.map((a) => a.content)).toEqual(finds.filter((f) => f.kept).map((f) => f.content));
  });

  it('is replaced by the filter findAttributions is given', () => {
    const text = 'The mayor has long resisted calls to raise the city sales tax.';
    const none = findAttributions(parseDocument(text), { keepLearned: () => false });
    expect(none.filter((a) => a.rule === LEARNED_RULE)).toEqual([]);
  });
});
