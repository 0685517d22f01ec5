/**
 * A tiny static file server for the built demo (dist/widget): `npm run preview` runs it, and the
 * end-to-end tests start it on 127.0.0.1 with port 0. Only files under the root are served; every
 * request is recorded so a test can see what the page asked for.
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.jsonl': 'application/jsonl; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json; charset=utf-8',
};

export interface StaticServer {
  url: string;
  server: Server;
  requests: string[];
  close(): Promise<void>;
}

export function serveStatic(rootDir: string, port = 0, host = '127.0.0.1'): Promise<StaticServer> {
  const root = resolve(rootDir);
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(path);
    let file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403).end('forbidden');
      return;
    }
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      const size = statSync(file).size;
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'content-length': size,
        'cache-control': 'no-store',
      });
      createReadStream(file).pipe(res);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      const addr = server.address();
      const actual = typeof addr === 'object' && addr ? addr.port : port;
      ok({
        url: `http://${host}:${actual}/`,
        server,
        requests,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

// `tsx widget/scripts/serve.ts [port]`: serve dist/widget until interrupted.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = fileURLToPath(new URL('../../dist/widget', import.meta.url));
  const port = Number(process.argv[2] ?? process.env.PORT ?? 4173);
  serveStatic(dir, port).then((s) => console.log(`ftcost widget demo: ${s.url}  (serving ${dir}; Ctrl-C stops)`));
}
