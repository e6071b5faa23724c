// Receives an export from the background over a port, chunk by chunk, into the parts of one Blob: the file
// is never one giant string, and each progress message moves the bar.
import type { ExportFormat } from '../core/formats/index';
import { browser } from '../shared/browser';
import { EXPORT_PORT, type ExportRequest, type ExportStreamMessage } from '../shared/messages';

const MEDIA_TYPES: Record<ExportFormat, string> = {
  sourcelight: 'application/json',
  csv: 'text/csv',
  claimreview: 'application/ld+json',
  webannotation: 'application/ld+json',
};

export function streamExport(
  request: ExportRequest,
  onProgress: (done: number, total: number) => void,
): Promise<{ file: Blob; count: number }> {
  return new Promise((resolve, reject) => {
    const port = browser.runtime.connect({ name: EXPORT_PORT });
    const parts: string[] = [];
    let finished = false;
    port.onMessage.addListener((message: unknown) => {
      const event = message as ExportStreamMessage;
      if (event.type === 'chunk') parts.push(event.text);
      else if (event.type === 'progress') onProgress(event.done, event.total);
      else {
        finished = true;
        port.disconnect();
        if (event.type === 'end')
          resolve({ file: new Blob(parts, { type: MEDIA_TYPES[request.format] }), count: event.count });
        else reject(new Error(event.message));
      }
    });
    port.onDisconnect.addListener(() => {
      if (!finished) reject(new Error('The background stopped before the export was complete.'));
    });
    port.postMessage(request);
  });
}
