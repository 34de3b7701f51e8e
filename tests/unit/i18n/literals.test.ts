/**
 * UI words belong in src/i18n/ui/<locale>.json, not in code. This test counts
 * the Han characters left in string and template literals and in .astro
 * markup (comments do not count) outside the places where Chinese is content:
 * the report folders (src/reports/<id>/: chapter prose, chart declarations,
 * data schemas) and i18n itself. It prints
 * the files that still have some; there may be none.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';

/** Han characters allowed outside the exempt folders: none, every word the site prints is in src/i18n/. */
const CEILING = 0;

const ROOT = join(import.meta.dirname, '../../..');
const EXEMPT = ['src/reports/', 'src/i18n/'];
const HAN = /\p{Script=Han}/gu;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return files(path);
    return /\.(ts|astro)$/.test(entry.name) ? [path] : [];
  });
}

/** TypeScript without its comments: strings, templates and regular expressions are kept whole. */
export function stripScriptComments(code: string): string {
  let out = '';
  let i = 0;
  let last = ''; // last significant character, to tell a regex from a division
  while (i < code.length) {
    const c = code[i]!;
    const next = code[i + 1];
    if (c === '/' && next === '/') {
      while (i < code.length && code[i] !== '\n') i++;
      continue;
    }
    if (c === '/' && next === '*') {
      const end = code.indexOf('*/', i + 2);
      i = end < 0 ? code.length : end + 2;
      continue;
    }
    const regex = c === '/' && (last === '' || '(,=:[!&|?{};+-*%<>~^'.includes(last));
    if (c === '"' || c === "'" || c === '`' || regex) {
      let j = i + 1;
      let inClass = false;
      while (j < code.length) {
        const d = code[j]!;
        if (d === '\\') j += 2;
        else if (regex && d === '[') (inClass = true), j++;
        else if (regex && d === ']') (inClass = false), j++;
        else if (d === c && !inClass) break;
        else if (regex && d === '\n') break;
        else j++;
      }
      out += code.slice(i, j + 1);
      i = j + 1;
      last = c;
      continue;
    }
    out += c;
    if (!/\s/.test(c)) last = c;
    i++;
  }
  return out;
}

/** An .astro file without comments: the frontmatter and scripts as TypeScript, styles as CSS, markup as HTML. */
export function stripAstroComments(source: string): string {
  const front = /^---\n([\s\S]*?)\n---\n/.exec(source);
  const head = front ? stripScriptComments(front[1]!) : '';
  const body = (front ? source.slice(front[0].length) : source)
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/(<script\b[^>]*>)([\s\S]*?)(<\/script>)/g, (_, open: string, code: string, close: string) => open + stripScriptComments(code) + close)
    .replace(/(<style\b[^>]*>)([\s\S]*?)(<\/style>)/g, (_, open: string, css: string, close: string) => open + css.replace(/\/\*[\s\S]*?\*\//g, '') + close);
  return `${head}\n${body}`;
}

function hanCount(path: string): number {
  const text = readFileSync(path, 'utf8');
  const stripped = path.endsWith('.astro') ? stripAstroComments(text) : stripScriptComments(text);
  return stripped.match(HAN)?.length ?? 0;
}

test('comments do not count; literals and markup do', () => {
  expect(stripScriptComments("const a = '甲'; // 乙\n/* 丙 */ const r = /丁/u; const u = 'http://x';")).toBe("const a = '甲'; \n const r = /丁/u; const u = 'http://x';");
  expect(stripAstroComments('---\n// 甲\nconst t = 1;\n---\n<p>乙<!-- 丙 --></p>{/* 丁 */}<style>/* 戊 */ a {}</style>')).toBe('\nconst t = 1;\n<p>乙</p><style> a {}</style>');
});

test('no Chinese UI literal outside src/reports and src/i18n', () => {
  const counts = files(join(ROOT, 'src'))
    .map((path) => ({ file: relative(ROOT, path), count: hanCount(path) }))
    .filter(({ file, count }) => count > 0 && !EXEMPT.some((dir) => file.startsWith(dir)))
    .sort((a, b) => b.count - a.count);
  const total = counts.reduce((sum, c) => sum + c.count, 0);
  console.log(`Han characters in UI code outside ${EXEMPT.join(', ')}: ${total}\n${counts.map((c) => `  ${String(c.count).padStart(5)}  ${c.file}`).join('\n')}`);
  expect(total).toBeLessThanOrEqual(CEILING);
});
