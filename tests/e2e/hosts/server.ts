/**
 * A static server on another origin than the site under test, for host pages:
 * a newsroom's article that embeds our charts. Tests put pages in `pages` by
 * path, and files from disk (a host library's script) in `files`.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test as base } from '@playwright/test';

export interface Host {
  origin: string;
  pages: Map<string, string>;
  files: Map<string, string>;
}

const TYPES: Record<string, string> = { html: 'text/html; charset=utf-8', js: 'text/javascript; charset=utf-8' };

export const test = base.extend<object, { host: Host }>({
  host: [
    async ({}, use) => {
      const pages = new Map<string, string>();
      const files = new Map<string, string>();
      const server = createServer((request, response) => {
        const path = new URL(request.url ?? '/', 'http://x').pathname;
        const type = TYPES[path.split('.').pop() ?? ''] ?? TYPES['html']!;
        const file = files.get(path);
        const body = pages.get(path) ?? (file ? readFile(file, 'utf8') : undefined);
        Promise.resolve(body).then(
          (text) => {
            response.writeHead(text === undefined ? 404 : 200, { 'Content-Type': type });
            response.end(text ?? 'not found');
          },
          () => {
            response.writeHead(500);
            response.end();
          },
        );
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      await use({ origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, pages, files });
      await new Promise((resolve) => server.close(resolve));
    },
    { scope: 'worker' },
  ],
});

/** A fixture page of this folder, its `<!--EMBEDS-->` replaced by `embeds`. */
export async function hostPage(name: string, embeds: string): Promise<string> {
  const page = await readFile(new URL(name, import.meta.url), 'utf8');
  return page.replace('<!--EMBEDS-->', embeds);
}
