// The tolls one page reports, as the claims the event grouping reads: what the command line does with a
// saved page that the extension does when the user saves each figure. A headline that repeats a figure of
// the body ("at least 12 dead" above "At least 12 people were killed ..., police said") is one report, not
// two: the attributed one is kept.
import { sentenceSpan } from '../crossref';
import { newClaim } from '../formats/new-claim';
import type { Extraction, Figure } from '../types';
import type { EventClaim } from './group';

export interface PageOfTolls {
  /** Prefix of the claims' ids, one per page. */
  id: string;
  url: string;
  published: string | null;
  /** When the page was first seen (for a saved file, when it was saved). */
  firstSeen: string;
  extraction: Extraction;
}

const sameCount = (a: Figure, b: Figure): boolean =>
  a.kind === b.kind && a.value === b.value && a.qualifier === b.qualifier;

export function pageTolls({ id, url, published, firstSeen, extraction }: PageOfTolls): EventClaim[] {
  const kept: Figure[] = [];
  for (const figure of extraction.figures) {
    const same = kept.findIndex((other) => sameCount(other, figure));
    if (same === -1) kept.push(figure);
    else if (kept[same]!.source === null && figure.source !== null) kept[same] = figure;
  }
  return kept.map((figure) => {
    const [start, end] = sentenceSpan(extraction.text, figure.start, figure.end);
    const claim = newClaim({
      id: `${id}#${extraction.figures.indexOf(figure)}`,
      now: firstSeen,
      url,
      published,
      extraction,
      start,
      end,
    });
    return { ...claim, figure: claim.figure! };
  });
}
