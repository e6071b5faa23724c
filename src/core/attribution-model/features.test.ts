import { describe, expect, it } from 'vitest';
import { parseDocument } from '../document';
import { tokenFeatures } from './features';

const featuresOf = (text: string, word: string): string[] => {
  const doc = parseDocument(text);
  const index = doc.tokens.findIndex((t) => t.text === word);
  return tokenFeatures(doc)[index]!;
};

describe('tokenFeatures', () => {
  it('names the word, its neighbours and its tags', () => {
    const features = featuresOf('The mayor said the bridge would close.', 'said');
    expect(features).toEqual(
      expect.arrayContaining(['w=said', 'w-1=mayor', 'w+1=the', 't=Verb', 't=PastTense', 'cue']),
    );
  });

  it('marks words inside a quotation and the marks around them', () => {
    const text = 'He said, “We will rebuild it.”';
    expect(featuresOf(text, 'We')).toEqual(expect.arrayContaining(['inq', 'q<']));
    expect(featuresOf(text, 'it')).toEqual(expect.arrayContaining(['inq', 'q>']));
    expect(featuresOf(text, 'He')).not.toContain('inq');
  });

  it('measures the distance to the nearest cue word of the sentence, signed', () => {
    const text = 'Officials in the city said the road was closed.';
    expect(featuresOf(text, 'Officials')).toContain('dcue=-4-8');
    expect(featuresOf(text, 'road')).toContain('dcue=+2');
    expect(featuresOf('The road was closed all week.', 'road')).toContain('nocue');
  });

  it('measures the distance to the nearest quote mark and to the ends of the clause, and counts the cues before', () => {
    const text = 'The mayor said the road, which flooded, was “closed for now.”';
    expect(featuresOf(text, 'road')).toEqual(expect.arrayContaining(['dend=+1', 'dstart=+4-8', 'cb=1']));
    expect(featuresOf(text, 'which')).toEqual(expect.arrayContaining(['dend=+2', 'dstart=+0']));
    expect(featuresOf(text, 'mayor')).toEqual(expect.arrayContaining(['cb=0', 'dq=-4-8']));
    expect(featuresOf('The road was closed all week.', 'road')).toContain('noq');
  });

  it('gives every token of the document a feature list', () => {
    const doc = parseDocument('First sentence here. “A quote,” she said. Third one.');
    const features = tokenFeatures(doc);
    expect(features).toHaveLength(doc.tokens.length);
    for (const list of features) expect(list[0]).toBe('b');
  });
});
