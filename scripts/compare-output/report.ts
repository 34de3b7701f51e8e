/**
 * The report a person reads: counts per category, then per file the first
 * differing lines as a unified diff (the `diff` package), cut short so one
 * reflowed page does not bury the rest.
 */
import { structuredPatch } from 'diff';
import { CATEGORIES, type Comparison, type Finding } from './compare.ts';
import type { AllowEntry } from './allow.ts';

/** Lines of diff shown per file; the rest is counted, not printed. */
export const MAX_DIFF_LINES = 40;

export function unifiedDiff(finding: Finding, maxLines = MAX_DIFF_LINES): string[] {
  if (!finding.a || !finding.b) return [`  ${finding.summary ?? ''}`];
  const patch = structuredPatch('a', 'b', `${finding.a.join('\n')}\n`, `${finding.b.join('\n')}\n`, '', '', { context: 2 });
  const out: string[] = [];
  for (const hunk of patch.hunks) {
    out.push(`  @@ -${hunk.oldStart},${hunk.oldLines} +${hunk.newStart},${hunk.newLines} @@`);
    for (const line of hunk.lines) out.push(`  ${line}`);
  }
  if (out.length <= maxLines) return out;
  return [...out.slice(0, maxLines), `  … ${out.length - maxLines} more diff line(s); ${patch.hunks.length} hunk(s) in all`];
}

export interface ReportInput {
  labelA: string;
  labelB: string;
  comparison: Comparison;
  unexpected: Finding[];
  allowed: Finding[];
  unused: AllowEntry[];
}

function counts(findings: Finding[]): string {
  return CATEGORIES.map((c) => `${c} ${findings.filter((f) => f.category === c).length}`).join(', ');
}

export function formatReport(input: ReportInput): string {
  const { comparison, unexpected, allowed, unused } = input;
  const { counted } = comparison;
  const out = [
    `compare-output: a = ${input.labelA}`,
    `                b = ${input.labelB}`,
    `compared ${counted.pages} page(s), ${counted.downloads} download(s), ${counted.data} data file(s); ${counted.files} file name(s)`,
  ];
  for (const finding of unexpected) {
    out.push('', `[${finding.category}] ${finding.path}`, ...unifiedDiff(finding));
  }
  if (allowed.length) {
    out.push('', `allowed by the allow list (${allowed.length}):`);
    for (const finding of allowed) out.push(`  [${finding.category}] ${finding.path}`);
  }
  for (const entry of unused) out.push('', `note: allow list line ${entry.line} (${entry.path} ${entry.pattern}) matched nothing`);
  out.push('');
  out.push(unexpected.length ? `DIFFERENT: ${counts(unexpected)}` : `IDENTICAL${allowed.length ? ` apart from ${allowed.length} allowed difference(s)` : ''}`);
  return out.join('\n');
}
