/**
 * World map coloured by category (e.g. where TOP50 companies are based), on
 * an Equal Earth projection (areas true, so no country looks bigger than it
 * is) fitted to the width. Countries come from world-atlas 110m (numeric ISO
 * 3166 ids); data uses alpha-2 codes, mapped with i18n-iso-countries.
 *
 * Countries too small to see at this size (projected area under `minArea`
 * px², or absent from the 110 m map, like Singapore) are returned in `small`
 * so the component can list them under the map: none is lost. Those that are
 * on the map also get a dot at their centroid.
 *
 * Territories without a row of their own (TW, HK, MO) take the category of
 * their parent (CN) by default, so the map does not show them as "no data"
 * beside a coloured mainland; pass `parents: {}` to turn this off.
 */
import { geoEqualEarth, geoNaturalEarth1, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import countries, { type LocaleData } from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import zh from 'i18n-iso-countries/langs/zh.json' with { type: 'json' };
import { feature, merge, mesh } from 'topojson-client';
import { presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json' with { type: 'json' };
import { DEFAULT_LOCALE, type Locale } from '../../i18n/locales.ts';
import { chartWords, emptyLayout, type ChartWords } from '../describe.ts';
import { flowLegend } from '../legend.ts';
import { chartFontSize } from '../text.ts';
import type { DotMark, LayoutBase, Mark, SizeRequest } from '../types.ts';
import { seriesSlot } from '../types.ts';
import { SEQUENCE_SIZE } from '../palette.ts';
import { relativePath, thinnedProjection } from './path.ts';

/**
 * Country names per site locale, from i18n-iso-countries: a new locale is a
 * type error here until its names file is added.
 */
const COUNTRY_NAMES: Record<Locale, LocaleData> = {
  'zh-CN': zh,
  en,
};
for (const names of Object.values(COUNTRY_NAMES)) countries.registerLocale(names);

export interface ChoroplethCountry {
  /** ISO 3166-1 alpha-2 code, e.g. "CN". */
  code: string;
  /** Category id (see options.categories); null when the source gives none. */
  category: string | null;
  /** Display name; defaults to the name in the layout's locale from i18n-iso-countries. */
  label?: string;
  /** Extra tooltip text, e.g. "5家". */
  detail?: string;
}

export interface ChoroplethCategory {
  id: string;
  label: string;
}

export interface ChoroplethOptions {
  /** Categories in legend order; each gets a palette slot in that order. */
  categories: ChoroplethCategory[];
  /**
   * The categories are ordered, strongest first (company-count bands, 已发行 → 暂无计划): they are
   * painted in sequential steps of one hue (palette `sequence`), never in the unordered slots.
   */
  ordered?: boolean;
  /** What the categories describe, for the description, e.g. "TOP50企业所在地". */
  valueLabel: string;
  projection?: 'equalEarth' | 'naturalEarth1';
  /** Countries under this projected area (px²) are listed as too small to see (default 30). */
  minArea?: number;
  /** Territory → parent alpha-2 codes used when the territory has no row (default TW, HK, MO → CN). */
  parents?: Record<string, string>;
}

export interface CountryMark extends Mark {
  code: string;
  d: string;
}

export interface SmallCountry {
  code: string;
  label: string;
  category: string;
  /** Dot at the centroid when the country is on the map but tiny. */
  dot?: DotMark;
}

export interface ChoroplethLayout extends LayoutBase {
  /** Outline of the globe. */
  sphere: string;
  /** All land without data, as one shape without inner borders, to keep the SVG small. */
  noData: string;
  /** The borders between countries without data, each drawn once (stroked over noData). */
  noDataBorders: string;
  /** The countries without data (numeric ids, sorted), so two variants can tell they draw the same land. */
  noDataCodes: string;
  /** The projection, and the height of the globe at this width (legend excluded). */
  projection: 'equalEarth' | 'naturalEarth1';
  mapHeight: number;
  countries: CountryMark[];
  small: SmallCountry[];
}

const DEFAULT_PARENTS: Record<string, string> = { TW: 'CN', HK: 'CN', MO: 'CN' };
const ANTARCTICA = '010';

interface WorldFeature {
  type: 'Feature';
  id?: string | number;
  properties: { name?: string };
  geometry: GeoPermissibleObjects;
}

type WorldTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;
const topology = world as unknown as WorldTopology;
const featuresOf = (t: WorldTopology): WorldFeature[] => (feature(t, t.objects.countries) as unknown as { features: WorldFeature[] }).features;
/** The full-detail countries: areas and centroids (which countries are too small to see, where their dots go) come from these. */
const worldFeatures = featuresOf(topology);
/** Each point of the atlas weighed by the spherical area of the triangle it makes with its neighbours (Visvalingam), once. */
const weighted = presimplify(topology as unknown as Parameters<typeof presimplify>[0], sphericalTriangleArea) as unknown as WorldTopology;

/**
 * Projected areas under this many px² are invisible: points whose triangle is
 * smaller are dropped before drawing (topology-preserving, so shared borders
 * stay shared and no gap opens between neighbours).
 */
const SIMPLIFY_PX2 = 1;

/** The atlas simplified for a map whose whole globe covers `sphereArea` px² (Equal Earth keeps areas, so px² map to steradians by one factor). */
function simplifiedFor(sphereArea: number): WorldTopology {
  const steradiansPerPx2 = (4 * Math.PI) / sphereArea;
  return simplify(weighted as unknown as Parameters<typeof simplify>[0], SIMPLIFY_PX2 * steradiansPerPx2) as unknown as WorldTopology;
}

/** The name of an alpha-2 code in `locale` (default: the site's default locale), the code itself when unknown. */
export function countryName(code: string, locale?: Locale): string {
  return countries.getName(code, COUNTRY_NAMES[locale ?? DEFAULT_LOCALE].locale) ?? code;
}

export function layoutChoropleth(data: ChoroplethCountry[], size: SizeRequest, options: ChoroplethOptions): ChoroplethLayout {
  const { width, locale } = size;
  const words = chartWords(locale);
  const { t } = words;
  const nameOf = (code: string): string => countryName(code, words.locale);
  const fontSize = chartFontSize(width);
  const labelOf = (c: ChoroplethCountry): string => c.label ?? nameOf(c.code);
  const notes = data.filter((c) => c.category === null).map((c) => words.unpublished(labelOf(c)));
  const slotOf = new Map(options.categories.map((c, i) => [c.id, seriesSlot(i)]));
  if (options.ordered && options.categories.length > SEQUENCE_SIZE) throw new Error(`layoutChoropleth: an ordered scale has at most ${SEQUENCE_SIZE} steps, not ${options.categories.length}`);
  const stepOf = new Map(options.ordered ? options.categories.map((c, i) => [c.id, i + 1]) : []);
  const stepFor = (category: string) => (stepOf.has(category) ? { step: stepOf.get(category) as number } : {});
  const categoryLabel = new Map(options.categories.map((c) => [c.id, c.label]));
  const rows = data.filter((c): c is ChoroplethCountry & { category: string } => c.category !== null && slotOf.has(c.category));
  const unknown = data.filter((c) => c.category !== null && !slotOf.has(c.category));
  notes.push(...unknown.map((c) => t('choropleth.unknownCategory', { label: labelOf(c), category: c.category ?? '' })));
  if (rows.length === 0) return { ...emptyLayout(width, notes, fontSize, words.locale), sphere: '', noData: '', noDataBorders: '', noDataCodes: '', projection: options.projection ?? 'equalEarth', mapHeight: 0, countries: [], small: [] };

  const byNumeric = new Map<string, ChoroplethCountry & { category: string }>();
  for (const row of rows) {
    const numeric = countries.alpha2ToNumeric(row.code.toUpperCase());
    if (numeric) byNumeric.set(numeric, row);
  }
  // Territories without their own row are drawn with their parent's category.
  const parents = options.parents ?? DEFAULT_PARENTS;
  const inherited = new Map<string, ChoroplethCountry & { category: string }>();
  for (const [territory, parent] of Object.entries(parents)) {
    const territoryId = countries.alpha2ToNumeric(territory);
    const parentRow = rows.find((r) => r.code.toUpperCase() === parent);
    if (territoryId && parentRow && !byNumeric.has(territoryId)) inherited.set(territoryId, parentRow);
  }

  const sphere = { type: 'Sphere' } as const;
  const projection = (options.projection === 'naturalEarth1' ? geoNaturalEarth1() : geoEqualEarth()).fitWidth(width, sphere);
  // Areas and centroids from the full-detail atlas, so the list of countries too small to see does not depend on simplification.
  const path = geoPath(projection);
  // Drawn from the simplified atlas; points closer than 0.8 px are invisible at this size, and whole pixels are what a screen shows.
  const drawPath = geoPath(thinnedProjection(projection, 0.8)).digits(3);
  const draw = (object: GeoPermissibleObjects): string => relativePath(drawPath(object) ?? '', 0);
  const simplified = simplifiedFor(path.area(sphere));
  const drawnGeometry = new Map(featuresOf(simplified).map((f, i) => [i, f.geometry]));
  const mapHeight = Math.ceil(geoPath(projection).bounds(sphere)[1][1]);
  const minArea = options.minArea ?? 30;

  const marks: CountryMark[] = [];
  const noDataGeometries: (typeof simplified.objects.countries.geometries)[number][] = [];
  const small: SmallCountry[] = [];
  const drawn = new Set<ChoroplethCountry>();
  for (const [index, f] of worldFeatures.entries()) {
    const id = f.id === undefined ? '' : String(f.id).padStart(3, '0');
    const row = byNumeric.get(id) ?? inherited.get(id);
    if (!row) {
      const geometry = simplified.objects.countries.geometries[index];
      if (id !== ANTARCTICA && geometry) noDataGeometries.push(geometry);
      continue;
    }
    const own = byNumeric.get(id) === row;
    const slot = slotOf.get(row.category) ?? 1;
    const label = own ? labelOf(row) : t('choropleth.territory', { label: labelOf(row), territory: nameOf(countries.numericToAlpha2(id) ?? '') });
    const category = categoryLabel.get(row.category) ?? row.category;
    // A territory drawn in its parent's colour does not repeat the parent's figures (China's 29 under 中国台湾省).
    const tip = !own
      ? t('choropleth.territoryTip', { territory: nameOf(countries.numericToAlpha2(id) ?? ''), label: labelOf(row), category })
      : row.detail
        ? t('choropleth.tipWithDetail', { label, category, detail: row.detail })
        : t('chart.tip', { label, value: category });
    marks.push({ code: own ? row.code : countries.numericToAlpha2(id) ?? row.code, d: draw(drawnGeometry.get(index) ?? f.geometry), tip, series: slot, ...stepFor(row.category) });
    if (!own) continue;
    drawn.add(row);
    if (path.area(f.geometry) < minArea) {
      const [cx, cy] = path.centroid(f.geometry);
      small.push({ code: row.code, label, category: row.category, dot: { cx, cy, r: 3, tip, series: slot, ...stepFor(row.category) } });
    }
  }
  for (const row of rows) {
    if (!drawn.has(row)) small.push({ code: row.code, label: labelOf(row), category: row.category });
  }

  const noDataSet = new Set<object>(noDataGeometries);
  const noDataCodes = noDataGeometries.map((g) => String(g.id ?? '')).sort().join(' ');
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row.category, (counts.get(row.category) ?? 0) + 1);
  const legend = flowLegend(
    options.categories.map((c, i) => ({ label: t('choropleth.legend', { label: c.label, count: counts.get(c.id) ?? 0 }), series: seriesSlot(i), ...stepFor(c.id) })),
    0,
    mapHeight + 8,
    width,
    fontSize - 1,
  );

  return {
    width,
    height: Math.ceil(mapHeight + 8 + legend.height + 2),
    description: describe(rows, options, labelOf, small.length, words),
    notes,
    texts: legend.texts,
    lines: [],
    legend: legend.swatches,
    sphere: draw(sphere),
    // One shape for all land without data: the borders between such countries are not drawn, only its outline.
    noData: draw(merge(simplified as unknown as Parameters<typeof merge>[0], noDataGeometries as unknown as Parameters<typeof merge>[1]) as unknown as GeoPermissibleObjects),
    noDataBorders: draw(
      mesh(simplified as unknown as Parameters<typeof mesh>[0], simplified.objects.countries as unknown as Parameters<typeof mesh>[1], (a, b) => a !== b && noDataSet.has(a) && noDataSet.has(b)) as unknown as GeoPermissibleObjects,
    ),
    noDataCodes,
    projection: options.projection ?? 'equalEarth',
    mapHeight,
    countries: marks,
    small,
  };
}

function describe(
  rows: (ChoroplethCountry & { category: string })[],
  options: ChoroplethOptions,
  labelOf: (c: ChoroplethCountry) => string,
  smallCount: number,
  { t, list, enumerate, phrases }: ChartWords,
): string {
  const parts = options.categories.flatMap((category) => {
    const members = rows.filter((r) => r.category === category.id).map(labelOf);
    if (members.length === 0) return [];
    const named = members.length > 4 ? t('choropleth.describe.firstMembers', { members: enumerate(members.slice(0, 4)) }) : list(members);
    return [t('choropleth.describe.category', { category: category.label, count: members.length, members: named })];
  });
  const small = smallCount > 0 ? t('choropleth.describe.small') : '';
  return t('choropleth.describe', { valueLabel: options.valueLabel, count: rows.length, categories: phrases(parts), small });
}
