/**
 * The report texts, where a machine has them, and the list of their tables and
 * figures the repository keeps so that tests need no file from outside it.
 *
 * The list (tests/fixtures/report-figures/<report>.tsv) is a fact list: each
 * 表/图 number with its caption as the report prints it, and "-" for a number
 * the text extract skips (a caption lost in extraction). `captionsInReport`
 * reads the same facts from a report text, so the list can be checked against
 * the texts wherever they are present (LEDGER_SOURCES=path, else
 * ../shared/seeds).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export type ReportFigure = { ref: string; caption: string | null };

/** Report id → file name of its text in the sources folder. */
export const SOURCE_FILES: Record<string, string> = {
  'patents-2021': '000_a4a48f9b05a0c904.txt',
  'trends-2020': '004_3c5435b28944811a.txt',
};

export const FIGURE_LIST_DIR = resolve('tests/fixtures/report-figures');

/** The folder of the report texts, or null where this machine has none. */
export function sourcesDir(env: NodeJS.ProcessEnv = process.env): string | null {
  const dir = env['LEDGER_SOURCES'] ?? resolve('../shared/seeds');
  if (env['LEDGER_SOURCES'] && !existsSync(dir)) throw new Error(`LEDGER_SOURCES=${dir} does not exist`);
  return existsSync(dir) ? dir : null;
}

const byRef = (a: ReportFigure, b: ReportFigure) => a.ref.localeCompare(b.ref, 'en', { numeric: true });

/** Every caption "图 N: …" / "表 N：…" in a report's text (the first of each number), plus every number a run skips. */
export function captionsInReport(text: string): ReportFigure[] {
  const found = new Map<string, string>();
  const highest = { 图: 0, 表: 0 };
  for (const match of text.matchAll(/(?:^|\n)[ \t]*(图|表)[ \t]*(\d+)[ \t]*[:：][ \t]*([^\n]*)/gu)) {
    const kind = match[1] as '图' | '表';
    const ref = `${kind} ${Number(match[2])}`;
    if (!found.has(ref)) found.set(ref, match[3]!.trim());
    highest[kind] = Math.max(highest[kind], Number(match[2]));
  }
  const out: ReportFigure[] = [];
  for (const kind of ['图', '表'] as const) {
    for (let n = 1; n <= highest[kind]; n++) out.push({ ref: `${kind} ${n}`, caption: found.get(`${kind} ${n}`) ?? null });
  }
  return out.sort(byRef);
}

export function readFigureList(report: string): ReportFigure[] {
  const text = readFileSync(join(FIGURE_LIST_DIR, `${report}.tsv`), 'utf8');
  return text
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [ref, caption] = line.split('\t');
      return { ref: ref!, caption: caption === '-' ? null : caption! };
    })
    .sort(byRef);
}

export function formatFigureList(report: string, figures: ReportFigure[]): string {
  const header = `# ${report}: every表/图number of the report with its caption as printed; "-" where the text extract lost it.\n`;
  return header + figures.map((f) => `${f.ref}\t${f.caption ?? '-'}`).join('\n') + '\n';
}
