/**
 * Text measuring and wrapping without a DOM.
 *
 * Widths are per-character estimates in em, taken from the advance widths of
 * Noto Sans CJK SC *Bold* (measured with fontTools) and rounded up, so that
 * regular and bold text, and the usual fallbacks (PingFang SC, Microsoft YaHei),
 * are not underestimated. CJK ideographs and full-width punctuation are 1 em;
 * digits 0.6 em; most Latin letters 0.64–0.76 em; space 0.3 em. Anything we do
 * not know (emoji, rare scripts) counts as 1 em: overestimating only costs room.
 */
import type { Box, TextLabel } from './types.ts';

/** Line pitch as a multiple of the font size, for multi-line labels. */
export const LINE_HEIGHT = 1.45;

const NARROW_LATIN: Record<string, number> = {
  i: 0.32, j: 0.32, l: 0.32, f: 0.4, t: 0.44, r: 0.45, I: 0.34,
  m: 0.97, w: 0.87, M: 0.86, W: 0.93,
  ' ': 0.3, '\u2009': 0.2, '\u00a0': 0.3,
  '.': 0.34, ',': 0.34, ':': 0.34, ';': 0.34, '!': 0.38, "'": 0.34, '|': 0.34,
  '(': 0.4, ')': 0.4, '[': 0.4, ']': 0.4, '-': 0.4, '/': 0.4,
  '?': 0.52, '"': 0.58, '+': 0.6, '=': 0.6, '\u2212': 0.6, '#': 0.6, '$': 0.6,
  '&': 0.75, '%': 0.97, '@': 1.0, '\u2013': 0.55, '\u2014': 0.92, '*': 0.5, '_': 0.5,
};

/** CJK ideographs, kana, hangul, CJK and full-width punctuation: one em each. */
const FULL_WIDTH = /[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u2018\u2019\u201c\u201d\u2026\u00b7]/u;

/** Width of one character in em. */
export function charWidthEm(char: string): number {
  const known = NARROW_LATIN[char];
  if (known !== undefined) return known;
  if (/[0-9]/.test(char)) return 0.6;
  if (/[a-z]/.test(char)) return 0.65;
  if (/[A-Z]/.test(char)) return 0.77;
  if (FULL_WIDTH.test(char)) return 1;
  if (/[\u00c0-\u024f]/.test(char)) return 0.7; // accented Latin
  return 1;
}

/** Estimated width in px of a single line at `fontSize` px. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const char of text) em += charWidthEm(char);
  return em * fontSize;
}

/** A width estimate: textWidth, or one for another weight (regularTextWidth). */
export type MeasureText = (text: string, fontSize: number) => number;

/**
 * Latin letters of regular-weight text as a share of the bold estimate. The
 * browser draws them about 0.86 as wide in Noto Sans CJK's Latin (measured on
 * the English embed pages with Chromium on Linux); 0.88 keeps estimates a
 * little tall there. SF Pro, Segoe UI and Roboto are some 5-8% wider, so on
 * those systems a paragraph may take a line more than estimated (the embed
 * frame then scrolls by that line, until a host script fits it). CJK and
 * digits keep their widths.
 */
export const REGULAR_LATIN = 0.88;

/** Estimated width of regular-weight text, as HTML paragraphs and table cells draw it. */
export function regularTextWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const char of text) em += /[A-Za-z\u00c0-\u024f]/.test(char) ? charWidthEm(char) * REGULAR_LATIN : charWidthEm(char);
  return em * fontSize;
}

/** Characters that may not start a line (closing brackets and punctuation). */
const NO_LINE_START = new Set([...'，。、；：！？）》」』】〉’”…,.;:!?)]%·～']);
/** Characters that may not end a line (opening brackets). */
const NO_LINE_END = new Set([...'（《「『【〈‘“([']);
/** Latin word characters: a run of these stays on one line when it can. */
const WORD_CHAR = /[A-Za-z0-9\u00c0-\u024f.\-_/'’&+%#@]/u;

/**
 * Split text into unbreakable units: a Latin word, a run of spaces, or a
 * single CJK character; closing punctuation is glued to the unit before it
 * and opening punctuation to the unit after it, so neither ends up alone at
 * the wrong edge of a line.
 */
function breakUnits(text: string): string[] {
  const atoms: string[] = [];
  for (const char of text) {
    const last = atoms[atoms.length - 1];
    const lastChar = last?.slice(-1) ?? '';
    if (last !== undefined && WORD_CHAR.test(char) && WORD_CHAR.test(lastChar)) {
      atoms[atoms.length - 1] = last + char;
    } else if (last !== undefined && /\s/.test(char) && /\s/.test(lastChar)) {
      atoms[atoms.length - 1] = last + char;
    } else {
      atoms.push(char);
    }
  }
  const units: string[] = [];
  let pendingOpen = '';
  for (const atom of atoms) {
    const first = [...atom][0] ?? '';
    if (NO_LINE_START.has(first) && units.length > 0 && pendingOpen === '') {
      units[units.length - 1] += atom;
    } else if (NO_LINE_END.has(atom)) {
      pendingOpen += atom;
    } else {
      units.push(pendingOpen + atom);
      pendingOpen = '';
    }
  }
  if (pendingOpen) units.push(pendingOpen);
  return units;
}

export interface TruncatedText {
  shown: string;
  full: string;
  truncated: boolean;
}

/** Cut `text` to fit `maxWidth`, ending in "…" when anything was cut. */
export function truncateText(text: string, maxWidth: number, fontSize: number): TruncatedText {
  if (textWidth(text, fontSize) <= maxWidth) return { shown: text, full: text, truncated: false };
  const chars = [...text];
  const ellipsis = textWidth('…', fontSize);
  let width = 0;
  let kept = 0;
  for (const char of chars) {
    const next = width + charWidthEm(char) * fontSize;
    if (next + ellipsis > maxWidth) break;
    width = next;
    kept++;
  }
  const shown = `${chars.slice(0, kept).join('').trimEnd()}…`;
  return { shown, full: text, truncated: true };
}

export interface WrappedText {
  lines: string[];
  full: string;
  truncated: boolean;
}

/**
 * Hard-break a unit that is wider than a whole line, character by character.
 * Closing punctuation still never starts a piece: it stays on the line before
 * (which may then be truncated), as a last resort at absurdly narrow widths.
 */
function splitLongUnit(unit: string, maxWidth: number, fontSize: number, measure: MeasureText): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of unit) {
    if (piece && !NO_LINE_START.has(char) && measure(piece + char, fontSize) > maxWidth) {
      pieces.push(piece);
      piece = '';
    }
    piece += char;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/**
 * Wrap `text` into at most `maxLines` lines of `maxWidth` px. CJK may break
 * between any two characters, Latin words stay whole unless a word alone is
 * wider than a line, and no line starts with closing punctuation. When the
 * text needs more lines, the last line ends in "…" and `truncated` is set.
 * `measure` estimates widths (default: the bold estimate, which SVG labels use).
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines = 2, measure: MeasureText = textWidth): WrappedText {
  const full = text.trim();
  const lines: string[] = [];
  let line = '';
  for (const unit of breakUnits(full)) {
    if (measure(line + unit, fontSize) <= maxWidth) {
      line += unit;
      continue;
    }
    if (/^\s+$/.test(unit)) {
      // A space at a break is dropped, never carried to the next line.
      lines.push(line);
      line = '';
      continue;
    }
    if (line.trim()) lines.push(line.trimEnd());
    if (measure(unit, fontSize) > maxWidth) {
      const pieces = splitLongUnit(unit, maxWidth, fontSize, measure);
      lines.push(...pieces.slice(0, -1));
      line = pieces[pieces.length - 1] ?? '';
    } else {
      line = unit;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  const cleaned = lines.filter((l) => l.trim() !== '').map((l) => l.trim());
  if (cleaned.length <= maxLines) {
    const fitted = cleaned.map((l) => truncateText(l, maxWidth, fontSize));
    return { lines: fitted.map((f) => f.shown), full, truncated: fitted.some((f) => f.truncated) };
  }
  const kept = cleaned.slice(0, maxLines);
  const rest = cleaned.slice(maxLines - 1).join(/[A-Za-z0-9]$/.test(kept[maxLines - 1] ?? '') ? ' ' : '');
  const last = truncateText(`${rest}…`, maxWidth, fontSize);
  // `rest…` always gets cut (it is longer than a line), so it ends in exactly one "…".
  kept[maxLines - 1] = last.shown.replace(/…+$/, '…');
  return { lines: kept, full, truncated: true };
}

/** Height in px of a block of `lineCount` lines. */
export function blockHeight(lineCount: number, fontSize: number): number {
  return Math.max(1, lineCount) * fontSize * LINE_HEIGHT;
}

/** Bounding box of a text label, from the same estimates the layouts use. */
export function textBox(label: TextLabel): Box {
  const width = Math.max(0, ...label.lines.map((l) => textWidth(l, label.fontSize)));
  const height = blockHeight(label.lines.length, label.fontSize);
  const x = label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x - width : label.x - width / 2;
  return { x, y: label.y - height / 2, width, height };
}

/**
 * Baseline y of each line. The alphabetic baseline sits about 0.35 em below the
 * middle of a line for CJK fonts, so this avoids dominant-baseline, which
 * some SVG renderers ignore.
 */
export function lineBaselines(label: TextLabel): number[] {
  const pitch = label.fontSize * LINE_HEIGHT;
  const top = label.y - (label.lines.length * pitch) / 2;
  return label.lines.map((_, i) => top + i * pitch + pitch / 2 + label.fontSize * 0.35);
}

/** Base font size for a chart of this width: 12 px on phones, 13 px from 480 px. */
export function chartFontSize(width: number): number {
  return width < 480 ? 12 : 13;
}
