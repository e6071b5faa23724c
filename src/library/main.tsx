// The claim library page: the Library view wired to the background through the typed client.
import { render } from 'preact';
import { backgroundClient } from '../shared/client';
import { streamExport } from './export-stream';
import { Library, type LibraryBackend } from './Library';

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

const openClaimId = new URLSearchParams(location.search).get('claim') ?? undefined;

render(<Library backend={backend} {...(openClaimId ? { openClaimId } : {})} />, document.getElementById('app')!);
