// What else the library knows about this page's findings: the same figure, the same source and
// near-duplicate wording, each saved claim once with its text and page. Conflicts are not repeated here:
// they stand on their toll's own row, where the eye is.
import { useEffect, useState } from 'preact/hooks';
import type { CrossReference, Relation } from '../core/crossref';
import type { SavedClaim } from '../core/formats/claim';
import type { PopupToBackground, ResponseOf } from '../shared/messages';

type Known = ResponseOf<PopupToBackground, 'claims/cross-references'>;

const ORDER: Relation[] = ['same-figure', 'same-source', 'near-duplicate'];
const LABEL: Record<Exclude<Relation, 'conflict'>, string> = {
  'same-figure': 'Same figure saved',
  'same-source': 'Same source saved',
  'near-duplicate': 'Similar claim saved',
};

/** `savedHere`: claims saved from this very page, which are the page itself and so never listed as matches. */
export function CrossReferenceList({ known, savedHere = 0 }: { known: Known; savedHere?: number }) {
  const claims = new Map<string, SavedClaim>(known.claims.map((claim) => [claim.id, claim]));
  // every mention of a toll is a probe of its own: one saved claim, one line per relation
  const seen = new Set<string>();
  const sorted = known.references
    .filter((reference) => {
      const key = `${reference.claimId}|${reference.relation}`;
      if (reference.relation === 'conflict' || seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => ORDER.indexOf(a.relation) - ORDER.indexOf(b.relation));
  if (sorted.length === 0) {
    return (
      <p data-testid="no-cross-references">
        {savedHere > 0
          ? `Saved from this page: ${savedHere}. Nothing else in your saved claims matches it.`
          : 'Nothing else in your saved claims matches this page.'}
      </p>
    );
  }
  return (
    <ul data-testid="cross-references">
      {sorted.map((reference: CrossReference) => {
        const claim = claims.get(reference.claimId);
        return (
          <li
            key={`${reference.claimId}-${reference.relation}`}
            data-testid="cross-reference"
            data-relation={reference.relation}
          >
            <strong>{LABEL[reference.relation as Exclude<Relation, 'conflict'>]}</strong>{' '}
            <span>{reference.detail}</span>
            {claim && (
              <blockquote>
                {claim.text} <cite>{claim.page.title ?? claim.page.url}</cite>
              </blockquote>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** Loads the tab's cross-references once its findings are there (`ready`), and again after each save. */
export function CrossReferences({
  load,
  ready,
  revision,
  savedHere,
}: {
  load: () => Promise<Known>;
  ready: boolean;
  revision: number;
  savedHere: number;
}) {
  const [known, setKnown] = useState<Known | null>(null);
  useEffect(() => {
    if (!ready) return;
    load().then(setKnown, () => setKnown({ references: [], claims: [] }));
  }, [ready, revision]);
  return (
    <section data-testid="library-matches" aria-label="Also in your saved claims">
      <h2>Also in your saved claims</h2>
      {known ? <CrossReferenceList known={known} savedHere={savedHere} /> : <p>Looking…</p>}
    </section>
  );
}
