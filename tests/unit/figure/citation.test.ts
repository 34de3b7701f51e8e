/** The chart page's citation, as text and as BibTeX, for a real chart in both languages. */
import { describe, expect, it } from 'vitest';
import { bibtexEscape, citationBibtex, citationText } from '../../../src/figure/citation.ts';
import { chartById } from '../../../src/reports/site.ts';

describe('citation', () => {
  it('escapes what BibTeX would read as commands or groups', () => {
    expect(bibtexEscape('60% of {all} & $5_a #1')).toBe('60\\% of \\{all\\} \\& \\$5\\_a \\#1');
    expect(bibtexEscape('a\\b ~ ^')).toBe('a\\textbackslash{}b \\textasciitilde{} \\textasciicircum{}');
  });

  for (const locale of ['zh-CN', 'en'] as const) {
    it(`${locale}: names the site, the title, the date, the address and the report`, () => {
      const entry = chartById('a-top50-scores', locale);
      const input = { entry, url: 'https://example.org/charts/a-top50-scores/', updated: '2026-12-02' };
      const text = citationText(input);
      for (const part of ['Ledger Atlas', entry.title, '2026-12-02', input.url]) expect(text).toContain(part);
      expect(text).toMatch(locale === 'en' ? /Report A/ : /报告A/);
      const bib = citationBibtex(input);
      expect(bib.startsWith('@misc{ledgeratlas-a-top50-scores,\n')).toBe(true);
      expect(bib).toContain('  year = {2026}');
      expect(bib).toContain(`  url = {${input.url}}`);
      expect(bib).toContain(`  title = {{${bibtexEscape(entry.title)}}}`);
      expect(bib.trimEnd().endsWith('}')).toBe(true);
      // Braces balance, so the entry parses.
      const unescaped = bib.replace(/\\[{}]/g, '');
      expect(unescaped.split('{').length).toBe(unescaped.split('}').length);
    });
  }
});
