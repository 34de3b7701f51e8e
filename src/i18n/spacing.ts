/**
 * The one spacing rule of the Chinese edition, between Chinese characters, Latin letters and digits.
 *
 * Chinese text carries no space character between a Han character and a Latin letter or digit
 * (2021年, 144亿美元, 报告A, 下载SVG), and none beside full-width punctuation (二、表2 · 中国（近）).
 * The small gap a reader expects between the scripts is set by the browser, not typed:
 * `text-autospace: normal` on Chinese text (src/styles/global.css), supported by Chrome and Edge
 * 140, Safari 18.4 and Firefox 145. That is how report B prints its figures and how the reports'
 * values are stored, so a number in a sentence and the same number in a table cell look alike,
 * copy alike and are found alike by search; the gap is an eighth of an em of layout instead of a
 * word space that would double where a browser also adds its own.
 *
 * Spaces stay where they separate Latin words (Hyperledger Fabric), group digits (38 064, with
 * U+202F, which is not a word space), or set Latin punctuation apart (第二章 · 表2, 图集（2021年） · Ledger Atlas).
 *
 * `npm run verify` checks every Chinese page against it (scripts/verify/spacing-gate.ts).
 */

const HAN = '\\p{Script=Han}';
/** Letters and digits of the Latin script, and the signs that belong to a number: 19%, 3.5. */
const LATIN = 'A-Za-z0-9%';
/** Full-width punctuation: never a space beside it. */
const FULL_WIDTH = '、，。：；！？（）《》〈〉「」『』【】〔〕…—～';
/** A run of word spaces: ASCII space, no-break space, tab, line break. Not U+202F, the digit-group space, nor U+3000, the full-width space that sets a run-in heading off its text. */
const GAP = '[ \\u00a0\\t\\n]+';

/** What full-width punctuation may not have a space beside: a Han character, a Latin letter or digit, more full-width punctuation. */
const WORD = `${HAN}${LATIN}${FULL_WIDTH}`;

const BETWEEN = new RegExp(`(?<=[${HAN}])${GAP}(?=[${LATIN}])|(?<=[${LATIN}])${GAP}(?=[${HAN}])|(?<=[${FULL_WIDTH}])${GAP}(?=[${WORD}])|(?<=[${WORD}])${GAP}(?=[${FULL_WIDTH}])`, 'gu');

export interface SpacingViolation {
  /** Where the space starts in the text. */
  index: number;
  /** The space and a few characters either side, to find it in a page. */
  excerpt: string;
}

/** Every place where Chinese text has a space the rule forbids. */
export function spacingViolations(text: string): SpacingViolation[] {
  const found: SpacingViolation[] = [];
  for (const match of text.matchAll(BETWEEN)) {
    const index = match.index ?? 0;
    found.push({ index, excerpt: text.slice(Math.max(0, index - 8), index + match[0].length + 8) });
  }
  return found;
}

/** The text with the rule applied: the forbidden spaces removed, nothing else changed. */
export function withChineseSpacing(text: string): string {
  return text.replace(BETWEEN, '');
}

/**
 * A chart's layout or table model with every text in it spaced by the rule: the chart types
 * compose labels in one way for both editions ("中国 68%", "授权专利 2057件" from `${label} ${value}`),
 * and this is where the Chinese edition drops the typed space, once per layout (layouts.ts).
 * Plain objects and arrays are copied, not changed, since a layout may hold the spec's own rows.
 */
export function typesetChinese<T>(value: T): T {
  if (typeof value === 'string') return withChineseSpacing(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => typesetChinese(item)) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, typesetChinese(item)])) as T;
  }
  return value;
}

/**
 * The space a page's markup puts between two runs of words (a label and its <time>, a sentence and
 * the link after it): none in Chinese, whose words are not spaced, one in English.
 */
export function wordSpace(locale: string): string {
  return locale.startsWith('zh') ? '' : ' ';
}
