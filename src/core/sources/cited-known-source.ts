// "told AFP", "Reuters reported": a well-known outlet or body the text cites by a verb or preposition.
import type { Token } from '../document';
import { knownFormsStartingWith, lookupKnownSource } from '../lexicon/known-sources';
import { CITED_AFTER, CITED_BEFORE, REPORTING_PARTICIPLES, STAFF } from '../lexicon/source-words';
import type { Cite, SourceRule } from './rule';

const lowerText = (t: Token | undefined): string => t?.text.toLowerCase().replace(/[,.;:]+$/, '') ?? '';

/** Acronyms match case-sensitively ("AP", not "ap"), names case-insensitively; both end at a word boundary. */
function isWrittenAt(text: string, at: number, form: string): boolean {
  const written = text.slice(at, at + form.length);
  const same = form === form.toUpperCase() ? written === form : written.toLowerCase() === form.toLowerCase();
  return same && !/[\p{L}\p{N}]/u.test(text[at + form.length] ?? '');
}

/**
 * "told AFP", "spoke to Reuters", "published by HRW", "researchers from Amnesty": the word before a preposition
 * says whether it cites; "an adviser to the UN", "sanctioned by the UN", "including from the UN" cite nobody.
 */
function citesAfterPreposition(tokens: readonly Token[], at: number): boolean {
  const cue = lowerText(tokens[at]);
  if (!CITED_BEFORE.has(cue)) return false;
  const head = tokens[at - 1];
  if (cue === 'to') return head?.tags.has('Verb') === true && !head.tags.has('Noun');
  if (cue === 'by') return REPORTING_PARTICIPLES.has(lowerText(head)) || head?.tags.has('Noun') === true;
  if (cue === 'from') return head?.tags.has('Noun') === true;
  return true;
}

export const citedKnownSource: SourceRule = {
  id: 'cited-known-source',
  why: 'A known outlet or body right after "told", "spoke to", "published by" or before "said" is cited, not just named.',
  examples: [
    { input: 'A nurse told AFP the ward was full.', sources: ['AFP'] },
    { input: 'She once worked in a UNICEF building.', sources: [], notSources: ['UNICEF'] },
    { input: 'The widow spoke to Reuters on Monday.', sources: ['Reuters'] },
    // a preposition after a noun or a deed cites nobody
    {
      input: 'Ana Roe, an adviser to the UN, was held with two men sanctioned by the UN Security Council.',
      sources: [],
      notSources: ['UN', 'UN Security Council'],
    },
  ],
  cites: (doc) => {
    const cites: Cite[] = [];
    const { tokens } = doc;
    for (let i = 0; i < tokens.length; i++) {
      const form = knownFormsStartingWith(tokens[i]!.text.replace(/['’]s$/, '')).find((f) =>
        isWrittenAt(doc.text, tokens[i]!.start, f),
      );
      if (!form) continue;
      const formEnd = tokens[i]!.start + form.length;
      let next = i + 1;
      while (next < tokens.length && tokens[next]!.start < formEnd) next++;
      const before = lowerText(tokens[i - 1]) === 'the' ? i - 2 : i - 1;
      const staffFor = lowerText(tokens[before]) === 'for' && STAFF.has(lowerText(tokens[before - 1]));
      const citedBefore = citesAfterPreposition(tokens, before) || staffFor;
      // "the Pentagon only admitted", "The White House has previously touted", "a CNN public poll"
      let after = next;
      while (after < next + 2 && ['Adverb', 'Auxiliary', 'Adjective'].some((tag) => tokens[after]?.tags.has(tag)))
        after++;
      const isOutlet = lookupKnownSource(form)?.kind === 'outlet';
      const citing = (t: Token | undefined): boolean =>
        CITED_AFTER.has(lowerText(t)) || (STAFF.has(lowerText(t)) && isOutlet);
      if (citedBefore || citing(tokens[after]) || citing(tokens[next]))
        cites.push({ name: form, span: [tokens[i]!.start, formEnd], rule: 'cited-known-source' });
      i = next - 1;
    }
    return cites;
  },
};
