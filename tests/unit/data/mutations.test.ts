/**
 * Bad input, one mutation at a time: each kind is applied to a copy of data/
 * and the report's catalog is loaded from the copy, exactly as
 * `npm run check:data` and the build load it. Each must fail with the file,
 * the line, the column and the value where there are ones, and the reason,
 * word for word; the harmless ones (BOM, other line endings, blank lines,
 * spaces) must be accepted with every row kept.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { DataError } from '../../../src/data/errors.ts';
import { DATA as PATENTS } from '../../../src/reports/patents-2021/data.ts';
import { DATA as TRENDS } from '../../../src/reports/trends-2020/data.ts';

const ROOT = mkdtempSync(join(tmpdir(), 'ledger-mutations-'));
afterAll(() => rmSync(ROOT, { recursive: true, force: true }));

let copies = 0;
/** A fresh copy of data/ with `mutate` applied; returns its root. */
function copyWith(mutate: (dir: string) => void): string {
  const root = join(ROOT, String(copies++));
  cpSync('data', join(root, 'data'), { recursive: true });
  mutate(root);
  return root;
}

const reportOf = (file: string) => (file.startsWith('data/patents-2021/') ? PATENTS : TRENDS);

/** The message loading the mutated copy fails with ('' when it loads). */
function failureOf(file: string, mutate: (dir: string) => void): string {
  const root = copyWith(mutate);
  try {
    reportOf(file).catalog(root);
    return '';
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    return error.message;
  }
}

const textOf = (file: string) => readFileSync(file, 'utf8');
const lines = (file: string) => textOf(file).split('\n');
/** 1-based line of the first record whose first cell is `first`. */
function lineOf(file: string, first: string): number {
  const index = lines(file).findIndex((l) => l.startsWith(`${first},`));
  if (index < 0) throw new Error(`no row starting ${first} in ${file}`);
  return index + 1;
}

/** Rewrites one cell of the row starting `first`. */
function editCell(file: string, first: string, column: string, value: string) {
  return (dir: string) => {
    const all = lines(file);
    const header = Papa.parse<string[]>(all[0]!).data[0]!;
    const at = header.indexOf(column);
    if (at < 0) throw new Error(`${file} has no column ${column}`);
    const index = lineOf(file, first) - 1;
    const cells = Papa.parse<string[]>(all[index]!).data[0]!;
    cells[at] = value;
    all[index] = Papa.unparse([cells], { quotes: false, newline: '' });
    writeFileSync(join(dir, file), all.join('\n'));
  };
}

const rewrite = (file: string, edit: (text: string) => string | Buffer) => (dir: string) => writeFileSync(join(dir, file), edit(textOf(file)));

interface CellKind {
  kind: string;
  file: string;
  row: string;
  column: string;
  value: string;
  reason: string;
}

const TOP50 = 'data/patents-2021/top50.csv';
const SF_A = 'data/patents-2021/stated-figures.csv';
const SF_B = 'data/trends-2020/stated-figures.csv';
const FUNDED = 'data/trends-2020/funded-companies.csv';
const FORECASTS = 'data/trends-2020/market-forecasts.csv';
const CBDC = 'data/trends-2020/cbdc-attitudes.csv';
const BANKS = 'data/trends-2020/dcep-pilot-banks.csv';
const INDUSTRIES = 'data/patents-2021/industries.csv';

const WHOLE = 'expected a whole number such as 2057 (digits only: no thousands separators, units or 万/亿)';
const NUMBER = 'expected a number such as 91.8 (digits and a decimal point only: no units or 万/亿)';
const FORMULA = 'begins with = + - or @, which a spreadsheet opening the download would run as a formula; reword the cell or put it in quotes after a leading space';
const ISO = 'is not an ISO 3166-1 alpha-2 country code (such as CN, US, KR)';
const MONTH = 'expected a month written YYYY-MM, such as 2020-06';

const CELLS: CellKind[] = [
  { kind: 'a fraction in a count', file: TOP50, row: '1', column: 'granted', value: '2057.5', reason: 'expected a whole number, not a fraction' },
  { kind: '万 in a count', file: TOP50, row: '1', column: 'granted', value: '0.2万', reason: WHOLE },
  { kind: 'a thousands separator', file: TOP50, row: '1', column: 'granted', value: '2 057', reason: WHOLE },
  { kind: 'a unit after a count', file: TOP50, row: '1', column: 'granted', value: '2057件', reason: WHOLE },
  { kind: 'full-width digits', file: TOP50, row: '1', column: 'granted', value: '２０５７', reason: WHOLE },
  { kind: 'a negative count', file: TOP50, row: '1', column: 'granted', value: '-5', reason: 'must not be negative' },
  { kind: 'scientific notation', file: TOP50, row: '1', column: 'granted', value: '2e3', reason: WHOLE },
  { kind: 'a hexadecimal count', file: TOP50, row: '1', column: 'granted', value: '0x1F', reason: WHOLE },
  { kind: 'NaN', file: TOP50, row: '1', column: 'score', value: 'NaN', reason: NUMBER },
  { kind: 'Infinity', file: TOP50, row: '1', column: 'score', value: 'Infinity', reason: NUMBER },
  { kind: 'a 400-digit number', file: SF_A, row: 'policy_backbone_target_low', column: 'value', value: '9'.repeat(400), reason: 'has more digits than a number can hold exactly (15 at most)' },
  { kind: 'a plus sign', file: TOP50, row: '1', column: 'score', value: '+99', reason: NUMBER },
  { kind: 'a unit after a score', file: TOP50, row: '1', column: 'score', value: '99分', reason: NUMBER },
  { kind: 'a score above 100', file: TOP50, row: '1', column: 'score', value: '143', reason: 'must be at most 100' },
  { kind: 'rank 0', file: TOP50, row: '1', column: 'rank', value: '0', reason: 'must be at least 1' },
  { kind: 'rank 51 in a TOP50', file: TOP50, row: '1', column: 'rank', value: '51', reason: 'must be at most 50' },
  { kind: 'an unknown country code', file: TOP50, row: '1', column: 'country_code', value: 'XX', reason: ISO },
  { kind: 'a lower-case country code', file: TOP50, row: '1', column: 'country_code', value: 'cn', reason: ISO },
  { kind: 'a region code', file: TOP50, row: '1', column: 'country_code', value: 'CN-XX', reason: ISO },
  { kind: 'a three-letter code', file: CBDC, row: 'issued', column: 'country_code', value: 'ECU', reason: ISO },
  { kind: 'a two-digit year', file: FORECASTS, row: 'global', column: 'year', value: '20', reason: 'expected a four-digit year between 1990 and 2100' },
  { kind: 'a year out of range', file: FORECASTS, row: 'global', column: 'year', value: '2200', reason: 'expected a four-digit year between 1990 and 2100' },
  { kind: 'a month written with a slash', file: BANKS, row: '深圳', column: 'pilot_month', value: '2020/10', reason: MONTH },
  { kind: 'month 13', file: BANKS, row: '深圳', column: 'pilot_month', value: '2020-13', reason: MONTH },
  { kind: 'month 00', file: BANKS, row: '深圳', column: 'pilot_month', value: '2020-00', reason: MONTH },
  { kind: 'a month without its zero', file: BANKS, row: '深圳', column: 'pilot_month', value: '2020-9', reason: MONTH },
  { kind: 'an impossible day', file: FUNDED, row: '金融壹账通', column: 'date', value: '2020-02-30', reason: 'is not a real calendar date' },
  { kind: 'a day without zeros', file: FUNDED, row: '金融壹账通', column: 'date', value: '2020-9-8', reason: 'expected a date written YYYY-MM-DD, such as 2020-09-08' },
  { kind: 'a flag written yes', file: FUNDED, row: '金融壹账通', column: 'amount_disclosed', value: 'yes', reason: 'expected true or false' },
  { kind: 'a flag in capitals', file: FUNDED, row: '金融壹账通', column: 'amount_disclosed', value: 'TRUE', reason: 'expected true or false' },
  { kind: 'an unknown qualifier', file: SF_A, row: 'policy_backbone_target_low', column: 'qualifier', value: 'approx', reason: 'must be one of: exact, about, nearly, over, at_least, under' },
  { kind: 'the other report’s id', file: TOP50, row: '1', column: 'report', value: 'trends-2020', reason: 'must be one of: patents-2021' },
  { kind: 'a misspelt report id', file: SF_B, row: 'filings_total', column: 'report', value: 'trend-2020', reason: 'must be one of: trends-2020' },
  { kind: 'a blank required cell', file: TOP50, row: '1', column: 'company_zh', value: '', reason: 'a value is required (this column may not be blank)' },
  { kind: 'a cell of spaces', file: TOP50, row: '1', column: 'company_en', value: '   ', reason: 'a value is required (this column may not be blank)' },
  { kind: 'a blank number', file: TOP50, row: '1', column: 'cited', value: '', reason: 'a value is required (this column may not be blank)' },
  { kind: 'a formula', file: TOP50, row: '1', column: 'company_en', value: '=HYPERLINK("x")', reason: FORMULA },
  { kind: 'a cell starting with +', file: TOP50, row: '1', column: 'company_en', value: '+cmd', reason: FORMULA },
  { kind: 'a cell starting with @', file: TOP50, row: '1', column: 'company_en', value: '@SUM(A1)', reason: FORMULA },
  { kind: 'a cell starting with -', file: TOP50, row: '1', column: 'company_en', value: '-x', reason: FORMULA },
  { kind: 'a cell starting with a tab', file: TOP50, row: '1', column: 'company_en', value: '\t=1', reason: FORMULA },
  { kind: 'a country code that is another country', file: CBDC, row: 'issued,已发行,Issued,2', column: 'country_code', value: 'VN', reason: 'Venezuela is VE, not VN (Vietnam)' },
  { kind: 'a valid code beside the wrong names', file: CBDC, row: 'issued', column: 'country_code', value: 'XK', reason: 'Ecuador is EC, not XK (Kosovo)' },
  { kind: 'a section the report does not have', file: TOP50, row: '1', column: 'section', value: '九、', reason: 'the report has no such section: a section begins with one of 引言 一、 二、 三、 四、' },
  { kind: 'a section of the other report', file: SF_B, row: 'filings_total', column: 'section', value: '三、', reason: 'the report has no such section: a section begins with one of 目录 壹. 贰. 叁. 封底' },
  { kind: 'a table the report does not list', file: TOP50, row: '1', column: 'source_ref', value: '表 99', reason: "the report's list of tables and figures (data/patents-2021/figures.csv) has no 表 99" },
  { kind: 'a reference written another way', file: TOP50, row: '1', column: 'source_ref', value: '表2', reason: "the report's list of tables and figures (data/patents-2021/figures.csv) has no 表2" },
  { kind: 'a day after the report was published', file: FUNDED, row: '金融壹账通', column: 'date', value: '2021-03-01', reason: "comes after the report was published (2020-12); only a forecast's column may look ahead" },
  { kind: 'a month after the report was published', file: BANKS, row: '深圳', column: 'pilot_month', value: '2021-01', reason: "comes after the report was published (2020-12); only a forecast's column may look ahead" },
  { kind: 'a year in 2099', file: 'data/trends-2020/platform-releases.csv', row: 'Hyperledger Fabric', column: 'year', value: '2099', reason: "comes after the report was published (2020-12); only a forecast's column may look ahead" },
  { kind: 'a value its printed figure does not say', file: SF_A, row: 'policy_backbone_target_low', column: 'value', value: '4', reason: 'the printed figure "3~5家" (value_text) does not say 4' },
  { kind: 'a value ten times its printed figure', file: SF_B, row: 'filings_total', column: 'value', value: '10150', reason: 'the printed figure "1015个" (value_text) does not say 10150' },
  { kind: 'a gap in a ranking', file: 'data/patents-2021/leading-companies.csv', row: '腾讯,Tencent,applications', column: 'rank_cn', value: '4', reason: 'ranks must run 1 to 3 within its metric without a gap or a repeat; rank 3 is missing' },
  { kind: 'a gap in the order a figure lists', file: 'data/trends-2020/filings-by-city.csv', row: '1', column: 'stated_order', value: '7', reason: 'ranks must run 1 to 6 without a gap or a repeat; rank 1 is missing' },
  { kind: 'a row order of 表 5 out of its run', file: CBDC, row: 'issued', column: 'table_order', value: '0', reason: 'must be at least 1' },
  { kind: 'a province code that does not exist', file: 'data/trends-2020/provincial-policies.csv', row: 'guizhou_2020_05', column: 'region_code', value: 'CN-XX', reason: 'is not the ISO 3166-2 code of a Chinese province (such as CN-GZ, CN-BJ)' },
  { kind: 'a province code beside another province', file: 'data/trends-2020/provincial-policies.csv', row: 'guizhou_2020_05', column: 'region_code', value: 'CN-GD', reason: 'CN-GD is Guangdong, not Guizhou' },
  { kind: 'a qualified figure recorded as exact', file: SF_A, row: 'global_applicant_companies', column: 'qualifier', value: 'exact', reason: 'the printed figure "近7800家" (value_text) opens with a word of nearly' },
  { kind: 'a share above 100%', file: SF_A, row: 'top50_share_cn', column: 'value', value: '143', reason: 'a percentage must lie between 0 and 100 (its unit cell says percent)' },
  { kind: 'a negative share', file: SF_B, row: 'patent_companies_cn_share', column: 'value', value: '-4', reason: 'a percentage must lie between 0 and 100 (its unit cell says percent)' },
];

describe('a bad cell fails with its file, line, column and value', () => {
  it.each(CELLS.map((c) => [c.kind, c] as const))('%s', (_kind, c) => {
    const line = lineOf(c.file, c.row);
    expect(failureOf(c.file, editCell(c.file, c.row, c.column, c.value))).toBe(`${c.file}:${line} column "${c.column}" = ${JSON.stringify(c.value)}: ${c.reason}`);
  });
});

const header = (file: string) => lines(file)[0]!;
const lastLine = (file: string) => lines(file).length - 1;

interface FileKind {
  kind: string;
  file: string;
  mutate: (dir: string) => void;
  message: () => string;
}

const FILES: FileKind[] = [
  {
    kind: 'a repeated key',
    file: TOP50,
    mutate: rewrite(TOP50, (t) => t.replace(/^2,平安集团/m, '1,平安集团')),
    message: () => `${TOP50}:3 column "rank" = "1": duplicate id: line 2 has the same rank`,
  },
  {
    kind: 'an unknown header column',
    file: TOP50,
    mutate: rewrite(TOP50, (t) => t.replace('score,', 'points,')),
    message: () => `${TOP50}:1 column "points" = "points": unknown column; the schema has: rank, company_zh, company_en, company_en_note, country_zh, country_en, country_code, granted, cited, core_tech, families, international, score, report, section, source_ref`,
  },
  {
    kind: 'a header without a column',
    file: TOP50,
    mutate: rewrite(TOP50, (t) => t.split('\n').map((l) => l.split(',').filter((_, i) => i !== 2).join(',')).join('\n')),
    message: () => `${TOP50}:1: the header lacks column "company_en"`,
  },
  {
    kind: 'a header naming a column twice',
    file: INDUSTRIES,
    mutate: rewrite(INDUSTRIES, (t) => t.replace('name_en,', 'name_zh,')),
    message: () => `${INDUSTRIES}:1 column "name_zh" = "name_zh": this column name appears twice in the header`,
  },
  {
    kind: 'a blank header cell',
    file: INDUSTRIES,
    mutate: rewrite(INDUSTRIES, (t) => t.replace('name_en,', ',')),
    message: () => `${INDUSTRIES}:1: a header cell is blank: every column needs a name`,
  },
  {
    kind: 'a row with a cell too many',
    file: TOP50,
    mutate: rewrite(TOP50, (t) => t.replace(/^(1,蚂蚁集团[^\n]*)/m, '$1,extra')),
    message: () => `${TOP50}:2: expected 16 columns as in the header, found 17`,
  },
  {
    kind: 'a row with a cell too few',
    file: TOP50,
    mutate: rewrite(TOP50, (t) => t.replace(/^(1,蚂蚁集团[^\n]*),表 2$/m, '$1')),
    message: () => `${TOP50}:2: expected 16 columns as in the header, found 15`,
  },
  {
    kind: 'a quote never closed',
    file: TOP50,
    mutate: rewrite(TOP50, (t) => t.replace('1,蚂蚁集团,Ant Group', '1,"蚂蚁集团,Ant Group')),
    message: () => `${TOP50}:2: a quoted cell is never closed (unbalanced " quote)`,
  },
  {
    kind: 'a bare quote inside an unquoted cell',
    file: TOP50,
    mutate: rewrite(TOP50, (t) => t.replace('2,平安集团,Ping An Group', '2,平安集团,Ping "An" Group')),
    message: () => `${TOP50}:3: a quote " stands inside an unquoted cell; wrap the whole cell in quotes and double the quote inside ("")`,
  },
  {
    kind: 'cells separated by semicolons',
    file: INDUSTRIES,
    mutate: rewrite(INDUSTRIES, (t) => t.replaceAll(',', ';')),
    message: () => `${INDUSTRIES}:1: the cells are separated by ";"; the extracts are comma-separated (save as "CSV UTF-8 (comma delimited)")`,
  },
  {
    kind: 'cells separated by tabs',
    file: INDUSTRIES,
    mutate: rewrite(INDUSTRIES, (t) => t.replaceAll(',', '\t')),
    message: () => `${INDUSTRIES}:1: the cells are separated by tabs; the extracts are comma-separated (save as "CSV UTF-8 (comma delimited)")`,
  },
  {
    kind: 'a file saved in GBK',
    file: INDUSTRIES,
    mutate: rewrite(INDUSTRIES, (t) => gbk(t)),
    message: () => `${INDUSTRIES}:2: the file is not UTF-8: it reads as GBK/GB18030 (Chinese Windows' default); convert it with: iconv -f GB18030 -t UTF-8 ${INDUSTRIES} > ${INDUSTRIES}.utf8 && mv ${INDUSTRIES}.utf8 ${INDUSTRIES}`,
  },
  {
    kind: 'a file saved in UTF-16 with its mark',
    file: INDUSTRIES,
    mutate: rewrite(INDUSTRIES, (t) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')])),
    message: () => `${INDUSTRIES}:1: the file is encoded as UTF-16LE, not UTF-8; convert it with: iconv -f UTF-16LE -t UTF-8 ${INDUSTRIES} > ${INDUSTRIES}.utf8 && mv ${INDUSTRIES}.utf8 ${INDUSTRIES}`,
  },
  {
    kind: 'a file saved in UTF-16 without a mark',
    file: INDUSTRIES,
    mutate: rewrite(INDUSTRIES, (t) => Buffer.from(t, 'utf16le')),
    message: () => `${INDUSTRIES}:1: the file is encoded as UTF-16LE, not UTF-8; convert it with: iconv -f UTF-16LE -t UTF-8 ${INDUSTRIES} > ${INDUSTRIES}.utf8 && mv ${INDUSTRIES}.utf8 ${INDUSTRIES}`,
  },
  {
    kind: 'a byte that starts no UTF-8 character',
    file: TOP50,
    mutate: rewrite(TOP50, (t) => Buffer.concat([Buffer.from(t.slice(0, t.indexOf('\n') + 1)), Buffer.from([0x31, 0xff]), Buffer.from(t.slice(t.indexOf('\n') + 2))])),
    message: () => `${TOP50}:2: the file is not valid UTF-8 (byte ${header(TOP50).length + 3} starts no UTF-8 character); save it as UTF-8`,
  },
  {
    kind: 'an empty file',
    file: TOP50,
    mutate: rewrite(TOP50, () => ''),
    message: () => `${TOP50}:1: the file is empty: expected a header row and data rows`,
  },
  {
    kind: 'a header and no rows',
    file: TOP50,
    mutate: rewrite(TOP50, (t) => `${t.split('\n')[0]}\n`),
    message: () => `${TOP50}:1: the file has a header but no data rows`,
  },
  {
    kind: 'a file cut inside its last cell',
    file: TOP50,
    mutate: rewrite(TOP50, (t) => t.slice(0, -4)),
    message: () => `${TOP50}:${lastLine(TOP50)}: the file does not end with a line break, so its last row may be cut short; check that row, then end the file with a newline`,
  },
  {
    kind: 'a deleted row of 表 3',
    file: INDUSTRIES,
    mutate: rewrite(INDUSTRIES, (t) => t.replace(/^司法,[^\n]*\n/m, '')),
    message: () => `${INDUSTRIES}:${lastLine(INDUSTRIES) - 1}: the dataset is pinned at 19 rows (what the report gives), the file has 18: a row was deleted; if that is right, change rows in its schema and say why`,
  },
  {
    kind: 'a deleted TOP50 company',
    file: TOP50,
    mutate: rewrite(TOP50, (t) => t.replace(/^50,[^\n]*\n/m, '')),
    message: () => `${TOP50}:${lastLine(TOP50) - 1}: the dataset is pinned at 50 rows (what the report gives), the file has 49: a row was deleted; if that is right, change rows in its schema and say why`,
  },
  {
    kind: 'a deleted stated figure',
    file: SF_B,
    mutate: rewrite(SF_B, (t) => t.replace(/^filings_total,[^\n]*\n/m, '')),
    message: () => `${SF_B}:${lastLine(SF_B) - 1}: the dataset is pinned at 126 rows (what the report gives), the file has 125: a row was deleted; if that is right, change rows in its schema and say why`,
  },
  {
    kind: 'an added provincial policy',
    file: 'data/trends-2020/provincial-policies.csv',
    mutate: rewrite('data/trends-2020/provincial-policies.csv', (t) => {
      const rows = t.trimEnd().split('\n');
      const extra = Papa.parse<string[]>(rows[1]!).data[0]!;
      extra[0] = 'made_up_policy';
      return `${t}${Papa.unparse([extra], { newline: '' })}\n`;
    }),
    message: () => `data/trends-2020/provincial-policies.csv:${lastLine('data/trends-2020/provincial-policies.csv') + 1}: the dataset is pinned at 9 rows (what the report gives), the file has 10: a row was added; if that is right, change rows in its schema and say why`,
  },
  {
    kind: 'a CSV no dataset declares',
    file: 'data/trends-2020/extra.csv',
    mutate: (dir) => writeFileSync(join(dir, 'data/trends-2020/extra.csv'), 'a,b\n1,2\n'),
    message: () => 'data/trends-2020/extra.csv:1: no dataset declares this file: give it a schema in src/reports/trends-2020/schemas/ (and its text), or remove it',
  },
  {
    kind: 'a deleted CSV',
    file: CBDC,
    mutate: (dir) => unlinkSync(join(dir, CBDC)),
    message: () => `${CBDC}:1: cannot read the file (ENOENT)`,
  },
];

/** The text in GBK, encoded by hand for the characters the file uses (Node can decode GB18030 but not encode it). */
function gbk(text: string): Buffer {
  const decoder = new TextDecoder('gb18030');
  const table = new Map<string, number[]>();
  // Every two-byte GBK code from 0x8140 to 0xFEFE, decoded once, gives the reverse table.
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (char.length === 1 && !table.has(char)) table.set(char, [lead, trail]);
    }
  }
  const bytes: number[] = [];
  for (const char of text) {
    if (char.charCodeAt(0) < 0x80) bytes.push(char.charCodeAt(0));
    else bytes.push(...(table.get(char) ?? [0x3f]));
  }
  return Buffer.from(bytes);
}

describe('a broken file fails with the file and the line', () => {
  it.each(FILES.map((f) => [f.kind, f] as const))('%s', (_kind, f) => {
    expect(failureOf(f.file, f.mutate)).toBe(f.message());
  });
});

describe('a consistency check that cannot hold fails at the cell it reads', () => {
  it('an industry’s grants that no longer match the figure the prose states', () => {
    const stated = lineOf(SF_A, 'cn_finance_granted');
    expect(failureOf(INDUSTRIES, editCell(INDUSTRIES, '智慧金融', 'granted', '700'))).toBe(
      `${SF_A}:${stated} column "value" = "714": the report states "714件" (exact), but 表 3 智慧金融 granted gives 700`,
    );
  });
});

describe('harmless differences are accepted and every row kept', () => {
  const harmless: [string, (t: string) => string][] = [
    ['a byte-order mark', (t) => `\uFEFF${t}`],
    ['CRLF line endings', (t) => t.replace(/\n/g, '\r\n')],
    ['CR-only line endings', (t) => t.replace(/\n/g, '\r')],
    ['mixed line endings', (t) => t.replace('\n', '\r\n')],
    ['blank lines between rows', (t) => t.replace(/\n(2,)/, '\n\n$1')],
    ['spaces around a number', (t) => t.replace(/^1,蚂蚁集团,Ant Group,中国,China,CN,2057,/m, '1,蚂蚁集团,Ant Group,中国,China,CN, 2057 ,')],
  ];
  it.each(harmless)('%s', (_kind, edit) => {
    const root = copyWith(rewrite(TOP50, edit));
    const loaded = PATENTS.catalog(root).get('patents-2021/top50')!;
    expect(loaded.rows).toHaveLength(50);
    expect(loaded.rows[0]).toMatchObject({ rank: 1, company_zh: '蚂蚁集团', granted: 2057 });
  });
});
