/**
 * Column builders: each turns one raw CSV cell (a string, '' when blank) into a
 * typed value, and records its type, unit and bounds, so the data page and
 * datapackage.json are generated from the schema. What a column is called,
 * in each locale, is its dataset's text (DatasetText in dataset.ts).
 */
import { z } from 'zod';
import countries from 'i18n-iso-countries';
import countryNamesEn from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import countryNamesZh from 'i18n-iso-countries/langs/zh.json' with { type: 'json' };
import { formatData } from '../i18n/format.ts';
import { SOURCE_LOCALE } from '../i18n/locales.ts';
import { CN_REGIONS, REGION_CODE_FORMAT } from './regions.ts';
import { UNIT_IDS, type Unit } from './units.ts';

export type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'yearmonth' | 'date' | 'year';

export interface ColumnMeta {
  unit?: Unit;
  type: FieldType;
  required: boolean;
  minimum?: number;
  maximum?: number;
  enum?: readonly string[];
  /** Pattern the raw cell follows, when the type alone does not say it. */
  format?: string;
  /** A year, month or day that may come after the report was published (a forecast's year). */
  future?: boolean;
}

/** Registry of column meanings; read with `columnMeta(schema)`. */
export const columnRegistry = z.registry<ColumnMeta>();

type Measured = { unit: Unit };
type Optional = { optional?: boolean };
/** Dates are no later than the report's publication unless the column says it looks ahead. */
type Dated = Optional & { future?: boolean };

const REQUIRED = 'a value is required (this column may not be blank)';

/** Blank cells become null only in optional columns. */
function cell<T>(
  meta: Omit<ColumnMeta, 'required'>,
  opts: Optional,
  parse: (raw: string) => T | { problem: string },
) {
  const schema = z.string().transform((raw, ctx) => {
    const text = raw.trim();
    if (text === '') {
      if (opts.optional) return null;
      ctx.addIssue({ code: 'custom', message: REQUIRED });
      return z.NEVER;
    }
    // A tab or CR before the text survives in the file as served, where it starts a spreadsheet formula too.
    const out = meta.type === 'string' && /^[\t\r]/.test(raw) ? { problem: FORMULA_PROBLEM } : parse(text);
    if (typeof out === 'object' && out !== null && 'problem' in out) {
      ctx.addIssue({ code: 'custom', message: out.problem });
      return z.NEVER;
    }
    return out as T;
  });
  columnRegistry.add(schema, { ...meta, required: !opts.optional });
  // Each builder narrows this to Column<T, O>: null appears only where a blank is allowed.
  return schema as z.ZodType<unknown, string>;
}

const DECIMAL = /^-?\d+(\.\d+)?$/;

export const COUNTRY_CODE_FORMAT = 'ISO 3166-1 alpha-2';

/**
 * A cell a spreadsheet would run as a formula (OWASP's CSV injection list:
 * = + - @ tab CR), unless it is a plain negative number. The CSVs are served
 * byte for byte, so such a cell is refused here rather than altered there.
 */
const FORMULA_START = /^(?:[=+@\t\r]|-(?!\d))/;
const FORMULA_PROBLEM = 'begins with = + - or @, which a spreadsheet opening the download would run as a formula; reword the cell or put it in quotes after a leading space';

function parseNumber(text: string, opts: { integer: boolean; min?: number; max?: number }) {
  if (!DECIMAL.test(text)) {
    const { wan, yi } = formatData(SOURCE_LOCALE).scales ?? { wan: '', yi: '' };
    return {
      problem: opts.integer
        ? `expected a whole number such as 2057 (digits only: no thousands separators, units or ${wan}/${yi})`
        : `expected a number such as 91.8 (digits and a decimal point only: no units or ${wan}/${yi})`,
    };
  }
  // Beyond 15 significant digits a double no longer holds the number exactly (and 400 digits are Infinity).
  if (text.replace(/^-|\.|^0+/g, '').length > 15) return { problem: 'has more digits than a number can hold exactly (15 at most)' };
  const n = Number(text);
  if (opts.integer && !Number.isInteger(n)) return { problem: 'expected a whole number, not a fraction' };
  if (opts.min !== undefined && n < opts.min) {
    return { problem: opts.min === 0 ? 'must not be negative' : `must be at least ${opts.min}` };
  }
  if (opts.max !== undefined && n > opts.max) return { problem: `must be at most ${opts.max}` };
  return n;
}

export const col = {
  /** Free text, kept as written (HTML in it is shown as text, never markup). */
  text<O extends Optional>(opts: O = {} as O) {
    return cell<string>({ type: 'string' }, opts, (t) => (FORMULA_START.test(t) ? { problem: FORMULA_PROBLEM } : t)) as Column<string, O>;
  },

  /** A count or other whole number; never negative unless `min` says so. */
  integer<O extends Optional & { min?: number; max?: number }>(meta: Measured, opts: O = {} as O) {
    const min = opts.min ?? 0;
    return cell<number>({ unit: meta.unit, type: 'integer', minimum: min, maximum: opts.max }, opts, (t) =>
      parseNumber(t, { integer: true, min, max: opts.max }),
    ) as Column<number, O>;
  },

  /** A measured quantity with a decimal point allowed. */
  number<O extends Optional & { min?: number; max?: number }>(meta: Measured, opts: O = {} as O) {
    return cell<number>({ unit: meta.unit, type: 'number', minimum: opts.min, maximum: opts.max }, opts, (t) =>
      parseNumber(t, { integer: false, min: opts.min, max: opts.max }),
    ) as Column<number, O>;
  },

  /** A share in percent, 0–100 inclusive. */
  percent<O extends Optional>(opts: O = {} as O) {
    return cell<number>({ unit: 'percent', type: 'number', minimum: 0, maximum: 100 }, opts, (t) => {
      const n = parseNumber(t, { integer: false });
      if (typeof n !== 'number') return n;
      return n < 0 || n > 100 ? { problem: 'a percentage must lie between 0 and 100' } : n;
    }) as Column<number, O>;
  },

  /** One of a closed list of codes. */
  oneOf<const V extends readonly [string, ...string[]], O extends Optional>(values: V, opts: O = {} as O) {
    return cell<V[number]>({ type: 'string', enum: values }, opts, (t) =>
      (values as readonly string[]).includes(t) ? (t as V[number]) : { problem: `must be one of: ${values.join(', ')}` },
    ) as Column<V[number], O>;
  },

  /** ISO 3166-1 alpha-2 code, upper case (CN, US, KR…). */
  countryCode<O extends Optional>(opts: O = {} as O) {
    return cell<string>({ type: 'string', format: COUNTRY_CODE_FORMAT }, opts, (t) =>
      /^[A-Z]{2}$/.test(t) && countries.isValid(t) ? t : { problem: 'is not an ISO 3166-1 alpha-2 country code (such as CN, US, KR)' },
    ) as Column<string, O>;
  },

  /** A Chinese province's ISO 3166-2 code (CN-GZ); its `*_en` name must be the province's. */
  regionCode<O extends Optional>(opts: O = {} as O) {
    return cell<string>({ type: 'string', format: REGION_CODE_FORMAT }, opts, (t) =>
      t in CN_REGIONS ? t : { problem: 'is not the ISO 3166-2 code of a Chinese province (such as CN-GZ, CN-BJ)' },
    ) as Column<string, O>;
  },

  /** A calendar year such as 2020. */
  year<O extends Dated>(opts: O = {} as O) {
    return cell<number>({ type: 'year', minimum: 1990, maximum: 2100, ...(opts.future ? { future: true } : {}) }, opts, (t) =>
      /^\d{4}$/.test(t) && Number(t) >= 1990 && Number(t) <= 2100 ? Number(t) : { problem: 'expected a four-digit year between 1990 and 2100' },
    ) as Column<number, O>;
  },

  /** A month, written YYYY-MM, for dates the reports give only to the month. */
  yearMonth<O extends Dated>(opts: O = {} as O) {
    return cell<string>({ type: 'yearmonth', format: 'YYYY-MM', ...(opts.future ? { future: true } : {}) }, opts, (t) =>
      /^\d{4}-(0[1-9]|1[0-2])$/.test(t) ? t : { problem: 'expected a month written YYYY-MM, such as 2020-06' },
    ) as Column<string, O>;
  },

  /** A day, written YYYY-MM-DD. */
  date<O extends Dated>(opts: O = {} as O) {
    return cell<string>({ type: 'date', format: 'YYYY-MM-DD', ...(opts.future ? { future: true } : {}) }, opts, (t) => {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(t)) return { problem: 'expected a date written YYYY-MM-DD, such as 2020-09-08' };
      const d = new Date(`${t}T00:00:00Z`);
      return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== t ? { problem: 'is not a real calendar date' } : t;
    }) as Column<string, O>;
  },

  /** true or false, written as such. */
  flag<O extends Optional>(opts: O = {} as O) {
    return cell<boolean>({ type: 'boolean' }, opts, (t) =>
      t === 'true' ? true : t === 'false' ? false : { problem: 'expected true or false' },
    ) as Column<boolean, O>;
  },

  /** The unit of a value in a long "stated figures" table. */
  unit() {
    return col.oneOf(UNIT_IDS);
  },
};

/** A column schema: raw string in, T out (or T | null when the column is optional). */
export type Column<T, O extends Optional> = z.ZodType<O extends { optional: true } ? T | null : T, string>;

export function columnMeta(schema: z.ZodType): ColumnMeta {
  const meta = columnRegistry.get(schema);
  if (!meta) throw new Error('column schema built without col.*: its meaning is unknown');
  return meta;
}

countries.registerLocale(countryNamesEn);
countries.registerLocale(countryNamesZh);

/**
 * Whether the names beside an ISO code (`country_en`, `country_zh`) name that
 * country: a name that is another country's fails (Venezuela written VN), a
 * name the list does not know passes if the other one matches.
 */
export function countryNamesProblem(code: string, names: { en?: string | null; zh?: string | null }): string | null {
  const byName = (['en', 'zh'] as const).flatMap((lang) => {
    const name = names[lang];
    return name ? [{ lang, name, code: countries.getAlpha2Code(name, lang) }] : [];
  });
  const other = byName.find((n) => n.code !== undefined && n.code !== code);
  if (other) return `${other.name} is ${other.code}, not ${code} (${countries.getName(code, 'en') ?? code})`;
  if (byName.length > 0 && byName.every((n) => n.code === undefined)) return `neither ${byName.map((n) => n.name).join(' nor ')} is the name of ${code} (${countries.getName(code, 'en') ?? code})`;
  return null;
}
