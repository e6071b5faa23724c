// "A statement from the Senate said", "a tweet from Delta Monitor said": the author of the document that speaks.
import { DOCUMENT_WORDS } from '../lexicon/source-words';
import { SPEECH_EVENT_NOUNS } from '../lexicon/speech-events';
import { word } from '../tokens';
import { nameFrom } from './according-to';
import type { Cite, SourceRule } from './rule';

const AUTHOR_MARKS = new Set(['from', 'by']);

export const documentAuthor: SourceRule = {
  id: 'document-author',
  why: 'A document that speaks ("a statement from the Senate said") is its author speaking: the author is the source.',
  examples: [
    { input: 'A statement from the Senate said the agencies had located the camp.', sources: ['Senate'] },
    { input: 'A tweet from Delta Monitor said the bridge would stay shut until noon.', sources: ['Delta Monitor'] },
    // the document is no speaker here: nothing it says is reported
    {
      input: 'The guards burned a report from the Harbor Clinic before the visit.',
      sources: [],
      notSources: ['Harbor Clinic'],
    },
  ],
  cites: (doc, attributions) => {
    const speakerEnds = new Set(attributions.flatMap((a) => (a.sourceEnd === null ? [] : [a.sourceEnd])));
    const cites: Cite[] = [];
    const { tokens } = doc;
    for (const sentence of doc.sentences) {
      for (let i = sentence.firstToken; i + 2 < sentence.endToken; i++) {
        const document = word(tokens[i]);
        if (!speakerEnds.has(tokens[i]!.end) || !AUTHOR_MARKS.has(word(tokens[i + 1]))) continue;
        if (!DOCUMENT_WORDS.has(document) && !SPEECH_EVENT_NOUNS.has(document)) continue;
        const author = nameFrom(doc, i + 1, sentence.endToken);
        if (!author || !/^\p{Lu}/u.test(author.name)) continue;
        const span = [tokens[author.first]!.start, tokens[author.end - 1]!.end] as const;
        cites.push({ name: author.name, span, rule: 'document-author' });
      }
    }
    return cites;
  },
};
