/**
 * Every page in Chromium, one browser for all: no console error or warning,
 * no request leaving the machine, axe-core (WCAG 2.2 A and AA) with zero
 * violations (light scheme; contrast rules again in dark), the page's
 * metadata (title, description, lang), a text alternative for every image and
 * chart, and a CSP that covers every inline script.
 */
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium, HOW_TO_GET_CHROMIUM } from '../../tests/chromium.ts';
import { inlineScriptProblem, parsePolicy, policyFindings } from './csp.ts';
import type { SitePage } from './pages.ts';
import type { Failure, GateResult } from './report.ts';

/** axe-core as @axe-core/playwright (a devDependency) resolves it. */
const AXE_SOURCE: string = (() => {
  const require = createRequire(import.meta.url);
  const fromAxePlaywright = createRequire(require.resolve('@axe-core/playwright'));
  return (fromAxePlaywright('axe-core') as { source: string }).source;
})();

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** Rules whose result depends on the colour scheme; run again in dark mode. */
const SCHEME_RULES = ['color-contrast', 'link-in-text-block'];

export interface BrowserGateOptions {
  origin: string;
  pages: SitePage[];
  /** Pages checked at once (each in its own tab). */
  concurrency?: number;
  viewport?: { width: number; height: number };
}

/** What the page's own DOM says about metadata, text alternatives and scripts. */
interface DomFacts {
  title: string;
  description: string | null;
  lang: string | null;
  cspMetas: string[];
  inlineScripts: { selector: string; text: string }[];
  handlerAttributes: { selector: string; attribute: string }[];
  javascriptUrls: string[];
  missingAlt: { selector: string; problem: string }[];
}

/** Runs in the page: kept self-contained (no closures over Node values). */
function collectDomFacts(): DomFacts {
  const selectorOf = (el: Element): string => {
    const parts: string[] = [];
    for (let node: Element | null = el; node && node !== document.documentElement; node = node.parentElement) {
      if (node.id) {
        parts.unshift(`#${CSS.escape(node.id)}`);
        break;
      }
      const parent: Element | null = node.parentElement;
      const tag = node.tagName.toLowerCase();
      const same = parent ? [...parent.children].filter((c) => c.tagName === node!.tagName) : [];
      parts.unshift(same.length > 1 ? `${tag}:nth-of-type(${same.indexOf(node) + 1})` : tag);
    }
    return parts.join(' > ');
  };
  const textOfIds = (ids: string | null) =>
    (ids ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => document.getElementById(id)?.textContent?.trim() ?? '')
      .join(' ')
      .trim();
  const hidden = (el: Element) => el.closest('[aria-hidden="true"]') !== null;
  const decorative = (el: Element) => ['none', 'presentation'].includes(el.getAttribute('role') ?? '');
  const ariaName = (el: Element) => (el.getAttribute('aria-label') ?? '').trim() || textOfIds(el.getAttribute('aria-labelledby'));

  const missingAlt: { selector: string; problem: string }[] = [];
  for (const img of document.querySelectorAll('img')) {
    if (hidden(img)) continue;
    if (!img.hasAttribute('alt') && !ariaName(img)) missingAlt.push({ selector: selectorOf(img), problem: '<img> without alt' });
  }
  for (const input of document.querySelectorAll('input[type="image" i], area[href]')) {
    if (!(input.getAttribute('alt') ?? '').trim() && !ariaName(input)) missingAlt.push({ selector: selectorOf(input), problem: `<${input.tagName.toLowerCase()}> without alt` });
  }
  for (const svg of document.querySelectorAll('svg')) {
    if (svg.parentElement?.closest('svg') || hidden(svg) || decorative(svg)) continue;
    const role = svg.getAttribute('role');
    const title = [...svg.children].find((c) => c.tagName.toLowerCase() === 'title')?.textContent?.trim() ?? '';
    const name = ariaName(svg) || title;
    if (role !== 'img' && role !== 'graphics-document' && role !== 'figure') {
      missingAlt.push({ selector: selectorOf(svg), problem: `<svg> without role="img" (or aria-hidden="true" if it is decoration); role is ${role ? `"${role}"` : 'missing'}` });
    } else if (!name) {
      missingAlt.push({ selector: selectorOf(svg), problem: '<svg role="img"> without a <title> child, aria-label or aria-labelledby text' });
    }
  }
  for (const el of document.querySelectorAll('[role="img"]:not(svg), canvas, object, embed')) {
    if (hidden(el)) continue;
    const fallback = el.tagName === 'CANVAS' || el.tagName === 'OBJECT' ? (el.textContent ?? '').trim() : '';
    if (!ariaName(el) && !fallback && !(el.getAttribute('title') ?? '').trim()) {
      missingAlt.push({ selector: selectorOf(el), problem: `<${el.tagName.toLowerCase()}> with no text alternative` });
    }
  }

  const handlerAttributes: { selector: string; attribute: string }[] = [];
  const javascriptUrls: string[] = [];
  for (const el of document.querySelectorAll('*')) {
    for (const attribute of el.getAttributeNames()) {
      if (/^on[a-z]+$/i.test(attribute)) handlerAttributes.push({ selector: selectorOf(el), attribute });
    }
    for (const name of ['href', 'src', 'action', 'formaction', 'xlink:href']) {
      if (/^\s*javascript:/i.test(el.getAttribute(name) ?? '')) javascriptUrls.push(`${selectorOf(el)} [${name}]`);
    }
  }

  const executable = (type: string) => type === '' || type === 'module' || type === 'importmap' || type === 'speculationrules' || /javascript|ecmascript/.test(type);
  const inlineScripts = [...document.querySelectorAll('script:not([src])')]
    .filter((s) => executable((s.getAttribute('type') ?? '').trim().toLowerCase()))
    .map((s) => ({ selector: selectorOf(s), text: s.textContent ?? '' }));

  return {
    title: document.title.trim(),
    description: document.querySelector('meta[name="description"]')?.getAttribute('content') ?? null,
    lang: document.documentElement.getAttribute('lang'),
    cspMetas: [...document.querySelectorAll('meta[http-equiv]')]
      .filter((m) => m.getAttribute('http-equiv')?.toLowerCase() === 'content-security-policy')
      .map((m) => m.getAttribute('content') ?? ''),
    inlineScripts,
    handlerAttributes,
    javascriptUrls,
    missingAlt,
  };
}

function factFailures(path: string, facts: DomFacts): Failure[] {
  const failures: Failure[] = [];
  const fail = (gate: string, where: string, rule: string, message: string) => failures.push({ gate, page: path, where, rule, message });
  if (!facts.title) fail('meta', '<title>', 'page-title', 'missing or empty <title>');
  if (!facts.description?.trim()) fail('meta', 'meta[name="description"]', 'page-description', 'missing or empty description');
  if (!facts.lang?.trim()) fail('meta', 'html', 'page-lang', 'missing lang on <html>');
  for (const m of facts.missingAlt) fail('alt', m.selector, 'text-alternative', m.problem);

  const meta = facts.cspMetas[0];
  if (meta === undefined) {
    fail('csp', 'head', 'csp-meta', 'no <meta http-equiv="content-security-policy">');
  } else {
    const policy = parsePolicy(meta);
    for (const f of policyFindings(policy)) fail('csp', f.where, f.rule, f.message);
    for (const s of facts.inlineScripts) {
      const problem = inlineScriptProblem(policy, s.text);
      if (problem) fail('csp', s.selector, 'csp-inline-script', problem);
    }
  }
  for (const h of facts.handlerAttributes) fail('csp', h.selector, 'csp-inline-handler', `inline event handler ${h.attribute}="…" (blocked by the CSP; use a bundled script)`);
  for (const j of facts.javascriptUrls) fail('csp', j, 'csp-javascript-url', 'javascript: URL (blocked by the CSP)');
  return failures;
}

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** Runs in the page, after axe.source: violations only (the other result types cost time). */
async function runAxe(runOnly: { runOnly: { type: string; values: string[] } }): Promise<AxeViolation[]> {
  const w = window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } };
  const results = await w.axe.run(document, { ...runOnly, resultTypes: ['violations'], iframes: false });
  return results.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target.map(String), ...(n.failureSummary ? { failureSummary: n.failureSummary } : {}) })) }));
}

const isLocal = (url: URL, origin: string) => url.origin === origin || url.protocol === 'data:' || url.protocol === 'blob:' || url.protocol === 'about:';

async function checkPage(context: BrowserContext, origin: string, site: SitePage): Promise<Failure[]> {
  const failures: Failure[] = [];
  const path = site.path;
  const page: Page = await context.newPage();
  const fail = (gate: string, where: string, rule: string, message: string) => failures.push({ gate, page: path, where, rule, message });
  page.on('console', (message) => {
    const type = message.type();
    if (type === 'error' || type === 'warning') {
      const { url, lineNumber } = message.location();
      fail('browser', url ? `${url.replace(origin, '')}:${lineNumber + 1}` : 'console', `console-${type}`, message.text());
    }
  });
  page.on('pageerror', (error) => fail('browser', 'script', 'uncaught-exception', error.message));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!isLocal(url, origin)) fail('browser', request.url(), 'external-request', `${request.resourceType()} request leaving the machine`);
  });
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.origin === origin && response.status() >= 400 && url.pathname !== path) fail('browser', response.url().replace(origin, ''), 'failed-request', `HTTP ${response.status()}`);
  });
  try {
    const response = await page.goto(origin + path, { waitUntil: 'load' });
    const expected = path === '/404.html' ? [200, 404] : [200];
    if (!response || !expected.includes(response.status())) fail('browser', path, 'http-status', `HTTP ${response?.status() ?? 'no response'}`);

    failures.push(...factFailures(path, await page.evaluate(collectDomFacts)));

    // axe-core straight in the page (AxeBuilder opens a second page per run to
    // merge frame results, several times slower); embed iframes are pages of
    // their own here, so frames are not entered.
    await page.evaluate(AXE_SOURCE);
    const light = await page.evaluate(runAxe, { runOnly: { type: 'tag', values: WCAG_TAGS } });
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = await page.evaluate(runAxe, { runOnly: { type: 'rule', values: SCHEME_RULES } });
    for (const [scheme, violations] of [['light', light], ['dark', dark]] as const) {
      for (const violation of violations) {
        for (const node of violation.nodes) {
          const summary = node.failureSummary?.split('\n').slice(1).join(' ').trim() || violation.help;
          fail('axe', node.target.join(' '), violation.id, `${scheme === 'dark' ? '(dark) ' : ''}${violation.help}: ${summary}`);
        }
      }
    }
  } catch (error) {
    fail('browser', path, 'page-crashed', error instanceof Error ? error.message.split('\n')[0]! : String(error));
  } finally {
    await page.close();
  }
  return failures;
}

export async function runBrowserGate(options: BrowserGateOptions): Promise<GateResult> {
  const started = Date.now();
  const executablePath = findChromium();
  if (!executablePath) return { gate: 'browser', failures: [], checked: 0, ms: 0, error: HOW_TO_GET_CHROMIUM };
  let browser: Browser | undefined;
  const failures: Failure[] = [];
  try {
    browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    const context = await browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 900 }, colorScheme: 'light', serviceWorkers: 'block' });
    // Anything not served by the local server is refused before it leaves (and reported by the request listener).
    await context.route(
      (url) => !isLocal(url, options.origin),
      (route) => route.abort('blockedbyclient'),
    );
    const queue = [...options.pages];
    const worker = async () => {
      for (let site = queue.shift(); site; site = queue.shift()) {
        const t0 = Date.now();
        failures.push(...(await checkPage(context, options.origin, site)));
        if (process.env.VERIFY_TIMING) console.log(`  ${site.path}: ${Date.now() - t0} ms`);
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 2) }, worker));
    await context.close();
  } catch (error) {
    return { gate: 'browser', failures, checked: options.pages.length, ms: Date.now() - started, error: String(error) };
  } finally {
    await browser?.close();
  }
  return { gate: 'browser', failures, checked: options.pages.length, ms: Date.now() - started };
}
