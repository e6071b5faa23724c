// An import meets a claim the library already has (same id): the reader's newer edit wins, and nothing the
// library knows is lost because the file's format could not carry it (a Hypothesis or foreign annotation
// has no figure, no source, no page title).
import type { SavedClaim } from './claim';

/** The claim to keep: the more recently updated of the two, with any field it lacks filled from the other. */
export function mergeImported(existing: SavedClaim, incoming: SavedClaim): SavedClaim {
  const [newer, older] = incoming.updatedAt >= existing.updatedAt ? [incoming, existing] : [existing, incoming];
  return {
    ...newer,
    page: { url: newer.page.url, title: newer.page.title ?? older.page.title },
    figure: newer.figure ?? older.figure,
    source: newer.source ?? older.source,
  };
}
