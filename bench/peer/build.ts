/**
 * Builds the two pages our TOP50 score chart is compared with, into
 * bench/out/peer/ (ignored by git), both from data/patents-2021/top50.csv:
 *
 * - plot/: the chart and the ranking table drawn in the browser by
 *   Observable Plot with its defaults (bench/peer/plot.js, bundled by esbuild);
 * - plot-ssr/ and vega-lite/: the same chart drawn at build time (here, in
 *   Node) by Observable Plot and by Vega-Lite (bench/peer/build-time.ts),
 *   the SVG inline in a static page with the table, no JS;
 * - static/: a hand-written static page, inline SVG bars and a table, no JS:
 *   the lower bound of what the chart can cost.
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import Papa from 'papaparse';
import { plotFigure, vegaLiteSvg, type ChartWords, type ScoreRow } from './build-time.ts';

export interface PeerPages {
  root: string;
  plot: string;
  /** Observable Plot drawn at build time (server DOM). */
  plotSsr: string;
  /** Vega-Lite rendered to SVG at build time. */
  vegaLite: string;
  lowerBound: string;
}

type Row = ScoreRow;

const CSV = 'data/patents-2021/top50.csv';
const TITLE = '2021 年全球区块链专利质量 TOP50';
const SUBTITLE = '专利质量得分（满分 100），中国公司以深色标出';
const SOURCE = '来源：零壹智库《2021 年区块链专利质量发展报告》表 2';

const WORDS: ChartWords = {
  title: TITLE,
  subtitle: SUBTITLE,
  source: SOURCE,
  ariaLabel: `${TITLE} 得分条形图`,
  scoreLabel: '专利质量得分',
  tooltip: (label, score) => `${label}：${score.toFixed(1)} 分`,
};

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const CSS = `body{font-family:system-ui,"Noto Sans CJK SC",sans-serif;margin:0 auto;max-width:48rem;padding:1rem;color:#1b1f24;line-height:1.5}
table{border-collapse:collapse;font-size:.9rem}th,td{padding:.2em .6em;border-bottom:1px solid #d5d9de;text-align:left}.num{text-align:right;font-variant-numeric:tabular-nums}`;

const page = (title: string, head: string, body: string) => `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<meta name="description" content="${escape(`${TITLE}：${SUBTITLE}`)}">
<link rel="icon" href="data:,">
<style>${CSS}</style>
${head}
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;

function rowsOf(csv: string): Row[] {
  const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: 'greedy' });
  return parsed.data.map((r) => ({
    rank: Number(r.rank),
    company_zh: r.company_zh ?? '',
    country_zh: r.country_zh ?? '',
    country_code: r.country_code ?? '',
    score: Number(r.score),
  }));
}

function tableHtml(rows: Row[]): string {
  const body = rows
    .map((r) => `<tr><td class="num">${r.rank}</td><th scope="row">${escape(r.company_zh)}</th><td>${escape(r.country_zh)}</td><td class="num">${r.score.toFixed(1)}</td></tr>`)
    .join('\n');
  return `<table><caption>TOP50 排名</caption><thead><tr><th scope="col">排名</th><th scope="col">公司</th><th scope="col">国家</th><th scope="col">得分</th></tr></thead><tbody>\n${body}\n</tbody></table>`;
}

/** Inline SVG bars, written by hand: what the chart costs at the least. */
function barsSvg(rows: Row[]): string {
  const labelWidth = 150;
  const width = 640;
  const band = 18;
  const barHeight = 14;
  const plotWidth = width - labelWidth - 40;
  const height = rows.length * band + 24;
  const bars = rows
    .map((r, i) => {
      const y = i * band;
      const w = ((r.score / 100) * plotWidth).toFixed(1);
      const fill = r.country_code === 'CN' ? '#0b5cad' : '#9fb9d6';
      const label = `${r.rank}. ${escape(r.company_zh)}`;
      return `<text x="${labelWidth - 6}" y="${y + 11}" text-anchor="end">${label}</text><rect x="${labelWidth}" y="${y}" width="${w}" height="${barHeight}" fill="${fill}"><title>${label}：${r.score.toFixed(1)} 分</title></rect><text x="${(labelWidth + Number(w) + 4).toFixed(1)}" y="${y + 11}">${r.score.toFixed(1)}</text>`;
    })
    .join('');
  const axisY = rows.length * band + 4;
  const ticks = [0, 25, 50, 75, 100]
    .map((t) => `<text x="${(labelWidth + (t / 100) * plotWidth).toFixed(1)}" y="${axisY + 14}" text-anchor="middle">${t}</text>`)
    .join('');
  return `<svg role="img" aria-labelledby="bars-title" viewBox="0 0 ${width} ${height}" width="100%" style="max-width:${width}px;font-size:11px"><title id="bars-title">${escape(TITLE)}：各公司专利质量得分</title>${bars}<line x1="${labelWidth}" x2="${labelWidth}" y1="0" y2="${axisY}" stroke="#1b1f24"/>${ticks}</svg>`;
}

export async function buildPeerPages(outDir = 'bench/out/peer'): Promise<PeerPages> {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(join(outDir, 'plot'), { recursive: true });
  for (const dir of ['static', 'plot-ssr', 'vega-lite']) mkdirSync(join(outDir, dir), { recursive: true });
  copyFileSync(CSV, join(outDir, 'top50.csv'));
  const rows = rowsOf(readFileSync(CSV, 'utf8'));

  await build({
    entryPoints: ['bench/peer/plot.js'],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    outfile: join(outDir, 'plot/plot.js'),
    logLevel: 'error',
    legalComments: 'none',
  });
  writeFileSync(
    join(outDir, 'plot/index.html'),
    page(`${TITLE}（Observable Plot）`, '<script type="module" src="./plot.js"></script>', `<h1>${escape(TITLE)}</h1>\n<div id="chart"></div>\n<div id="table"></div>`),
  );
  writeFileSync(
    join(outDir, 'static/index.html'),
    page(
      `${TITLE}（静态 SVG）`,
      '',
      `<h1>${escape(TITLE)}</h1>\n<figure><figcaption>${escape(SUBTITLE)}</figcaption>${barsSvg(rows)}<p>${escape(SOURCE)}</p></figure>\n${tableHtml(rows)}`,
    ),
  );
  writeFileSync(join(outDir, 'plot-ssr/index.html'), page(`${TITLE}（Observable Plot，构建时绘制）`, '', `<h1>${escape(TITLE)}</h1>\n${plotFigure(rows, WORDS)}\n${tableHtml(rows)}`));
  writeFileSync(
    join(outDir, 'vega-lite/index.html'),
    page(`${TITLE}（Vega-Lite，构建时绘制）`, '', `<h1>${escape(TITLE)}</h1>\n<figure>${await vegaLiteSvg(rows, WORDS)}<figcaption>${escape(SOURCE)}</figcaption></figure>\n${tableHtml(rows)}`),
  );
  return { root: outDir, plot: '/plot/', plotSsr: '/plot-ssr/', vegaLite: '/vega-lite/', lowerBound: '/static/' };
}
