import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../../src/data/catalog.ts';
import type { LoadedDataset } from '../../../src/data/load.ts';
import { complement, div, formatRange, mid, percentOf, point, sub } from '../../../src/data/range.ts';
import {
  dataset,
  expectAgrees,
  expectQualified,
  expectStated,
  failAt,
  locate,
  pinDisagreement,
  stated,
  type StatedRow,
} from '../../../src/data/checks.ts';

const FILE = 'data/made-up/stated-figures.csv';
const rows: StatedRow[] = [
  { id: 'share', value: 19, qualifier: 'exact', value_text: '19%' },
  { id: 'firms', value: 1000, qualifier: 'over', value_text: '超过1000家' },
  { id: 'growth', value: 40, qualifier: 'about', value_text: '约40%' },
];
const loaded = { def: {} as never, file: FILE, rows, lines: [2, 3, 5], text: '' } as unknown as LoadedDataset;
const catalog: Catalog = new Map([['made-up/stated-figures', loaded]]);
const at = (id: string) => stated(catalog, 'made-up/stated-figures', id);

function failure(run: () => void): string {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  return 'passed';
}

describe('range arithmetic', () => {
  it('divides, subtracts and takes percentages end to end', () => {
    expect(div({ lo: 10, hi: 20 }, { lo: 2, hi: 5 })).toEqual({ lo: 2, hi: 10 });
    expect(sub({ lo: 10, hi: 20 }, { lo: 1, hi: 3 })).toEqual({ lo: 7, hi: 19 });
    expect(percentOf(point(1), { lo: 4, hi: 5 })).toEqual({ lo: 20, hi: 25 });
    expect(complement({ lo: 30, hi: 31 })).toEqual({ lo: 69, hi: 70 });
    expect(mid({ lo: 1, hi: 2 })).toBe(1.5);
  });

  it('prints a range as one number when both ends round alike', () => {
    expect(formatRange({ lo: 18.961, hi: 19.012 })).toBe('18.96–19.01');
    expect(formatRange({ lo: 13.001, hi: 13.004 })).toBe('13');
  });
});

describe('finding rows', () => {
  it('names the missing dataset, figure or row', () => {
    expect(failure(() => dataset(catalog, 'nope'))).toBe('consistency check needs dataset nope, which the catalog lacks');
    expect(failure(() => at('missing'))).toBe(`${FILE}:6: the consistency checks need stated figure "missing", and the file has no such row (deleted?)`);
    expect(failure(() => locate<StatedRow>(catalog, 'made-up/stated-figures', (r) => r.value > 5000, 'a big figure'))).toBe(
      `${FILE}:6: the consistency checks need a big figure, and the file has no such row (deleted?)`,
    );
    expect(at('growth')).toMatchObject({ index: 2, row: { value: 40 } });
  });

  it('locates a failure at the physical line, column and cell', () => {
    expect(failure(() => failAt(loaded, 2, 'value', 'made-up reason'))).toBe(`${FILE}:5 column "value" = "40": made-up reason`);
  });
});

describe('expectations', () => {
  it('expectAgrees: quotes the printed figure and the computed range', () => {
    expect(failure(() => expectAgrees(at('share'), { lo: 18.9, hi: 19.1 }, 'a ÷ b'))).toBe('passed');
    expect(failure(() => expectAgrees(at('share'), { lo: 19.6, hi: 19.8 }, 'a ÷ b'))).toBe(
      `${FILE}:2 column "value" = "19": the report states "19%" (exact), but a ÷ b gives 19.6–19.8`,
    );
    expect(failure(() => expectAgrees(at('firms'), 1000, 'counting'))).toBe(
      `${FILE}:3 column "value" = "1000": the report states "超过1000家" (over), but counting gives 1000`,
    );
  });

  it('expectStated: the plain value and the computed one to three decimals', () => {
    expect(failure(() => expectStated(catalog, 'made-up/stated-figures', 'share', 19.49, 'a ÷ b'))).toBe('passed');
    expect(failure(() => expectStated(catalog, 'made-up/stated-figures', 'share', 100 / 3, 'a ÷ b'))).toBe(
      `${FILE}:2 column "value" = "19": the report states 19, but a ÷ b gives 33.333`,
    );
  });

  it('expectQualified: the qualifier decides, and `within` bounds the check further', () => {
    expect(failure(() => expectQualified(at('growth'), 40.9, 'growth'))).toBe('passed');
    expect(failure(() => expectQualified(at('growth'), 41.2, 'growth'))).toBe(
      `${FILE}:5 column "value" = "40": the report states 约40% (about 40), but growth gives 41.2`,
    );
    expect(failure(() => expectQualified(at('firms'), 1950, 'the body'))).toBe('passed');
    expect(failure(() => expectQualified(at('firms'), 1950, 'the body', 100))).toBe(
      `${FILE}:3 column "value" = "1000": the report states 超过1000家 (over 1000), but the body gives 1950`,
    );
  });

  it('pinDisagreement: holds while the documented disagreement stands, and names each way it ends', () => {
    const documented = { stated: 19, computed: 21, decimals: 0 };
    expect(failure(() => pinDisagreement(at('share'), { lo: 20.9, hi: 21.1 }, documented, 'a ÷ b'))).toBe('passed');
    expect(failure(() => pinDisagreement(at('share'), { lo: 18.9, hi: 19.1 }, documented, 'a ÷ b'))).toBe(
      `${FILE}:2 column "value" = "19": the report's "19%" now agrees with a ÷ b (18.9–19.1); the disagreement documented in the dataset notes is gone: update the notes and this check`,
    );
    expect(failure(() => pinDisagreement(at('share'), point(22), documented, 'a ÷ b'))).toBe(
      `${FILE}:2 column "value" = "19": a ÷ b now gives 22, not the 21 the dataset notes document: update the notes and this check`,
    );
    expect(failure(() => pinDisagreement(at('share'), point(21), { ...documented, stated: 18 }, 'a ÷ b'))).toBe(
      `${FILE}:2 column "value" = "19": the dataset notes document this figure as 18 (it disagrees with a ÷ b); update the notes and this check`,
    );
  });
});
