import type { Page } from '@playwright/test';

/**
 * Records what a page should never do: log an error or warning, or send a
 * request anywhere but the local preview server.
 */
export function watchPage(page: Page) {
  const consoleProblems: string[] = [];
  const externalRequests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') consoleProblems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => consoleProblems.push(`pageerror: ${error.message}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    const local = url.protocol === 'data:' || url.protocol === 'blob:' || ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
    if (!local) externalRequests.push(request.url());
  });
  return { consoleProblems, externalRequests };
}
