import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chineseTexts, runSpacingGate } from '../../../scripts/verify/spacing-gate.ts';

const page = (body: string, lang = 'zh-CN') => `<!doctype html><html lang="${lang}"><head><title>标题</title></head><body>${body}</body></html>`;

describe('the spacing gate', () => {
  it('reads a block as the browser lays it out, a linked figure running on into its sentence', () => {
    expect(chineseTexts(page('<p>共有 <a href="#r"><data value="29">29家</data></a>中国公司</p>'))).toContain('共有 29家中国公司');
  });

  it('counts code and English inside a Chinese sentence as Latin, so a space typed beside them is found', () => {
    expect(chineseTexts(page('<p>说明见 <code>datapackage.json</code></p><p>由<span lang="en">IBM</span> 主导</p>'))).toEqual(expect.arrayContaining(['说明见 x', '由x 主导']));
  });

  it('reads tooltips, accessible names and chart labels', () => {
    const texts = chineseTexts(page('<svg aria-label="中国 68%"><text><tspan>2020 年</tspan></text><rect data-tip="美国：39%"></rect></svg>'));
    expect(texts).toEqual(expect.arrayContaining(['中国 68%', '2020 年', '美国：39%']));
  });

  it('fails a Chinese page that breaks the rule, and passes English pages and verbatim data rows', () => {
    const root = mkdtempSync(join(tmpdir(), 'spacing-'));
    mkdirSync(join(root, 'en'), { recursive: true });
    writeFileSync(join(root, 'index.html'), page('<p>2021 年全球</p><table><tbody data-verbatim><tr><td>表 2</td></tr></tbody></table>'));
    writeFileSync(join(root, 'good.html'), page('<p>2021年全球近7800家公司，Hyperledger Fabric与FISCO BCOS</p>'));
    writeFileSync(join(root, 'en', 'index.html'), page('<p>Table 2 of 报告 A</p>', 'en'));
    const result = runSpacingGate(root, [
      { file: 'index.html', path: '/' },
      { file: 'good.html', path: '/good.html' },
      { file: 'en/index.html', path: '/en/' },
    ]);
    expect(result.checked).toBe(2);
    expect(result.failures.map((f) => [f.page, f.where])).toEqual([['/', JSON.stringify('2021 年全球')]]);
  });
});
