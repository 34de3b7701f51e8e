import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCatalog } from '../../../data/catalog.ts';

/**
 * Each CSV twice: byte for byte as in data/, and with a UTF-8 byte-order mark
 * so Excel opens the Chinese text correctly.
 */
export const getStaticPaths = (() =>
  [...loadCatalog().values()].flatMap((loaded) => {
    const [report, name] = loaded.def.id.split('/') as [string, string];
    const plain = loaded.text.replace(/^\uFEFF/, '');
    return [
      { params: { report, file: `${name}.csv` }, props: { body: loaded.text } },
      { params: { report, file: `${name}.utf8-bom.csv` }, props: { body: `\uFEFF${plain}` } },
    ];
  })) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(props.body as string, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
