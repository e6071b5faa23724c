// "... pic.twitter.com/x — Kestrel Weekly (@KestrelWeekly) March 3, 2021": the credit line an embedded post ends with.
import type { Cite, SourceRule } from './rule';

/** A dash, the author's name, their handle in brackets, then the date the post went out. */
const POST_CREDIT =
  /[—–]\s+(\p{Lu}[\p{L}\p{N}.'’&-]*(?: [\p{L}\p{N}.'’&-]+){0,5})\s+\(@\w{1,30}\)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}/gu;

export const postCredit: SourceRule = {
  id: 'post-credit',
  why: 'An embedded post ends with its author, handle and date: the article shows what that author posted.',
  examples: [
    {
      input:
        'Crowds gathered at the bridge at noon. pic.twitter.com/AbCdEf123 — Kestrel Weekly (@KestrelWeekly) March 3, ' +
        '2021\n\nPolice fired tear gas later.',
      sources: ['Kestrel Weekly'],
    },
    // a dash and a name without a handle and a date is prose
    { input: 'The ferry left at dawn — Harbor Master Ivo Lind (who sailed it) said nothing.', sources: [] },
  ],
  cites: (doc) => {
    const cites: Cite[] = [];
    for (const m of doc.text.matchAll(POST_CREDIT)) {
      const name = m[1]!;
      const at = m.index + m[0].indexOf(name);
      cites.push({ name, span: [at, at + name.length], rule: 'post-credit' });
    }
    return cites;
  },
};
