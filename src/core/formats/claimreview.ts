// schema.org ClaimReview JSON-LD, the form fact-checkers publish: the verdict becomes the review rating's
// alternateName, the saved page the claim's appearance.
import type { SavedClaim, Verdict } from './claim';
import type { ExportWriter } from './writer';

/** Ratings on a 1–4 scale (worst to best), as ClaimReview asks for a number beside the name. */
const RATING: Record<Verdict, { value: number; name: string }> = {
  false: { value: 1, name: 'False' },
  disputed: { value: 2, name: 'Disputed' },
  unverified: { value: 3, name: 'Unverified' },
  supported: { value: 4, name: 'Supported' },
};

export function toClaimReview(claim: SavedClaim): Record<string, unknown> {
  const rating = RATING[claim.verdict];
  return {
    '@type': 'ClaimReview',
    identifier: claim.id,
    url: claim.page.url,
    datePublished: claim.updatedAt,
    claimReviewed: claim.text,
    reviewBody: claim.note,
    keywords: claim.tags,
    reviewRating: { '@type': 'Rating', ratingValue: rating.value, bestRating: 4, worstRating: 1, alternateName: rating.name },
    itemReviewed: {
      '@type': 'Claim',
      datePublished: claim.createdAt,
      ...(claim.source ? { author: { '@type': claim.source.kind === 'person' ? 'Person' : 'Organization', name: claim.source.name } } : {}),
      appearance: { '@type': 'CreativeWork', url: claim.page.url, ...(claim.page.title ? { headline: claim.page.title } : {}) },
    },
  };
}

export const claimReviewWriter: ExportWriter = {
  mimeType: 'application/ld+json',
  extension: 'jsonld',
  begin: () => '{"@context":"https://schema.org","@graph":[',
  item: (claim, index) => `${index === 0 ? '\n' : ',\n'}${JSON.stringify(toClaimReview(claim))}`,
  end: (count) => `${count === 0 ? '' : '\n'}]}\n`,
};
