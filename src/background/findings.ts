// Extraction → what the page paints and the card says. Pure, so it lives beside its tests, not in the page.
import type { SavedClaim } from '../core/formats/claim';
import { anchor } from '../core/selectors';
import { isFlagged, type Attribution, type Extraction, type Figure, type NamedSource, type Qualifier } from '../core/types';
import { findingId, type PaintedFinding } from '../shared/messages';

const QUALIFIER_WORDS: Record<Qualifier, string | null> = {
  exact: null,
  at_least: 'at least',
  more_than: 'more than',
  about: 'about',
  up_to: 'up to',
  fewer_than: 'fewer than',
  vague: 'vague number',
};

/** "Figure: 50 killed · more than · hedged (might have) · attributed to various reports" */
export function figureLabel(figure: Figure): string {
  const parts = [`Figure: ${figure.value === null ? figure.text : figure.value.toLocaleString('en')} ${figure.kind}`];
  const qualifier = QUALIFIER_WORDS[figure.qualifier];
  if (qualifier) parts.push(qualifier);
  if (figure.hedged) parts.push(figure.hedgeCue ? `hedged (${figure.hedgeCue})` : 'hedged');
  parts.push(figure.source ? `attributed to ${figure.source}` : 'unattributed');
  return parts.join(' · ');
}

export function sourceLabel(source: NamedSource): string {
  const parts = [`Source: ${source.name}`];
  if (source.role) parts.push(source.role);
  parts.push(source.kind);
  return parts.join(' · ');
}

export const quoteLabel = (attribution: Attribution): string =>
  attribution.source ? `Quote by ${attribution.source}` : 'Quote, speaker not found';

/** Every finding the page paints, in text order, with ids stable for the same extraction. */
export function paintedFindings(extraction: Extraction): PaintedFinding[] {
  const findings: PaintedFinding[] = [];
  extraction.figures.forEach((figure, index) => {
    findings.push({ id: findingId.figure(index), category: isFlagged(figure) ? 'flagged' : 'figure', start: figure.start, end: figure.end, label: figureLabel(figure) });
  });
  extraction.sources.forEach((source, index) => {
    const label = sourceLabel(source);
    source.mentions.forEach(([start, end], mention) => findings.push({ id: findingId.source(index, mention), category: 'source', start, end, label }));
  });
  extraction.attributions.forEach((attribution, index) => {
    if (!attribution.direct) return;
    findings.push({ id: findingId.quote(index), category: 'quote', start: attribution.contentStart, end: attribution.contentEnd, label: quoteLabel(attribution) });
  });
  return findings.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** "Saved claim · disputed · Check with the coroner." */
export function savedLabel(claim: SavedClaim): string {
  const parts = ['Saved claim', claim.verdict];
  if (claim.note.trim()) parts.push(claim.note.trim().slice(0, 200));
  return parts.join(' · ');
}

/** Saved claims anchored again in the page's text (position, then quote, then an approximate match); the rest counted. */
export function savedFindings(text: string, claims: readonly SavedClaim[]): { findings: PaintedFinding[]; notFound: number } {
  const findings: PaintedFinding[] = [];
  for (const claim of claims) {
    const found = anchor(text, claim.selectors);
    if (found) findings.push({ id: `saved-${claim.id}`, category: 'saved', start: found.start, end: found.end, label: savedLabel(claim) });
  }
  return { findings, notFound: claims.length - findings.length };
}

/** The badge: how many figures nobody stands behind or that come hedged; empty when none. */
export const badgeText = (extraction: Extraction): string => {
  const flagged = extraction.figures.filter(isFlagged).length;
  return flagged === 0 ? '' : String(flagged);
};
