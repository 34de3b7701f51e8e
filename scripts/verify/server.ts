/**
 * A small static file server for a built site, as static hosts serve it:
 * `/path/` serves `path/index.html`, `/path` redirects to `/path/` when that
 * is a directory, unknown paths get `404.html` with status 404, text is
 * gzipped when the client accepts it, and (optionally) the `_headers` file is
 * applied with a host's semantics. Used by `npm run verify`, `npm run bench`
 * and the security e2e test; it binds to 127.0.0.1 only.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { headersFor, parseHeadersFile, type HeaderRule, type HostSemantics } from './headers-file.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
};
const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|manifest\+json)|image\/svg\+xml)/;

export interface ServeOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Apply `<root>/_headers` the way this host would. */
  headers?: HostSemantics | false;
  /** Gzip compressible responses when the client accepts it (default true). */
  gzip?: boolean;
}

export interface StaticServer {
  origin: string;
  port: number;
  close(): Promise<void>;
}

export function contentType(path: string): string {
  return TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** Starts the server; resolves once it listens. */
export async function serveStatic(root: string, options: ServeOptions = {}): Promise<StaticServer> {
  const base = resolve(root);
  const gzip = options.gzip ?? true;
  const headersPath = join(base, '_headers');
  const rules: HeaderRule[] = options.headers && existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : [];
  const gzipped = new Map<string, Uint8Array>();

  const send = (req: IncomingMessage, res: ServerResponse, status: number, file: string, pathname: string) => {
    const body = readFileSync(file);
    const type = contentType(file);
    if (options.headers) for (const [name, value] of headersFor(rules, pathname, options.headers)) res.setHeader(name, value);
    res.setHeader('content-type', type);
    res.setHeader('vary', 'accept-encoding');
    let out: Uint8Array = body;
    if (gzip && COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) && body.length > 256) {
      out = gzipped.get(file) ?? gzipSync(body, { level: 6 });
      gzipped.set(file, out);
      res.setHeader('content-encoding', 'gzip');
    }
    res.setHeader('content-length', out.length);
    res.writeHead(status);
    res.end(req.method === 'HEAD' ? undefined : out);
  };

  const server = createServer((req, res) => {
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { allow: 'GET, HEAD' }).end();
        return;
      }
      const url = new URL(req.url ?? '/', 'http://localhost');
      let pathname: string;
      try {
        pathname = decodeURIComponent(url.pathname);
      } catch {
        res.writeHead(400).end();
        return;
      }
      const target = normalize(join(base, pathname));
      if (target !== base && !target.startsWith(base + sep)) {
        res.writeHead(403).end();
        return;
      }
      let file = target;
      if (existsSync(file) && statSync(file).isDirectory()) {
        if (!url.pathname.endsWith('/')) {
          res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
          return;
        }
        file = join(file, 'index.html');
      }
      if (existsSync(file) && statSync(file).isFile()) {
        send(req, res, 200, file, url.pathname);
        return;
      }
      const notFound = join(base, '404.html');
      if (existsSync(notFound)) send(req, res, 404, notFound, url.pathname);
      else res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end(String(error));
    }
  });
  server.keepAliveTimeout = 1000;

  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
