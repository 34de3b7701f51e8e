/**
 * Figures as chapter prose writes them, bound to their rows. Each figure is a
 * `<data value="…">` inside a link to its row on the dataset page, so a reader
 * without scripts can follow it; the link carries what the figure popover
 * shows (report, section, table or figure, the value as printed, and for a
 * computed value how it was computed). The words are those of `say.ts`; only
 * the markup is added, and only here: chart titles, alt text and attributes
 * keep using the plain `speaker()`.
 *
 * The results are Astro's marked HTML strings, which a template writes as
 * they are. Inside a template literal they would turn back into escaped
 * text, so sentences composed in the frontmatter use the `html` tag below.
 */
import { escapeHTML, isHTMLString, markHTMLString } from 'astro/runtime/server/index.js';
import { formatList, type FormatLocale } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { referenceIn, sectionIn } from '../i18n/references.ts';
import { useTranslations, type UIKey } from '../i18n/translate.ts';
import { datasetPath } from '../paths.ts';
import type { Report } from './report.ts';
import { sourceOfRow, type RowSource } from './row-source.ts';
import { say, sayDerived, sayNumber, type SayableFigure } from './say.ts';
import type { Unit } from './units.ts';

/** Markup for chapter prose, already escaped. */
export type Prose = ReturnType<typeof markHTMLString> & { readonly __prose?: never };

/** How a computed value was worked out from its rows; each has its words in the text layer (`figure.how.*`). */
export const DERIVATIONS = ['sum', 'difference', 'ratio', 'share', 'count', 'multiple', 'remainder', 'growth', 'correlation', 'reranking', 'columns'] as const;
export type DerivationKind = (typeof DERIVATIONS)[number];

/** The rows a computed value comes from, and the arithmetic. */
export interface Derivation {
  how: DerivationKind;
  from: readonly object[];
}

const HAN = /\p{Script=Han}/u;

function escape(value: unknown): string {
  return isHTMLString(value) ? String(value) : escapeHTML(String(value));
}

/** A sentence with figures in it: literal text and plain values are escaped, figures kept as markup. */
export function html(strings: TemplateStringsArray, ...values: unknown[]): Prose {
  let out = escapeHTML(strings[0] ?? '');
  values.forEach((value, i) => {
    out += (value === false || value === null || value === undefined ? '' : escape(value)) + escapeHTML(strings[i + 1] ?? '');
  });
  return markHTMLString(out) as Prose;
}

/** Items joined by a separator, the figures among them kept as markup. */
export function joinProse(items: readonly unknown[], separator: string): Prose {
  return markHTMLString(items.map(escape).join(escapeHTML(separator))) as Prose;
}

/** A list in the locale's way ("A, B, and C"; "A、B和C"), the figures among its items kept as markup. */
export function listProse(items: readonly unknown[], locale: FormatLocale): Prose {
  // Each item stands in as a token that no list pattern contains, so only the pattern's own words are escaped.
  const listed = formatList(items.map((_, i) => `\u0000${i}\u0000`), locale);
  return markHTMLString(
    listed
      .split(/\u0000(\d+)\u0000/u)
      .map((part, i) => (i % 2 === 1 ? escape(items[Number(part)]) : escapeHTML(part)))
      .join(''),
  ) as Prose;
}

/** A derived figure's mark and its hidden label, as proseSpeaker writes them. */
const FIGURE_MARK = /<sup class="fig-mark"[^>]*>[^<]*<\/sup>|<span class="visually-hidden">[^<]*<\/span>/gu;

/**
 * Rendered prose where a link may not go (inside another link, such as a
 * contents entry): the figures' links and marks dropped, their words and
 * `<data>` kept, and any other markup (a lang run) kept.
 */
export function withoutFigureLinks(rendered: string): string {
  return rendered.replace(FIGURE_MARK, '').replace(/<\/?a\b[^>]*>/gu, '');
}

/** What a reader hears of prose where no markup may go (an aria-label): the words alone, the figures' marks left out. */
export function plainText(text: string | Prose): string {
  if (!isHTMLString(text)) return String(text);
  return String(text)
    .replace(FIGURE_MARK, '')
    .replace(/<[^>]+>/gu, '')
    .replace(/&(lt|gt|quot|#39|amp);/gu, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[name] ?? '');
}

function attribute(name: string, value: string | undefined): string {
  return value === undefined ? '' : ` ${name}="${escapeHTML(value)}"`;
}

function need(source: RowSource | undefined, what: string): RowSource {
  if (!source) throw new Error(`prose: ${what} is not a row loaded from data/, so it cannot say where it comes from`);
  return source;
}

/** Chapter prose in one locale, for chapters of `report`. */
export function proseSpeaker(locale: Locale, report: Pick<Report, 'id' | 'letter' | 'sections'>) {
  const t = useTranslations(locale);
  const check = (source: RowSource): RowSource => {
    if (source.report !== report.id) throw new Error(`prose: a chapter of ${report.id} cites ${source.dataset}, a dataset of another report`);
    return source;
  };
  // Rows of one table share their section and reference: each place is written once per speaker.
  const placesWritten = new Map<string, string>();
  /** What placesOf found for each list of rows. */
  const placesOfRows = new WeakMap<readonly object[], { first: RowSource; places: string }>();
  const where = (source: RowSource): string => {
    const key = `${source.section}\u0000${source.sourceRef ?? ''}`;
    let written = placesWritten.get(key);
    if (written === undefined) {
      const section = sectionIn(source.section, locale, report.sections);
      const parts = [t('figure.report', { letter: report.letter }), section, source.sourceRef ? referenceIn(source.sourceRef, locale) : t('data.source.prose')];
      written = parts.join(t('figure.separator'));
      placesWritten.set(key, written);
    }
    return written;
  };
  const href = (source: RowSource) => `${datasetPath(source.dataset, locale)}#${source.anchor}`;

  /** The `<a><data></a>` of one figure. */
  const bound = (text: string, value: number | string, source: RowSource, derivation?: { how: string; sources: string }): Prose => {
    const printedLang = locale !== 'zh-CN' && HAN.test(source.printed) ? 'zh-CN' : undefined;
    const link =
      `<a class="fig${derivation ? ' fig-derived' : ''}" href="${escapeHTML(href(source))}"` +
      attribute('data-source', derivation ? derivation.sources : where(source)) +
      attribute('data-printed', derivation ? undefined : source.printed) +
      attribute('data-printed-lang', derivation ? undefined : printedLang) +
      attribute('data-how', derivation?.how) +
      `><data value="${escapeHTML(String(value))}" data-ref="${escapeHTML(`${source.dataset}#${source.anchor}`)}">${escapeHTML(text)}</data>` +
      (derivation ? `<sup class="fig-mark" aria-hidden="true">${escapeHTML(t('figure.derivedMark'))}</sup><span class="visually-hidden">${escapeHTML(t('figure.derivedLabel'))}</span>` : '') +
      `</a>`;
    return markHTMLString(link) as Prose;
  };

  const ofFigure = (figure: object) => check(need(sourceOfRow(figure), 'a figure'));

  return {
    /** "近 7800 家", bound to its row. */
    say: (figure: SayableFigure & object): Prose => bound(say(figure, locale), figure.value, ofFigure(figure)),
    /** The number alone, scaled as printed, bound to its row. */
    sayNumber: (figure: Pick<SayableFigure, 'value' | 'value_text' | 'unit'> & object): Prose => bound(sayNumber(figure, locale), figure.value, ofFigure(figure)),
    /** A stated figure in the chapter's own words ("54,900 blockchain patent applications"), bound to its row. */
    written: (figure: Pick<SayableFigure, 'value'> & object, text: string): Prose => bound(text, figure.value, ofFigure(figure)),
    /**
     * One cell of a table row (表 3's `granted`), written as `text` (the cell's value as a plain
     * number when not given), bound to its row.
     */
    cell: <R extends object>(row: R, column: keyof R & string, text?: string): Prose => {
      // A text cell (a measure named with its threshold, "被引 1~2 次") keeps its words as its value.
      const cellValue = row[column];
      const value = typeof cellValue === 'number' ? cellValue : String(cellValue);
      return bound(text ?? String(row[column]), value, check(need(sourceOfRow(row, column), `${column} of a row`)));
    },
    /** A value the site computed, with the one mark that says so, bound to the rows it comes from. */
    sayDerived: (value: number, unit: Unit, decimals: number, derivation: Derivation): Prose => derivedText(sayDerived(value, unit, decimals, locale), value, derivation),
    /** How many of the rows there are, counted by the site: "前 5 名", "the top 5 filers". */
    count: (rows: readonly object[], text?: string): Prose => derivedText(text ?? String(rows.length), rows.length, { how: 'count', from: rows }),
    /**
     * A setting or constant of the site's own method (2,000 resamples, weights from 0 to 10 that
     * are scaled to add up to 1, a correlation of 1 for the same order), fixed in code beside the
     * computation it steers: not a figure of the report, so it has no row to link to.
     */
    setting: (value: number, text?: string): Prose =>
      markHTMLString(`<data class="fig-setting" value="${escapeHTML(String(value))}" data-setting="">${escapeHTML(text ?? String(value))}</data>`) as Prose,
    /** A computed value the chapter has already written (a count with its noun). */
    derived: (text: string, value: number, derivation: Derivation): Prose => derivedText(text, value, derivation),
  };

  /**
   * The first row's source and the places of all the rows, per list of rows: a chapter computes
   * many values from the same whole table (every rank of the open index comes from all of 表 2),
   * and going over its rows again for each value would grow with the square of the rows.
   */
  function placesOf(rows: readonly object[]): { first: RowSource; places: string } {
    let found = placesOfRows.get(rows);
    if (!found) {
      const sources = rows.map((row) => check(need(sourceOfRow(row), 'a row a computed value comes from')));
      const first = sources[0];
      if (!first) throw new Error('prose: a computed value needs the rows it is computed from');
      found = { first, places: [...new Set(sources.map(where))].join(t('figure.listSeparator')) };
      placesOfRows.set(rows, found);
    }
    return found;
  }

  function derivedText(text: string, value: number, derivation: Derivation): Prose {
    const { first, places } = placesOf(derivation.from);
    return bound(text, value, first, { how: t(`figure.how.${derivation.how}` as UIKey), sources: places });
  }
}

export type ProseSpeaker = ReturnType<typeof proseSpeaker>;
