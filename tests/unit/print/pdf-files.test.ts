import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PDF_DIR, pdfFor, pdfName } from '../../../src/print/pdf-files.ts';

describe('pdfFor: a page links a PDF only once `npm run pdf` has made it', () => {
  it('finds nothing before the PDFs are made', () => {
    const root = mkdtempSync(join(tmpdir(), 'pdf-files-'));
    expect(pdfFor(pdfName('patents-2021', 'summary'), root)).toBeUndefined();
  });
  it('gives the link, the size and, from the manifest, the page count', () => {
    const root = mkdtempSync(join(tmpdir(), 'pdf-files-'));
    mkdirSync(join(root, PDF_DIR, 'patents-2021'), { recursive: true });
    writeFileSync(join(root, PDF_DIR, 'patents-2021', 'summary.pdf'), Buffer.alloc(3000));
    expect(pdfFor('patents-2021/summary', root)).toEqual({ href: '/pdf/patents-2021/summary.pdf', pages: undefined, kb: 3 });
    writeFileSync(join(root, PDF_DIR, 'manifest.json'), JSON.stringify({ 'patents-2021/summary': { pages: 2, bytes: 3000 } }));
    expect(pdfFor('patents-2021/summary', root)?.pages).toBe(2);
    expect(pdfName('trends-2020', 'all')).toBe('trends-2020/all');
  });
});
