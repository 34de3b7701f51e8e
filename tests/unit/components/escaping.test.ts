import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import DatasetEntry from '../../../src/components/DatasetEntry.astro';
import { col } from '../../../src/data/columns.ts';
import { datasetsOf } from '../../../src/data/dataset.ts';
import { describeDataset } from '../../../src/data/describe.ts';
import { parseDataset } from '../../../src/data/load.ts';
import { DEFAULT_LOCALE } from '../../../src/i18n/locales.ts';

const SCRIPT = '<script>alert("x")</script>';

describe('text from a CSV is shown as text, never run as markup', () => {
  it('escapes a <script> cell that reaches the data page', async () => {
    const words = { escaping: { title: '测试', description: '测试用', notes: [SCRIPT], columns: { name: { title: '名称' } } } };
    const dataset = datasetsOf('patents-2021', { 'zh-CN': words, en: words });
    const def = dataset('escaping', { key: ['name'] }, { name: col.text() });
    // The section cell carries the script too: it is listed among the sources.
    const cell = `"${SCRIPT.replaceAll('"', '""')}"`;
    const loaded = parseDataset(def, `name,report,section,source_ref\n${cell},patents-2021,${cell},\n`);
    expect(loaded.rows[0]!.name).toBe(SCRIPT);

    const container = await AstroContainer.create();
    const html = await container.renderToString(DatasetEntry, { props: { dataset: describeDataset(loaded, { id: 'patents-2021', locale: DEFAULT_LOCALE, letter: 'A', title: '测试报告', publisher: '测试', published: '2021', credits: '测试', chapters: [], sections: {} }, DEFAULT_LOCALE) } });
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
  });
});
