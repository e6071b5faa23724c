// The library page: the list of saved claims, or the events and their timelines. The view is in the
// address (#events), so a reload or a bookmark comes back to it.
import { useEffect, useState } from 'preact/hooks';
import { EventView, type EventBackend } from './EventView';
import { Library, type LibraryBackend } from './Library';

type View = 'claims' | 'events';
const viewOf = (hash: string): View => (hash === '#events' ? 'events' : 'claims');

export function LibraryPage({
  backend,
  eventBackend,
  openClaimId,
}: {
  backend: LibraryBackend;
  eventBackend: EventBackend;
  openClaimId?: string;
}) {
  const [view, setView] = useState<View>(viewOf(location.hash));
  useEffect(() => {
    const follow = (): void => setView(viewOf(location.hash));
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
  return (
    <>
      <nav class="views" aria-label="Library views">
        <a href="#claims" data-testid="view-claims" aria-current={view === 'claims' ? 'page' : undefined}>
          Claims
        </a>
        <a href="#events" data-testid="view-events" aria-current={view === 'events' ? 'page' : undefined}>
          Events and timelines
        </a>
      </nav>
      {view === 'claims' ? (
        <Library backend={backend} {...(openClaimId ? { openClaimId } : {})} />
      ) : (
        <main class="events-page">
          <h1>Events and timelines</h1>
          <EventView backend={eventBackend} />
        </main>
      )}
    </>
  );
}
