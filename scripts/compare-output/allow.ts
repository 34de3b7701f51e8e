/**
 * Expected differences (`--allow FILE`), so a refactor that changes output on
 * purpose can list what it changes and still pass, and its closing note can
 * quote the list. One entry a line:
 *
 *   <path> <pattern>
 *
 * `path` is a file under dist/ (`patents-2021/summary/index.html`), or ends
 * in `*` to match a prefix (`downloads/*`). `pattern` is `/regex/flags` or a
 * plain substring, matched against the finding's changed lines (or its
 * summary, such as `added`). Blank lines and `# comments` are skipped.
 */
import { diffArrays } from 'diff';
import type { Finding } from './compare.ts';

export interface AllowEntry {
  line: number;
  path: string;
  pattern: string;
  test: (text: string) => boolean;
}

export function parseAllowList(text: string): AllowEntry[] {
  const entries: AllowEntry[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const match = line.match(/^(\S+)\s+(.+)$/);
    if (!match) throw new Error(`allow list line ${i + 1}: expected "<path> <substring or /regex/>", got "${line}"`);
    const [, path, pattern] = match as unknown as [string, string, string];
    const regex = pattern.match(/^\/(.+)\/([a-z]*)$/);
    const test = regex ? ((re: RegExp) => (s: string) => re.test(s))(new RegExp(regex[1]!, regex[2])) : (s: string) => s.includes(pattern);
    entries.push({ line: i + 1, path, pattern, test });
  });
  return entries;
}

const pathMatches = (entry: AllowEntry, path: string) =>
  entry.path.endsWith('*') ? path.startsWith(entry.path.slice(0, -1)) : entry.path === path;

/**
 * What a finding changed, as the text an entry is matched against: the
 * removed and added lines only (not the unchanged context), so an entry
 * cannot allow a page merely because its text mentions the word.
 */
export function changedText(finding: Finding): string {
  if (!finding.a || !finding.b) return finding.summary ?? '';
  return diffArrays(finding.a, finding.b)
    .filter((part) => part.added || part.removed)
    .flatMap((part) => part.value)
    .join('\n');
}

/** Splits findings into the unexpected and the allowed, and names the entries nothing matched. */
export function applyAllowList(findings: Finding[], entries: AllowEntry[]) {
  const used = new Set<AllowEntry>();
  const unexpected: Finding[] = [];
  const allowed: Finding[] = [];
  for (const finding of findings) {
    const text = changedText(finding);
    const entry = entries.find((e) => pathMatches(e, finding.path) && e.test(text));
    if (entry) {
      used.add(entry);
      allowed.push(finding);
    } else unexpected.push(finding);
  }
  return { unexpected, allowed, unused: entries.filter((e) => !used.has(e)) };
}
