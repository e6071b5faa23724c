// schema.org ClaimReview JSON-LD, the form fact-checkers publish, following schema.org and the fact-check
// publishers' guidance: a rating only for a verdict that rates the claim (an unverified claim is not rated
// at all, not rated in the middle of a scale), the review's author from the options page, and the claim's
// author only when the article names them, typed as what they are. Typed with schema-dts, which is
// generated from schema.org's vocabulary, so a property or type schema.org does not have fails to compile.
import type { ClaimReview, Claim, CreativeWork, Organization, Person, Rating } from 'schema-dts';
import type { ClaimSource, SavedClaim, Verdict } from './claim';
import type { ExportContext, ExportWriter } from './writer';

/** Verdicts that rate a claim, worst to best on a 1–3 scale; `unverified` is no rating and gets none. */
const RATING: Record<Exclude<Verdict, 'unverified'>, { value: number; name: string }> = {
  false: { value: 1, name: 'False' },
  disputed: { value: 2, name: 'Disputed' },
  supported: { value: 3, name: 'Supported' },
};

function rating(verdict: Verdict): Rating | null {
  if (verdict === 'unverified') return null;
  const { value, name } = RATING[verdict];
  return { '@type': 'Rating', ratingValue: value, bestRating: 3, worstRating: 1, alternateName: name };
}

/** Who made the claim: a named person or organisation; an anonymous source or a document is no author. */
function claimAuthor(source: ClaimSource | null): Person | Organization | null {
  if (!source) return null;
  if (source.kind === 'person') return { '@type': 'Person', name: source.name };
  if (source.kind === 'organization' || source.kind === 'outlet') return { '@type': 'Organization', name: source.name };
  return null;
}

export function toClaimReview(claim: SavedClaim, { reviewer }: ExportContext): ClaimReview {
  const author = claimAuthor(claim.source);
  const rated = rating(claim.verdict);
  const appearance: CreativeWork = {
    '@type': 'CreativeWork',
    url: claim.page.url,
    ...(claim.page.title ? { headline: claim.page.title } : {}),
  };
  const itemReviewed: Claim = {
    '@type': 'Claim',
    ...(author ? { author } : {}),
    appearance,
    firstAppearance: appearance,
  };
  return {
    '@type': 'ClaimReview',
    identifier: claim.id,
    datePublished: claim.updatedAt,
    claimReviewed: claim.text,
    ...(claim.note ? { reviewBody: claim.note } : {}),
    ...(claim.tags.length > 0 ? { keywords: claim.tags.join(', ') } : {}),
    ...(reviewer ? { author: { '@type': reviewer.type, name: reviewer.name } } : {}),
    ...(rated ? { reviewRating: rated } : {}),
    itemReviewed,
  };
}

export const claimReviewWriter: ExportWriter = {
  mimeType: 'application/ld+json',
  extension: 'jsonld',
  begin: () => '{"@context":"https://schema.org","@graph":[',
  item: (claim, index, context) => `${index === 0 ? '\n' : ',\n'}${JSON.stringify(toClaimReview(claim, context))}`,
  end: (count) => `${count === 0 ? '' : '\n'}]}\n`,
};
