/**
 * /about/ promises that every value the site computes is marked as computed. In chapter prose a
 * computed value is written with the prose speaker's sayDerived() (src/data/prose.ts), which
 * binds it to its rows and adds the one quiet mark (†, "calculated by this site") itself; a
 * chapter may wrap it in its own sayDerived() built on prose.derived(). This test reads every
 * chapter of every report, in both editions, and fails on a paragraph, list item or heading that
 * writes a computed value with the plain sayDerived() (say.ts, no mark) and no words saying the
 * site worked it out (zh-CN 本站计算 / 本站计数 / 按表 N 计算; en "our calculation", "our count",
 * "calculated from …").
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const REPORTS = join(ROOT, 'src/reports');

export const MARKS: Record<'zh-CN' | 'en', RegExp> = {
  'zh-CN': /本站(?:[^，。；]{0,6})?(?:计算|计数)|按表\s*\d+\s*(?:逐行)?(?:计算|计数|比较)|(?:属|是)计算值|算出|算得/u,
  en: /\b(?:our|this site(?:’|')s) (?:own )?(?:calculation|count)|\bcalculated\b|\bcounted\b|\bderived\b|\bwe (?:calculate|count|compute)/iu,
};

/** The blocks of a chapter that a reader meets as one unit: paragraphs, list items, section titles. */
export function blocks(source: string): string[] {
  const body = source.replace(/^---[\s\S]*?\n---\n/u, '');
  const found: string[] = [];
  for (const m of body.matchAll(/<(p|li|td|figcaption)\b[^>]*>([\s\S]*?)<\/\1>/gu)) found.push(m[2] ?? '');
  for (const m of body.matchAll(/\btitle=\{`([^`]*)`\}/gu)) found.push(m[1] ?? '');
  return found;
}

/** The chapter's own sayDerived() is the bound one, which marks what it writes. */
const boundHelper = (source: string) => /\bconst sayDerived = \([^)]*\)[^=]*=>\s*prose\.derived\(/u.test(source);

/** Blocks that write a computed value without the prose speaker's mark, and do not say so. */
export function unmarked(source: string, locale: 'zh-CN' | 'en'): string[] {
  const plainCall = boundHelper(source) ? /(?!)/u : /(?<!prose\.)\bsayDerived\(/u;
  return blocks(source).filter((block) => plainCall.test(block) && !MARKS[locale].test(block));
}

const chapters = readdirSync(REPORTS, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) =>
    (['zh-CN', 'en'] as const).flatMap((locale) => {
      const dir = join(REPORTS, d.name, 'chapters', locale);
      let names: string[] = [];
      try {
        names = readdirSync(dir).filter((n) => n.endsWith('.astro'));
      } catch {
        names = [];
      }
      return names.map((name) => ({ path: `${d.name}/${locale}/${name}`, file: join(dir, name), locale }));
    }),
  );

describe('derived values carry their mark', () => {
  test('the chapters are found in both editions', () => {
    expect(chapters.filter((c) => c.locale === 'zh-CN').length).toBeGreaterThan(5);
    expect(chapters.filter((c) => c.locale === 'en').length).toBe(chapters.filter((c) => c.locale === 'zh-CN').length);
  });

  test('a block with an unmarked computed value is caught', () => {
    expect(unmarked('<p>相差{sayDerived(gap, "score", 1)}。</p>', 'zh-CN')).toHaveLength(1);
    expect(unmarked('<p>相差{sayDerived(gap, "score", 1)}（本站计算）。</p>', 'zh-CN')).toHaveLength(0);
    expect(unmarked('<Section title={`A and B: ${sayDerived(gap, "score", 1)} apart`}>', 'en')).toHaveLength(1);
    expect(unmarked('<p>{sayDerived(gap, "score", 1)} apart (our calculation)</p>', 'en')).toHaveLength(0);
    // The prose speaker marks what it writes, so no words are needed.
    expect(unmarked('<p>相差{prose.sayDerived(gap, "score", 1, { how: "difference", from: rows })}。</p>', 'zh-CN')).toHaveLength(0);
    const helper = "const sayDerived = (value: number, unit: Unit, decimals: number, derivation: Derivation) => prose.derived(text(value), value, derivation);\n";
    expect(unmarked(`${helper}<p>{sayDerived(gap, "score", 1, d)} apart</p>`, 'en')).toHaveLength(0);
  });

  test.each(chapters)('$path', ({ file, locale }) => {
    expect(unmarked(readFileSync(file, 'utf8'), locale)).toEqual([]);
  });
});
