// The peer of our TOP50 score chart: the same chart and ranking table drawn in
// the browser by Observable Plot (its defaults), from the same CSV, fetched at
// run time as a Plot page usually does. Bundled by bench/peer/build.ts with
// esbuild into bench/out/peer/plot/. Plain JS on purpose: it is bench code, not
// site code, and d3 (Plot's own dependency) has no types installed here.
import * as Plot from '@observablehq/plot';
import { autoType, csvParse } from 'd3';

const response = await fetch(new URL('../top50.csv', import.meta.url));
const rows = csvParse(await response.text(), autoType).map((d) => ({ ...d, label: `${d.rank}. ${d.company_zh}`, china: d.country_code === 'CN' }));

const chart = Plot.plot({
  title: '2021 年全球区块链专利质量 TOP50',
  subtitle: '专利质量得分（满分 100），中国公司以深色标出',
  caption: '来源：零壹智库《2021 年区块链专利质量发展报告》表 2',
  ariaLabel: '2021 年全球区块链专利质量 TOP50 得分条形图',
  marginLeft: 150,
  x: { label: '专利质量得分', domain: [0, 100] },
  y: { label: null, domain: rows.map((d) => d.label) },
  color: { domain: [true, false], range: ['#0b5cad', '#9fb9d6'] },
  marks: [
    Plot.barX(rows, { x: 'score', y: 'label', fill: 'china', title: (d) => `${d.label}：${d.score} 分` }),
    Plot.text(rows, { x: 'score', y: 'label', text: (d) => d.score.toFixed(1), textAnchor: 'start', dx: 3 }),
    Plot.ruleX([0]),
  ],
});
document.querySelector('#chart').append(chart);

const table = document.createElement('table');
table.innerHTML = '<caption>TOP50 排名</caption><thead><tr><th scope="col">排名</th><th scope="col">公司</th><th scope="col">国家</th><th scope="col">得分</th></tr></thead>';
const body = table.createTBody();
for (const d of rows) {
  const tr = body.insertRow();
  for (const [value, numeric] of [[d.rank, true], [d.company_zh, false], [d.country_zh, false], [d.score.toFixed(1), true]]) {
    const cell = tr.insertCell();
    cell.textContent = String(value);
    if (numeric) cell.className = 'num';
  }
}
document.querySelector('#table').append(table);
