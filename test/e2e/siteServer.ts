/**
 * A static server for a docs generator's built site, as a web host serves it: extensionless paths find
 * `<path>.html` or `<path>/index.html` (VitePress links `/other`, the others `/other/`), and every response can carry
 * a Content-Security-Policy header (widget/scripts/serve.ts, the demo's server, sends none). Only files under the root
 * are served; the server listens on 127.0.0.1 with a free port.
 */
import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

export interface SiteServer {
  url: string;
  close(): Promise<void>;
}

/** The file a request path names: itself, `<path>.html`, or `<path>/index.html`; undefined when none is. */
export function fileFor(root: string, path: string): string | undefined {
  const file = normalize(join(root, path));
  if (file !== root && !file.startsWith(root + sep)) return undefined;
  for (const candidate of [file, `${file}.html`, join(file, 'index.html')]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not this one
    }
  }
  return undefined;
}

/** Serves rootDir on 127.0.0.1 (on `port`, or one the system picks), with `csp` as its header if given. */
export function serveSite(rootDir: string, csp?: string, port = 0): Promise<SiteServer> {
  const root = resolve(rootDir);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = fileFor(root, path);
    const headers: Record<string, string> = { 'cache-control': 'no-store' };
    if (csp) headers['content-security-policy'] = csp;
    if (!file) {
      res.writeHead(404, { ...headers, 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const body = readFileSync(file);
    res.writeHead(200, {
      ...headers,
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': body.length,
    });
    res.end(body);
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => {
      const addr = server.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      ok({
        url: `http://127.0.0.1:${port}/`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
