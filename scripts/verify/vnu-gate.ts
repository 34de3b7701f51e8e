/**
 * The Nu HTML checker (vnu-jar) over every page, in one JVM run: zero errors.
 * Warnings and info messages are not failures.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SitePage } from './pages.ts';
import type { Failure, GateResult } from './report.ts';

/**
 * Messages of vnu that are wrong about valid, widely supported CSS (its CSS
 * checker lags the specs). Each entry is narrow and says why; remove an entry
 * once vnu-jar learns the property.
 */
export const VNU_FALSE_POSITIVES: { pattern: RegExp; reason: string }[] = [
  {
    pattern: /^CSS: “container(-type|-name)?”: Property “container(-type|-name)?” doesn't exist\.$/,
    reason: 'CSS Containment 3 container queries (Baseline 2023); vnu 26.9 does not know them',
  },
  {
    // The same feature's at-rule, met in the embed pages' inline CSS (vnu checks <style>, not stylesheet files).
    pattern: /^CSS: Unrecognized at-rule “@container”\.?$/,
    reason: 'CSS Containment 3 container queries (Baseline 2023); vnu 26.9 does not know them',
  },
];

interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  firstLine?: number;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  message: string;
  extract?: string;
}

function vnuJar(): string {
  const require = createRequire(import.meta.url);
  try {
    return join(dirname(require.resolve('vnu-jar/package.json')), 'build/dist/vnu.jar');
  } catch {
    return resolve('node_modules/vnu-jar/build/dist/vnu.jar');
  }
}

export async function runVnuGate(root: string, pages: SitePage[], urlOf: (file: string) => string): Promise<GateResult> {
  const started = Date.now();
  const jar = vnuJar();
  const files = pages.map((p) => join(root, p.file));
  if (files.length === 0) return { gate: 'html', failures: [], checked: 0, ms: 0 };
  const args = ['-Xss4m', '-jar', jar, '--errors-only', '--format', 'json', '--exit-zero-always', '--no-langdetect', ...files];
  const output = await new Promise<{ code: number | null; stdout: string; stderr: string; error?: Error }>((done) => {
    const child = spawn(process.env.JAVA ?? 'java', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', (error) => done({ code: null, stdout, stderr, error }));
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
  const ms = () => Date.now() - started;
  if (output.error) {
    return { gate: 'html', failures: [], checked: 0, ms: ms(), error: `could not start Java for vnu (${output.error.message}); install a JRE 17+ (Debian: apt-get install -y default-jre-headless)` };
  }
  let parsed: { messages: VnuMessage[] };
  try {
    // vnu writes its JSON report to stderr.
    const text = output.stderr.slice(output.stderr.indexOf('{'));
    parsed = JSON.parse(text) as { messages: VnuMessage[] };
  } catch {
    return { gate: 'html', failures: [], checked: files.length, ms: ms(), error: `vnu exited ${output.code} without a JSON report:\n${output.stderr.slice(0, 2000)}` };
  }
  const failures: Failure[] = [];
  for (const m of parsed.messages) {
    if (m.type === 'info') continue;
    if (m.subType === 'fatal' && /Cannot recover after last error/.test(m.message)) continue;
    if (VNU_FALSE_POSITIVES.some((f) => f.pattern.test(m.message))) continue;
    const file = m.url?.startsWith('file:') ? relative(root, fileURLToPath(m.url)) : (m.url ?? '');
    const line = m.lastLine ?? m.firstLine;
    const where = line === undefined ? 'file' : `line ${m.firstLine ?? line}${m.firstLine && m.firstLine !== line ? `–${line}` : ''}:${m.firstColumn ?? m.lastColumn ?? ''}`;
    const extract = m.extract ? ` — near “${m.extract.replace(/\s+/g, ' ').trim().slice(0, 120)}”` : '';
    failures.push({ gate: 'html', page: urlOf(file), where, rule: m.type === 'error' ? 'vnu-error' : `vnu-${m.type}`, message: `${m.message}${extract}` });
  }
  return { gate: 'html', failures, checked: files.length, ms: ms() };
}
