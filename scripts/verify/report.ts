/** What a gate found: one line per failure, grouped by gate and page. */

export interface Failure {
  /** axe, html, links, browser, meta, alt, csp… */
  gate: string;
  /** URL path of the page (or file) where it was found. */
  page: string;
  /** CSS selector, line:column, or the link that failed. */
  where: string;
  /** Rule id or short kind. */
  rule: string;
  message: string;
}

export interface GateResult {
  gate: string;
  failures: Failure[];
  /** Pages or files checked, for the summary. */
  checked: number;
  ms: number;
  /** Set when the gate could not run at all (missing Java, crashed browser…). */
  error?: string;
}

const clip = (s: string, n = 300) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export function formatResult(result: GateResult): string {
  const lines: string[] = [];
  const status = result.error ? 'ERROR' : result.failures.length === 0 ? 'ok' : `${result.failures.length} failure(s)`;
  lines.push(`${result.failures.length === 0 && !result.error ? '✓' : '✗'} ${result.gate}: ${status} (${result.checked} checked, ${(result.ms / 1000).toFixed(1)} s)`);
  if (result.error) lines.push(`    ${result.error}`);
  const byPage = new Map<string, Failure[]>();
  for (const f of result.failures) byPage.set(f.page, [...(byPage.get(f.page) ?? []), f]);
  for (const [page, failures] of [...byPage].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`    ${page}`);
    for (const f of failures) lines.push(`      [${f.rule}] ${clip(f.where, 160)}: ${clip(f.message)}`);
  }
  return lines.join('\n');
}
