// A static file server on 127.0.0.1 with an ephemeral port: the pages the extension annotates in the tests.
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

export interface StaticServer {
  /** The origin, e.g. http://127.0.0.1:41234 */
  origin: string;
  /** URL of a file under the mount named `mount`. */
  url(mount: string, file: string): string;
  close(): Promise<void>;
}

/** Serves each directory of `mounts` under `/<name>/`; anything outside a mount is a 404. */
export async function serveStatic(mounts: Record<string, string>): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const [, mount = '', ...rest] = path.split('/');
    const root = mounts[mount];
    const file = root ? resolve(root, rest.join('/')) : null;
    if (!root || !file || !file.startsWith(root + sep)) {
      response.writeHead(404).end('not found');
      return;
    }
    readFile(file).then(
      (body) =>
        response
          .writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' })
          .end(body),
      () => response.writeHead(404).end('not found'),
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the test server has no TCP address');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    url: (mount, file) => `${origin}/${mount}/${file.split('/').map(encodeURIComponent).join('/')}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
