import { describe, expect, it } from 'vitest';
import { col } from '../../../src/data/columns.ts';
import { datasetsOf } from '../../../src/data/dataset.ts';
import { parseDataset } from '../../../src/data/load.ts';

/** A small dataset that uses every kind of column the extracts use; the same words serve both languages, as these tests are about cells. */
const words = {
  fixture: {
    title: '测试',
    description: '测试用',
    columns: {
      id: { title: '编号' },
      name: { title: '名称' },
      count: { title: '数量' },
      score: { title: '得分' },
      share: { title: '占比' },
      country: { title: '国家' },
      kind: { title: '类型' },
      month: { title: '月份' },
      day: { title: '日期' },
      year: { title: '年份' },
      disclosed: { title: '已披露' },
    },
  },
};
const dataset = datasetsOf('patents-2021', { 'zh-CN': words, en: words });

const fixture = dataset('fixture', { key: ['id'] }, {
  id: col.text(),
  name: col.text(),
  count: col.integer({ unit: 'patent' }),
  score: col.number({ unit: 'score' }, { min: 0, max: 100 }),
  share: col.percent({ optional: true }),
  country: col.countryCode({ optional: true }),
  kind: col.oneOf(['band', 'sub-row']),
  month: col.yearMonth({ optional: true }),
  day: col.date({ optional: true }),
  year: col.year({ optional: true }),
  disclosed: col.flag({ optional: true }),
});

const HEADER = 'id,name,count,score,share,country,kind,month,day,year,disclosed,report,section,source_ref';
const GOOD = 'a,蚂蚁集团,2057,99.0,19,CN,band,2020-06,2020-09-08,2020,true,patents-2021,二,表 2';
const file = 'data/patents-2021/fixture.csv';

function load(text: string) {
  return parseDataset(fixture, text, file);
}

/** Replaces one cell of the good row and returns the error message of loading it. */
function errorWith(column: string, value: string): string {
  const cells = GOOD.split(',');
  cells[HEADER.split(',').indexOf(column)] = value;
  return messageOf(`${HEADER}\n${GOOD.replace(/^a,/, 'z,')}\n${cells.join(',')}\n`);
}

function messageOf(text: string): string {
  try {
    load(text);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the file to be rejected');
}

describe('parseDataset accepts good files', () => {
  it('types every cell', () => {
    const { rows, lines } = load(`${HEADER}\n${GOOD}\n`);
    expect(rows).toEqual([
      {
        id: 'a', name: '蚂蚁集团', count: 2057, score: 99, share: 19, country: 'CN', kind: 'band', month: '2020-06',
        day: '2020-09-08', year: 2020, disclosed: true, report: 'patents-2021', section: '二', source_ref: '表 2',
      },
    ]);
    expect(lines).toEqual([2]);
  });

  it('turns blanks in optional columns into null, never a guess', () => {
    const { rows } = load(`${HEADER}\na,x,1,2,,,band,,,,,patents-2021,二,\n`);
    expect(rows[0]).toMatchObject({ share: null, country: null, month: null, day: null, year: null, disclosed: null, source_ref: null });
  });

  it('accepts a byte-order mark and CRLF line ends', () => {
    const { rows } = load(`\uFEFF${HEADER}\r\n${GOOD}\r\n`);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.id).toBe('a');
  });

  it('accepts header columns in any order', () => {
    const cells = HEADER.split(',');
    const values = GOOD.split(',');
    const order = cells.map((_, i) => i).reverse();
    const { rows } = load(`${order.map((i) => cells[i]).join(',')}\n${order.map((i) => values[i]).join(',')}\n`);
    expect(rows[0]!.name).toBe('蚂蚁集团');
  });

  it('keeps quoted commas, quotes and line breaks inside a cell, and numbers lines by where rows start', () => {
    const text = `${HEADER}\n"b","名称, ""引号""\n第二行",1,2,,,band,,,,,patents-2021,二,\n${GOOD}\n`;
    const { rows, lines } = load(text);
    expect(rows[0]!.name).toBe('名称, "引号"\n第二行');
    expect(lines).toEqual([2, 4]);
  });

  it('keeps HTML in a text cell as plain text', () => {
    const { rows } = load(`${HEADER}\na,<script>alert(1)</script>,1,2,,,band,,,,,patents-2021,二,\n`);
    expect(rows[0]!.name).toBe('<script>alert(1)</script>');
  });
});

describe('parseDataset rejects bad input with file, line, column and value', () => {
  const cases: [string, string, string][] = [
    ['non-numeric count', errorWith('count', 'abc'), `${file}:3 column "count" = "abc": expected a whole number such as 2057 (digits only: no thousands separators, units or 万/亿)`],
    ['thousands separator', errorWith('count', '"4,998"'), `${file}:3 column "count" = "4,998": expected a whole number such as 2057 (digits only: no thousands separators, units or 万/亿)`],
    ['万 left in a number', errorWith('count', '5.49万'), `${file}:3 column "count" = "5.49万": expected a whole number such as 2057 (digits only: no thousands separators, units or 万/亿)`],
    ['fractional count', errorWith('count', '12.5'), `${file}:3 column "count" = "12.5": expected a whole number, not a fraction`],
    ['negative count', errorWith('count', '-3'), `${file}:3 column "count" = "-3": must not be negative`],
    ['score above its maximum', errorWith('score', '100.5'), `${file}:3 column "score" = "100.5": must be at most 100`],
    ['non-numeric score', errorWith('score', '9x'), `${file}:3 column "score" = "9x": expected a number such as 91.8 (digits and a decimal point only: no units or 万/亿)`],
    ['percent over 100', errorWith('share', '130'), `${file}:3 column "share" = "130": a percentage must lie between 0 and 100`],
    ['percent with a sign', errorWith('share', '19%'), `${file}:3 column "share" = "19%": expected a number such as 91.8 (digits and a decimal point only: no units or 万/亿)`],
    ['unknown country code', errorWith('country', 'XX'), `${file}:3 column "country" = "XX": is not an ISO 3166-1 alpha-2 country code (such as CN, US, KR)`],
    ['lower-case country code', errorWith('country', 'cn'), `${file}:3 column "country" = "cn": is not an ISO 3166-1 alpha-2 country code (such as CN, US, KR)`],
    ['value outside an enumeration', errorWith('kind', 'total'), `${file}:3 column "kind" = "total": must be one of: band, sub-row`],
    ['unknown report id', errorWith('report', 'report-c'), `${file}:3 column "report" = "report-c": must be one of: patents-2021`],
    ['a row of another report', errorWith('report', 'trends-2020'), `${file}:3 column "report" = "trends-2020": must be one of: patents-2021`],
    ['badly written month', errorWith('month', '2020/6'), `${file}:3 column "month" = "2020/6": expected a month written YYYY-MM, such as 2020-06`],
    ['impossible date', errorWith('day', '2020-02-30'), `${file}:3 column "day" = "2020-02-30": is not a real calendar date`],
    ['year out of range', errorWith('year', '20'), `${file}:3 column "year" = "20": expected a four-digit year between 1990 and 2100`],
    ['flag not true/false', errorWith('disclosed', 'yes'), `${file}:3 column "disclosed" = "yes": expected true or false`],
    ['blank required cell', errorWith('name', ''), `${file}:3 column "name" = "": a value is required (this column may not be blank)`],
    ['blank required number', errorWith('count', ' '), `${file}:3 column "count" = " ": a value is required (this column may not be blank)`],
    ['duplicate id', messageOf(`${HEADER}\n${GOOD}\n${GOOD}\n`), `${file}:3 column "id" = "a": duplicate id: line 2 has the same id`],
    ['unknown header column', messageOf(`${HEADER},extra\n${GOOD},1\n`), `${file}:1 column "extra" = "extra": unknown column; the schema has: id, name, count, score, share, country, kind, month, day, year, disclosed, report, section, source_ref`],
    ['missing header column', messageOf(`${HEADER.replace(',share', '')}\n${GOOD.replace(',19,', ',')}\n`), `${file}:1: the header lacks column "share"`],
    ['repeated header column', messageOf(`${HEADER},name\n${GOOD},x\n`), `${file}:1 column "name" = "name": this column name appears twice in the header`],
    ['blank header cell', messageOf(`${HEADER},\n${GOOD},x\n`), `${file}:1: a header cell is blank: every column needs a name`],
    ['too many cells in a row', messageOf(`${HEADER}\n${GOOD}\n${GOOD},extra\n`), `${file}:3: expected 14 columns as in the header, found 15`],
    ['too few cells in a row', messageOf(`${HEADER}\n${GOOD}\na,b\n`), `${file}:3: expected 14 columns as in the header, found 2`],
    ['unbalanced quote', messageOf(`${HEADER}\n${GOOD}\n"b,x,1,2,,,band,,,,,patents-2021,二,\n`), `${file}:3: a quoted cell is never closed (unbalanced " quote)`],
    ['empty file', messageOf(''), `${file}:1: the file is empty: expected a header row and data rows`],
    ['whitespace-only file', messageOf('\uFEFF\r\n  \n'), `${file}:1: the file is empty: expected a header row and data rows`],
    ['header without rows', messageOf(`${HEADER}\n`), `${file}:1: the file has a header but no data rows`],
  ];

  it.each(cases)('%s', (_name, actual, expected) => {
    expect(actual).toBe(expected);
  });
});
