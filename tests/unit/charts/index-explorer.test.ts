import { describe, expect, test } from 'vitest';
import { layoutIndexExplorer, moveText, type IndexExplorerOptions, type IndexExplorerRow } from '../../../src/charts/IndexExplorer/layout.ts';
import { indexExplorer } from '../../../src/charts/IndexExplorer/html.ts';
import { defaultState, parseState, stateQuery } from '../../../src/charts/IndexExplorer/state.ts';
import { useTranslations } from '../../../src/i18n/translate.ts';
import { explorerControlsHeight } from '../../../src/charts/IndexExplorer/height.ts';
import { toHtml } from 'hast-util-to-html';

const options: IndexExplorerOptions = {
  indicators: [{ key: 'a', label: '甲指标' }, { key: 'b', label: '乙指标' }],
  labels: { published: '报告名次', label: '公司', group: '国家', score: '报告得分', index: '指数', rank: '名次', move: '变化' },
  moveWords: { up: '升{count}', down: '降{count}', none: '不变' },
  status: '第一名为{first}',
};
const rows: IndexExplorerRow[] = [
  { key: '甲', label: '甲公司', group: '中国', highlight: true, published: 1, score: 90, values: [10, 1], index: 40, rank: 2 },
  { key: '乙', label: '乙公司', group: '美国', highlight: false, published: 2, score: 80, values: [3, 9], index: 60, rank: 1 },
];

describe('explorer state in the address', () => {
  test('reads five weights and a normalisation', () => {
    expect(parseState('?w=0-0-0-10-0&norm=log', 5)).toEqual({ weights: [0, 0, 0, 10, 0], norm: 'log' });
  });
  test('falls back to the default on anything malformed', () => {
    expect(parseState('?w=1-2-3&norm=zscore', 5)).toEqual({ weights: [5, 5, 5, 5, 5], norm: 'zscore' });
    expect(parseState('?w=11-0-0-0-0&norm=cubic', 5)).toEqual(defaultState(5));
    expect(parseState('?w=a-b-c-d-e', 5)).toEqual(defaultState(5));
  });
  test('writes the view and keeps other parameters', () => {
    expect(stateQuery({ weights: [1, 2, 3, 4, 5], norm: 'rank' }, '?theme=dark')).toBe('?theme=dark&w=1-2-3-4-5&norm=rank');
    const round = stateQuery({ weights: [0, 10, 0, 7, 2], norm: 'zscore' });
    expect(parseState(round, 5)).toEqual({ weights: [0, 10, 0, 7, 2], norm: 'zscore' });
  });
});

describe('layoutIndexExplorer', () => {
  const model = layoutIndexExplorer(rows, options);
  test('keeps the published order and writes each row’s key, values and highlight for the script', () => {
    expect(model.rows.map((r) => r.data)).toEqual([
      { company: '甲', values: '10 1', highlight: 'true' },
      { company: '乙', values: '3 9', highlight: 'false' },
    ]);
    expect(model.columns.map((c) => c.key)).toEqual(['published', 'label', 'rank', 'move', 'index', 'score', 'group']);
  });
  test('says each move against the published rank', () => {
    const move = (r: (typeof model.rows)[number]) => r.cells.find((c) => c.key === 'move')?.text;
    expect(model.rows.map(move)).toEqual(['降1', '升1']);
    expect(moveText(3, 3, options.moveWords)).toBe('不变');
  });
  test('the markup has labelled sliders, a polite live region, hidden controls and rows keyed by company', () => {
    const html = toHtml(indexExplorer(model, { caption: '表', id: 'x' }, useTranslations('zh-CN'), options));
    expect(html).toContain('<label for="x-w0">甲指标</label>');
    expect(html).toMatch(/<input type="range" id="x-w1" name="b" min="0" max="10" step="1" value="5"/);
    expect(html).toMatch(/<p class="explorer-status" role="status" aria-live="polite"/);
    expect(html).toMatch(/<form class="explorer-controls" data-explorer-form="" hidden/);
    expect(html).toContain('<tr data-row-key="1" data-company="甲" data-values="10 1" data-highlight="true">');
  });
});

describe('explorerControlsHeight', () => {
  test('the controls take more height on a phone, where the sliders stack, than in a wide frame', () => {
    const five = { ...options, indicators: ['a', 'b', 'c', 'd', 'e'].map((key) => ({ key, label: key })) };
    const phone = explorerControlsHeight(five, 296, 'en');
    const wide = explorerControlsHeight(five, 760, 'en');
    expect(wide).toBeGreaterThan(0);
    expect(phone).toBeGreaterThan(wide);
    // One slider per row on a phone: five rows of label and slider at least.
    expect(phone).toBeGreaterThan(5 * (21 + 28));
  });
});
