// What a saved claim is "of": one toll, one quote, one source or one selected passage of one page. Saving
// the same target twice finds the claim already there (its id derives from the page and the target), so a
// second click, or the headline's mention of the body's toll, never makes a second claim.
import { hash, sentenceSpan } from './crossref';
import type { Toll } from './tolls';
import type { Attribution, Extraction, NamedSource } from './types';

export interface ClaimTarget {
  /** What is saved, independent of where on the page it was clicked: the toll's key, the quote's words. */
  key: string;
  /** The span the claim quotes, in extraction.text offsets. */
  start: number;
  end: number;
  /** The figure the claim is about (an index into extraction.figures), when it is a toll. */
  figureIndex: number | null;
  /** The speaker a quote is by; undefined for targets that are not quotes. */
  speaker?: string | null;
}

/** A claim's id: the same page and target always give the same id. */
export function claimIdFor(url: string, target: Pick<ClaimTarget, 'key'>): string {
  const seed = `${url}\u0000${target.key}`;
  return `claim-${hash(seed).toString(36)}${hash(seed, 0x01000193).toString(36)}`;
}

/** A toll is saved as the sentence of the mention that stands for it (the attributed one, usually the body's). */
export function tollTarget(extraction: Extraction, toll: Toll): ClaimTarget {
  const index = extraction.figures.indexOf(toll.figure);
  const [start, end] = sentenceSpan(extraction.text, toll.figure.start, toll.figure.end);
  return { key: `toll|${toll.key}`, start, end, figureIndex: index === -1 ? null : index };
}

/** How far a speaker's name may sit from its quote and still be quoted with it ("…,” said Col. John J. Smith). */
const SPEAKER_REACH = 120;

const QUOTE_MARKS = /["“”‘’«»]/;

/** A quote is saved whole, with its cue and its speaker's name when they stand next to it. */
export function quoteTarget(extraction: Extraction, attribution: Attribution): ClaimTarget {
  let start = Math.min(attribution.contentStart, attribution.cueStart);
  let end = Math.max(attribution.contentEnd, attribution.cueEnd);
  const { sourceStart, sourceEnd } = attribution;
  if (
    sourceStart !== null &&
    sourceEnd !== null &&
    sourceStart < end + SPEAKER_REACH &&
    sourceEnd > start - SPEAKER_REACH
  ) {
    start = Math.min(start, sourceStart);
    end = Math.max(end, sourceEnd);
  }
  // the quotation marks around the words belong to the quote
  if (QUOTE_MARKS.test(extraction.text[start - 1] ?? '')) start -= 1;
  if (QUOTE_MARKS.test(extraction.text[end] ?? '')) end += 1;
  return {
    key: `quote|${attribution.source ?? ''}|${attribution.content}`,
    start,
    end,
    figureIndex: null,
    speaker: attribution.source,
  };
}

/** A source is saved as the sentence of its first mention. */
export function sourceTarget(extraction: Extraction, source: NamedSource): ClaimTarget {
  const [first, last] = source.mentions[0] ?? [0, 0];
  const [start, end] = sentenceSpan(extraction.text, first, last);
  return { key: `source|${source.name}`, start, end, figureIndex: null };
}

/** A passage the reader selected, saved as it is. */
export function passageTarget(extraction: Extraction, start: number, end: number): ClaimTarget {
  return {
    key: `text|${extraction.text.slice(start, end).trim().replace(/\s+/g, ' ')}`,
    start,
    end,
    figureIndex: null,
  };
}
