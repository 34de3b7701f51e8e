/**
 * One declaration per chart: what it shows, where the values come from, how
 * it is drawn and the table that is its text alternative. The chapter pages,
 * the gallery, and later the embed pages, downloads and print all read these.
 * Declarations are plain data (no components), so they also serialise to JSON.
 */
import type { ReportId } from '../data/report.ts';
import type { Locale } from '../i18n/locales.ts';
import type { ChoroplethCountry, ChoroplethOptions } from './Choropleth/layout.ts';
import type { ColumnsOptions, ColumnsPoint } from './Columns/layout.ts';
import type { DotChangeOptions, DotChangeRow } from './DotChange/layout.ts';
import type { GroupedBarsInput, GroupedBarsOptions } from './GroupedBars/layout.ts';
import type { IndexExplorerOptions, IndexExplorerRow } from './IndexExplorer/layout.ts';
import type { RankIntervalsOptions, RankIntervalsRow } from './RankIntervals/layout.ts';
import type { RankedBarsOptions, RankedBarsRow } from './RankedBars/layout.ts';
import type { RankingColumn, RankingRow, RankingTableOptions } from './ranking-table/layout.ts';
import type { ScatterOptions, ScatterPoint } from './Scatter/layout.ts';
import type { SmallMultiplesInput, SmallMultiplesOptions } from './SmallMultiples/layout.ts';
import type { WaffleOptions, WafflePart } from './Waffle/layout.ts';

export type ChartSpec =
  | { type: 'ranked-bars'; rows: RankedBarsRow[]; options: RankedBarsOptions }
  | { type: 'grouped-bars'; data: GroupedBarsInput; options: GroupedBarsOptions }
  | { type: 'dot-change'; rows: DotChangeRow[]; options: DotChangeOptions }
  | { type: 'columns'; points: ColumnsPoint[]; options: ColumnsOptions }
  | { type: 'scatter'; points: ScatterPoint[]; options: ScatterOptions }
  | { type: 'waffle'; parts: WafflePart[]; options: WaffleOptions }
  | { type: 'small-multiples'; data: SmallMultiplesInput; options?: SmallMultiplesOptions }
  | { type: 'choropleth'; countries: ChoroplethCountry[]; options: ChoroplethOptions }
  | { type: 'rank-intervals'; rows: RankIntervalsRow[]; options: RankIntervalsOptions }
  | { type: 'index-explorer'; rows: IndexExplorerRow[]; options: IndexExplorerOptions }
  | { type: 'ranking-table'; rows: RankingRow[]; columns: RankingColumn[]; options: RankingTableOptions };

export type ChartType = ChartSpec['type'];

/** The chart's data as a table: the accessible alternative and the CSV download. */
export interface DataTable {
  /** `decimals`: digits after the point as the report prints the column (99.0, not 99), for the page table and the CSV. */
  columns: { key: string; label: string; numeric: boolean; decimals?: number }[];
  rows: Record<string, string | number | null>[];
}

/**
 * A chart of the first rows of a longer dataset (a ranking's first 50 of its N): the chart, its
 * images, embed and data table show `shown` rows, and say so with `note`, linked to the dataset's
 * page and CSV, which list every row. Declared only when the dataset has more rows than shown.
 */
export interface PartialRows {
  /** How many rows the chart shows. */
  shown: number;
  /** How many rows the dataset has. */
  total: number;
  /** The dataset that lists every row. */
  dataset: string;
  /** "前 50 名，共 500 家；完整名单见数据页", in the chart's language. */
  note: string;
}

/** A chart as its report declares it, in one language. */
export interface ChartDeclaration {
  /** Stable id, the same in every language, used in URLs and anchors: `<report letter>-<what>`, e.g. `a-top50-scores`. */
  id: string;
  report: ReportId;
  /** Slug of the report chapter the chart belongs to (see REPORTS). */
  chapter: string;
  /** The report's table or figure this chart draws (表 2, 图 7), or null for a chart of figures stated in prose. */
  ref: string | null;
  title: string;
  subtitle?: string;
  /** Source line: report, section, table or figure, and the report's own credited source. */
  source: string;
  /** Caveats: derived values, unpublished values, disagreements in the report. */
  notes: string[];
  /** Dataset ids the values come from. */
  datasets: string[];
  chart: ChartSpec;
  table: DataTable;
  /** Set when the chart shows only the first rows of its dataset. */
  partial?: PartialRows;
}

/** A declared chart with the language its words are in, which its caption, drawing and downloads read. */
export interface ChartEntry extends ChartDeclaration {
  locale: Locale;
}

export interface ChartList {
  /** Every chart, built once and checked for repeated ids. */
  all(): ChartEntry[];
  byId(id: string): ChartEntry;
}

/** A memoised list of one language's chart declarations, such as one report's or the whole site's. */
export function chartList(locale: Locale, build: () => (ChartDeclaration | ChartEntry)[]): ChartList {
  let cached: ChartEntry[] | undefined;
  const all = () => {
    if (!cached) {
      const entries = build().map((declared) => ({ ...declared, locale }));
      const seen = new Set<string>();
      for (const entry of entries) {
        if (seen.has(entry.id)) throw new Error(`chart id "${entry.id}" is declared twice`);
        seen.add(entry.id);
      }
      cached = entries;
    }
    return cached;
  };
  return {
    all,
    byId(id) {
      const entry = all().find((e) => e.id === id);
      if (!entry) throw new Error(`no chart "${id}" is declared`);
      return entry;
    },
  };
}
