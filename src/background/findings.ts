// Extraction → what the page paints and the card says, the badge, and what each finding is saved as.
// Pure, so it lives beside its tests, not in the page.
import { claimIdFor, quoteTarget, sourceTarget, tollTarget, type ClaimTarget } from '../core/claim-targets';
import type { CrossReference } from '../core/crossref';
import {
  countOf,
  describeBacking,
  describeDate,
  describeSource,
  describeSpeaker,
  describeToll,
  figureSentence,
} from '../core/describe';
import type { SavedClaim } from '../core/formats/claim';
import { anchor } from '../core/selectors';
import { groupTolls, tollOf, type Toll } from '../core/tolls';
import type { Extraction, Figure } from '../core/types';
import { findingId, parseFindingId, type ConflictNote, type PaintedFinding } from '../shared/messages';

/** The card's sentence for a figure: "At least 40 killed, according to police." */
export const figureLabel = (figure: Figure): string => figureSentence(figure, figure.source, figure.text);

/** Every finding the page paints, in text order, with ids stable for the same extraction. */
export function paintedFindings(extraction: Extraction): PaintedFinding[] {
  const findings: PaintedFinding[] = [];
  const tolls = groupTolls(extraction.figures);
  extraction.figures.forEach((figure, index) => {
    const toll = tollOf(tolls, index);
    const shown = toll?.figure ?? figure;
    const others =
      toll && toll.mentions.length > 1 ? ` The page gives this toll ${countOf(toll.mentions.length, 'time')}.` : '';
    findings.push({
      id: findingId.figure(index),
      category: toll?.flagged ? 'flagged' : 'figure',
      start: figure.start,
      end: figure.end,
      label: `${figureLabel(shown)}${others}`,
    });
  });
  extraction.sources.forEach((source, index) => {
    const label = `Source: ${describeSource(source)}.`;
    source.mentions.forEach(([start, end], mention) =>
      findings.push({ id: findingId.source(index, mention), category: 'source', start, end, label }),
    );
  });
  extraction.attributions.forEach((attribution, index) => {
    if (!attribution.direct) return;
    findings.push({
      id: findingId.quote(index),
      category: 'quote',
      start: attribution.contentStart,
      end: attribution.contentEnd,
      label: `${describeSpeaker(attribution.source)}.`,
    });
  });
  return findings.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** What saving a painted finding saves: its toll, its whole quote, its source. Null for an unknown id. */
export function targetOf(
  extraction: Extraction,
  id: string,
  tolls: readonly Toll[] = groupTolls(extraction.figures),
): ClaimTarget | null {
  const parsed = parseFindingId(id);
  if (!parsed) return null;
  if (parsed.kind === 'figure') {
    const toll = tollOf(tolls, parsed.index);
    return toll ? tollTarget(extraction, toll) : null;
  }
  if (parsed.kind === 'quote') {
    const attribution = extraction.attributions[parsed.index];
    return attribution ? quoteTarget(extraction, attribution) : null;
  }
  const source = extraction.sources[parsed.index];
  return source ? sourceTarget(extraction, source) : null;
}

/** "Saved claim · disputed · Check with the coroner." */
export function savedLabel(claim: SavedClaim): string {
  const parts = ['Saved claim', claim.verdict];
  if (claim.note.trim()) parts.push(claim.note.trim().slice(0, 200));
  return parts.join(' · ');
}

/**
 * Saved claims anchored again in the page's text (position, then quote, then an approximate match); the rest counted.
 */
export function savedFindings(
  text: string,
  claims: readonly SavedClaim[],
): { findings: PaintedFinding[]; notFound: number } {
  const findings: PaintedFinding[] = [];
  for (const claim of claims) {
    const found = anchor(text, claim.selectors);
    if (found)
      findings.push({
        id: `saved-${claim.id}`,
        category: 'saved',
        start: found.start,
        end: found.end,
        label: savedLabel(claim),
        savedClaimId: claim.id,
      });
  }
  return { findings, notFound: claims.length - findings.length };
}

/** The conflicts of the page's figures with saved claims, by finding id, as the card and popup tell them. */
export function conflictNotes(
  references: readonly CrossReference[],
  claims: readonly SavedClaim[],
): Map<string, ConflictNote[]> {
  const byId = new Map(claims.map((claim) => [claim.id, claim]));
  const notes = new Map<string, ConflictNote[]>();
  for (const reference of references) {
    const claim = byId.get(reference.claimId);
    if (reference.relation !== 'conflict' || !claim?.figure) continue;
    const saved = describeToll(claim.figure);
    const page = claim.page.title ?? claim.page.url;
    const source = claim.source?.name ?? null;
    const note: ConflictNote = {
      claimId: claim.id,
      saved,
      source,
      page,
      url: claim.page.url,
      savedAt: claim.createdAt,
      detail: reference.detail,
      summary: `${saved}, ${describeBacking(source)}, saved ${describeDate(claim.createdAt)} from “${page}”`,
    };
    notes.set(reference.probeId, [...(notes.get(reference.probeId) ?? []), note]);
  }
  return notes;
}

/**
 * Each finding with what the library knows of it: the claim it is saved as (same target, same page) and,
 * for figures, the saved tolls it contradicts. Every mention of a toll shares its toll's conflicts.
 */
export function withClaimState(
  extraction: Extraction,
  url: string,
  findings: readonly PaintedFinding[],
  savedIds: ReadonlySet<string>,
  conflicts: ReadonlyMap<string, ConflictNote[]>,
): PaintedFinding[] {
  const tolls = groupTolls(extraction.figures);
  const tollConflicts = new Map<Toll, ConflictNote[]>();
  for (const [id, notes] of conflicts) {
    const parsed = parseFindingId(id);
    const toll = parsed?.kind === 'figure' ? tollOf(tolls, parsed.index) : undefined;
    if (!toll) continue;
    const known = tollConflicts.get(toll) ?? [];
    tollConflicts.set(toll, [
      ...known,
      ...notes.filter((note) => !known.some((other) => other.claimId === note.claimId)),
    ]);
  }
  return findings.map((finding) => {
    if (finding.category === 'saved') return finding;
    const target = targetOf(extraction, finding.id, tolls);
    const claimId = target ? claimIdFor(url, target) : null;
    const parsed = parseFindingId(finding.id);
    const toll = parsed?.kind === 'figure' ? tollOf(tolls, parsed.index) : undefined;
    const notes = toll ? tollConflicts.get(toll) : undefined;
    return {
      ...finding,
      ...(claimId && savedIds.has(claimId) ? { savedClaimId: claimId } : {}),
      ...(notes ? { conflicts: notes } : {}),
    };
  });
}

export interface Badge {
  text: string;
  color: string;
  title: string;
}

/**
 * Conflicts outrank unattributed figures: a red badge counting the contradicted tolls; else orange, the flagged ones.
 */
export const BADGE_COLORS = { conflict: '#b91c1c', flagged: '#c2410c' } as const;

/** The toolbar badge: distinct tolls, not mentions, so a toll repeated in headline and body counts once. */
export function badgeFor(extraction: Extraction, findings: readonly PaintedFinding[]): Badge {
  const tolls = groupTolls(extraction.figures);
  const flagged = tolls.filter((toll) => toll.flagged).length;
  const conflicting = tolls.filter((toll) =>
    toll.mentions.some(
      (index) => findings.find((finding) => finding.id === findingId.figure(index))?.conflicts?.length,
    ),
  ).length;
  const flaggedWords =
    flagged === 0 ? 'No figure is unattributed or hedged.' : `${countOf(flagged, 'figure')} unattributed or hedged.`;
  if (conflicting > 0)
    return {
      text: `${conflicting}!`,
      color: BADGE_COLORS.conflict,
      title: `Sourcelight: ${countOf(conflicting, 'figure')} conflicting with your saved claims. ${flaggedWords}`,
    };
  return {
    text: flagged === 0 ? '' : String(flagged),
    color: BADGE_COLORS.flagged,
    title: `Sourcelight: ${flaggedWords}`,
  };
}
