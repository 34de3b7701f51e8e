/**
 * CSV text → header and records, each record tagged with the line it starts
 * on. Only the shape of the file is checked here (quotes, column counts, an
 * empty file); what the cells mean is the schema's business (load.ts).
 */
import Papa from 'papaparse';
import { DataError } from './errors.ts';

export interface CsvRecord {
  /** Raw cell strings, one per header column. */
  cells: string[];
  /** 1-based line the record starts on. */
  line: number;
}

export interface CsvTable {
  header: string[];
  records: CsvRecord[];
}

export function parseCsv(text: string, file: string): CsvTable {
  // Excel writes a byte-order mark; it is not part of the first header name.
  // Any line ending works, even mixed in one file: each counts as one line.
  const body = (text.startsWith('\uFEFF') ? text.slice(1) : text).replace(/\r\n?/g, '\n');
  if (body.trim() === '') throw new DataError({ file, line: 1, reason: 'the file is empty: expected a header row and data rows' });
  checkShape(body, file);

  const lineStarts = [0];
  for (let i = 0; i < body.length; i++) if (body[i] === '\n') lineStarts.push(i + 1);
  const lineAt = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };

  const rows: CsvRecord[] = [];
  let offset = 0;
  let problem: DataError | undefined;
  Papa.parse<string[]>(body, {
    header: false,
    delimiter: ',',
    skipEmptyLines: false,
    step(result, parser) {
      const start = offset;
      offset = result.meta.cursor;
      // A blank line holds no record: skipping it drops nothing.
      const blank = result.data.length === 1 && result.data[0]!.trim() === '';
      const error = result.errors[0];
      if (error) {
        const reason =
          error.code === 'MissingQuotes'
            ? 'a quoted cell is never closed (unbalanced " quote)'
            : error.code === 'InvalidQuotes'
              ? 'a quote " appears inside an unquoted cell or after a closing quote; wrap the cell in quotes and double any inner quotes'
              : `malformed CSV (${error.message})`;
        problem = new DataError({ file, line: lineAt(start + skipNewline(body, start)), reason });
        parser.abort();
        return;
      }
      if (!blank) rows.push({ cells: result.data, line: lineAt(start + skipNewline(body, start)) });
    },
  });
  if (problem) throw problem;

  const [head, ...records] = rows;
  if (!head) throw new DataError({ file, line: 1, reason: 'the file is empty: expected a header row and data rows' });
  const header = head.cells.map((h) => h.trim());
  if (records.length === 0) throw new DataError({ file, line: head.line, reason: 'the file has a header but no data rows' });

  for (const record of records) {
    if (record.cells.length !== header.length) {
      throw new DataError({
        file,
        line: record.line,
        reason: `expected ${header.length} columns as in the header, found ${record.cells.length}`,
      });
    }
  }
  return { header, records };
}

/** Papaparse's cursor points past the line break that ended the previous row. */
function skipNewline(text: string, at: number): number {
  return text[at] === '\r' && text[at + 1] === '\n' ? 2 : text[at] === '\n' ? 1 : 0;
}

/**
 * What papaparse lets through: another delimiter, a quote inside an unquoted
 * cell (papaparse keeps it as text), a file that stops mid-row.
 */
function checkShape(body: string, file: string): void {
  const firstLine = body.slice(0, body.indexOf('\n') < 0 ? body.length : body.indexOf('\n'));
  if (!firstLine.includes(',')) {
    const other = [';', '\t', '|'].find((d) => firstLine.includes(d));
    if (other) {
      const name = other === '\t' ? 'tabs' : `"${other}"`;
      throw new DataError({ file, line: 1, reason: `the cells are separated by ${name}; the extracts are comma-separated (save as "CSV UTF-8 (comma delimited)")` });
    }
  }
  let line = 1;
  let fieldStart = true;
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') i++;
      else if (c === '"') quoted = false;
      else if (c === '\n') line++;
      continue;
    }
    if (c === ',') fieldStart = true;
    else if (c === '\n') (fieldStart = true), line++;
    else if (c === '"' && fieldStart) (quoted = true), (fieldStart = false);
    else if (c === '"') {
      throw new DataError({ file, line, reason: 'a quote " stands inside an unquoted cell; wrap the whole cell in quotes and double the quote inside ("")' });
    } else fieldStart = false;
  }
  if (quoted) return; // papaparse names the unclosed quote with its line
  if (!body.endsWith('\n')) {
    throw new DataError({ file, line, reason: 'the file does not end with a line break, so its last row may be cut short; check that row, then end the file with a newline' });
  }
}
