// What the library already knows about this page's findings: conflicts first and marked, then the same
// figure, the same source and near-duplicate wording, each with the saved claim's text and page.
import { useEffect, useState } from 'preact/hooks';
import type { CrossReference, Relation } from '../core/crossref';
import type { SavedClaim } from '../core/formats/claim';
import type { PopupToBackground, ResponseOf } from '../shared/messages';

type Known = ResponseOf<PopupToBackground, 'claims/cross-references'>;

const ORDER: Relation[] = ['conflict', 'same-figure', 'same-source', 'near-duplicate'];
const LABEL: Record<Relation, string> = {
  conflict: 'Conflicts with a saved claim',
  'same-figure': 'Same figure saved',
  'same-source': 'Same source saved',
  'near-duplicate': 'Similar claim saved',
};

/** `savedHere`: claims saved from this very page, which are the page itself and so never listed as matches. */
export function CrossReferenceList({ known, savedHere = 0 }: { known: Known; savedHere?: number }) {
  const claims = new Map<string, SavedClaim>(known.claims.map((claim) => [claim.id, claim]));
  const sorted = [...known.references].sort((a, b) => ORDER.indexOf(a.relation) - ORDER.indexOf(b.relation));
  if (sorted.length === 0) {
    return (
      <p data-testid="no-cross-references">
        {savedHere > 0 ? `Saved from this page: ${savedHere}. No claim saved from another page matches it.` : 'Nothing in your saved claims matches this page.'}
      </p>
    );
  }
  return (
    <ul data-testid="cross-references">
      {sorted.map((reference: CrossReference) => {
        const claim = claims.get(reference.claimId);
        return (
          <li key={`${reference.probeId}-${reference.claimId}-${reference.relation}`} data-testid="cross-reference" data-relation={reference.relation} class={reference.relation === 'conflict' ? 'conflict' : undefined}>
            <strong>{LABEL[reference.relation]}</strong> <span>{reference.detail}</span>
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
export function CrossReferences({ load, ready, revision, savedHere }: { load: () => Promise<Known>; ready: boolean; revision: number; savedHere: number }) {
  const [known, setKnown] = useState<Known | null>(null);
  useEffect(() => {
    if (!ready) return;
    load().then(setKnown, () => setKnown({ references: [], claims: [] }));
  }, [ready, revision]);
  return (
    <section data-testid="library-matches" aria-label="In your saved claims">
      <h2>In your saved claims</h2>
      {known ? <CrossReferenceList known={known} savedHere={savedHere} /> : <p>Looking…</p>}
    </section>
  );
}
