// The claim library page: its views wired to the background through the typed client.
import { render } from 'preact';
import { backgroundClient } from '../shared/client';
import { streamExport } from './export-stream';
import type { EventBackend } from './EventView';
import type { LibraryBackend } from './Library';
import { LibraryPage } from './LibraryPage';

const backend: LibraryBackend = {
  query: (query) => backgroundClient.send({ type: 'library/query', query }),
  ids: (query) => backgroundClient.send({ type: 'library/ids', query }),
  edit: (ids, edit) => backgroundClient.send({ type: 'library/edit', ids, edit }),
  remove: (ids) => backgroundClient.send({ type: 'library/delete', ids }),
  undo: (undoToken) => backgroundClient.send({ type: 'library/undo', undoToken }),
  exportClaims: (format, ids, onProgress) => streamExport({ format, ids }, onProgress),
  importFile: (text) => backgroundClient.send({ type: 'claims/import', text }),
  get: (id) => backgroundClient.send({ type: 'claims/get', id }),
  download(file, name) {
    const url = URL.createObjectURL(file);
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.click();
    // the download has its own copy once started; the page need not keep the file
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  },
};

const eventBackend: EventBackend = {
  events: async () => (await backgroundClient.send({ type: 'events/list' })).events,
  event: async (eventId) => (await backgroundClient.send({ type: 'events/get', eventId })).event,
  merge: (eventIds) => backgroundClient.send({ type: 'events/merge', eventIds }),
  split: (eventId, claimIds) => backgroundClient.send({ type: 'events/split', eventId, claimIds }),
  download: backend.download,
};

const openClaimId = new URLSearchParams(location.search).get('claim') ?? undefined;

render(
  <LibraryPage backend={backend} eventBackend={eventBackend} {...(openClaimId ? { openClaimId } : {})} />,
  document.getElementById('app')!,
);
