/**
 * The chart colours as data: one set per theme (light, dark, and the grey
 * steps of print). chart.css writes the same values as custom properties for
 * the pages (a unit test holds the two equal); files that leave the site,
 * like the SVG and PNG downloads, take concrete colours from here.
 *
 * Palette: Okabe–Ito (colour-blind safe), ordered so the strongest colours
 * come first; slot 1 is the single-series colour. Each slot has a text colour
 * for labels drawn on its fill, chosen for ≥ 4.5:1 contrast.
 */
import { PALETTE_SIZE } from './types.ts';

type Six = readonly [string, string, string, string, string, string];
type Four = readonly [string, string, string, string];

/** How many sequential steps an ordered scale may have. */
export const SEQUENCE_SIZE = 4;

export interface ChartColours {
  /** Palette slots 1–6 (classes s1 … s6): marks, swatches, print pattern backgrounds. */
  slots: Six;
  /** Text drawn on slot N's fill (class t-on-sN). */
  onSlots: Six;
  /** Bars that are not highlighted (class faded). */
  faded: string;
  onFaded: string;
  /** Map land without data. */
  nodata: string;
  ink: string;
  muted: string;
  grid: string;
  bg: string;
  /** Hatching of the print patterns. */
  patternInk: string;
  /**
   * Sequential steps of one hue, strongest first (classes q1 … q4), for ordered categories
   * (company-count bands; 已发行 → 试点 → 研究 → 暂无计划): an ordered scale is never painted with
   * the unordered slots above. The colour grammar is written down in src/charts/README.md.
   */
  sequence: Four;
}

export type ChartTheme = 'light' | 'dark' | 'print';

export const PALETTE = {
  light: {
    // blue, vermillion, bluish green, reddish purple, orange, sky blue
    slots: ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9'],
    onSlots: ['#fff', '#111', '#111', '#111', '#111', '#111'],
    faded: '#a9c4dc',
    onFaded: '#111',
    nodata: '#e3e6ea',
    ink: '#1f2328',
    muted: '#5f6670',
    grid: '#d9dde3',
    bg: '#fff',
    patternInk: '#111',
    // Blues, dark → light; the lightest still stands apart from the grey of land without data.
    sequence: ['#08306b', '#2171b5', '#6baed6', '#c6dbef'],
  },
  dark: {
    slots: ['#56b4e9', '#f0834d', '#2bc79a', '#e59cc8', '#f5b83d', '#f0e442'],
    onSlots: ['#111', '#111', '#111', '#111', '#111', '#111'],
    faded: '#4a6178',
    onFaded: '#fff',
    nodata: '#2c3238',
    ink: '#e6e8eb',
    muted: '#a7b0ba',
    grid: '#3a4048',
    bg: '#15181c',
    patternInk: '#fff',
    // On a dark ground the strongest step is the lightest.
    sequence: ['#deebf7', '#9ecae1', '#4292c6', '#1f4e79'],
  },
  // Grey steps, dark → light: slots 1, 4, 2, 5, 3, 6; each slot also has a print pattern.
  print: {
    slots: ['#222', '#888', '#ccc', '#555', '#aaa', '#eee'],
    onSlots: ['#fff', '#000', '#000', '#fff', '#000', '#000'],
    faded: '#bbb',
    onFaded: '#000',
    nodata: '#f4f4f4',
    ink: '#000',
    muted: '#333',
    grid: '#ccc',
    bg: '#fff',
    patternInk: '#000',
    sequence: ['#222', '#666', '#aaa', '#ddd'],
  },
} as const satisfies Record<ChartTheme, ChartColours>;

/** Colours that are not a palette slot, by name. */
export type ColourName = Exclude<keyof ChartColours, 'slots' | 'onSlots' | 'sequence'>;

/** The custom property chart.css names each colour with (slots are `--chart-N` and `--chart-on-N`). */
export const COLOUR_PROPERTIES: Record<ColourName, string> = {
  faded: '--chart-faded',
  onFaded: '--chart-on-faded',
  nodata: '--chart-nodata',
  ink: '--chart-ink',
  muted: '--chart-muted',
  grid: '--chart-grid',
  bg: '--chart-bg',
  patternInk: '--chart-pattern-ink',
};

/** The custom properties chart.css defines for a theme, in its order: `--chart-1` … `--chart-pattern-ink`. */
export function customProperties(colours: ChartColours): [name: string, value: string][] {
  const slots = Array.from({ length: PALETTE_SIZE }, (_, i): [string, string] => [`--chart-${i + 1}`, colours.slots[i] as string]);
  const onSlots = Array.from({ length: PALETTE_SIZE }, (_, i): [string, string] => [`--chart-on-${i + 1}`, colours.onSlots[i] as string]);
  const named = (Object.entries(COLOUR_PROPERTIES) as [ColourName, string][]).map(([name, property]): [string, string] => [property, colours[name]]);
  const sequence = Array.from({ length: SEQUENCE_SIZE }, (_, i): [string, string] => [`--chart-seq-${i + 1}`, colours.sequence[i] as string]);
  return [...slots, ...onSlots, ...named, ...sequence];
}
