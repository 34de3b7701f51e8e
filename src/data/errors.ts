/**
 * Every problem found in data/ is reported the same way, so a broken cell is
 * found from the message alone: `data/a/top50.csv:12 column "score" = "9x": expected a number`.
 */
export interface DataProblem {
  /** Path of the CSV relative to the project root, e.g. `data/a/top50.csv`. */
  file: string;
  /** 1-based physical line in the file (the header is line 1). */
  line: number;
  /** Column name, when the problem belongs to one cell or header field. */
  column?: string;
  /** The raw cell text, when there is one. */
  value?: string;
  /** Why the value is rejected, in plain words. */
  reason: string;
}

export function formatProblem(p: DataProblem): string {
  const where = `${p.file}:${p.line}`;
  const cell = p.column === undefined ? '' : ` column "${p.column}"${p.value === undefined ? '' : ` = ${JSON.stringify(p.value)}`}`;
  return `${where}${cell}: ${p.reason}`;
}

export class DataError extends Error {
  readonly problem: DataProblem;
  constructor(problem: DataProblem) {
    super(formatProblem(problem));
    this.name = 'DataError';
    this.problem = problem;
  }
}
