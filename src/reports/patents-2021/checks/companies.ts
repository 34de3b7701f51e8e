/**
 * Report A's checks on 表 2 (TOP50) and on the leading companies the text
 * names, Ant Group first.
 */
import type { LeadingCompanyRow } from '../schemas/leading-companies.ts';
import type { Top50Row } from '../schemas/top50.ts';
import { allowed } from '../../../data/qualifiers.ts';
import { percentOf, point } from '../../../data/range.ts';
import { dataset, expectAgrees, failAt, pinDisagreement, rowsOf, type Check } from '../../../data/checks.ts';
import { country, LEADERS, leader, stated, TOP50, top50Row } from './rows.ts';

// ---------------------------------------------------------------------------
// 表 2 (TOP50).

/** 表 2 is a ranking: ranks 1..50 each once, scores never rising down the table. */
export const top50IsARanking: Check = (catalog) => {
  const loaded = dataset(catalog, TOP50);
  const rows = loaded.rows as Top50Row[];
  if (rows.length !== 50) failAt(loaded, rows.length - 1, 'rank', `TOP50 must have 50 rows, found ${rows.length}`);
  rows.forEach((row, i) => {
    if (row.rank !== i + 1) failAt(loaded, i, 'rank', `ranks must run 1..50 in order; expected ${i + 1} here`);
    const above = rows[i - 1];
    if (above && row.score > above.score) {
      failAt(loaded, i, 'score', `score rises above rank ${above.rank}'s ${above.score}; a ranking's scores never rise`);
    }
  });
};

function countBy(rows: readonly Top50Row[], code: string): number {
  return rows.filter((r) => r.country_code === code).length;
}

/** 二、: 8 US and 5 Japanese companies, 9 countries, 5 Chinese companies in the top 10 (derived from 表 2). */
export const top50CountryCountsMatchText: Check = (catalog) => {
  const { rows } = rowsOf<Top50Row>(catalog, TOP50);
  expectAgrees(stated(catalog, 'top50_count_us'), countBy(rows, 'US'), 'counting 表 2 rows with country US');
  expectAgrees(stated(catalog, 'top50_count_jp'), countBy(rows, 'JP'), 'counting 表 2 rows with country JP');
  expectAgrees(stated(catalog, 'top50_country_count'), new Set(rows.map((r) => r.country_code)).size, 'counting the distinct countries in 表 2');
  expectAgrees(stated(catalog, 'top50_top10_count_cn'), countBy(rows.filter((r) => r.rank <= 10), 'CN'), 'counting CN rows among ranks 1–10 of 表 2');
};

/** Documented disagreement: the text says 30 Chinese companies (60%), 表 2 lists 29 (58%). */
export const top50ChinaCountDisagreement: Check = (catalog) => {
  const { rows } = rowsOf<Top50Row>(catalog, TOP50);
  const cn = countBy(rows, 'CN');
  pinDisagreement(stated(catalog, 'top50_count_cn'), point(cn), { stated: 30, computed: 29, decimals: 0 }, 'counting 表 2 rows with country CN');
  pinDisagreement(stated(catalog, 'top50_share_cn'), point((cn / rows.length) * 100), { stated: 60, computed: 58, decimals: 0 }, 'the CN rows of 表 2 as a share of its rows');
};

/** 二、: Ant Group's grants exceed ranks 2–9 together, and it leads 表 2 in grants, cited, core-technology and international patents. */
export const antLeadsTop50: Check = (catalog) => {
  const { loaded, rows } = rowsOf<Top50Row>(catalog, TOP50);
  const ant = top50Row(catalog, '蚂蚁集团');
  const others = rows.filter((r) => r.rank >= 2 && r.rank <= 9).reduce((sum, r) => sum + r.granted, 0);
  if (!(ant.row.granted > others)) {
    failAt(loaded, ant.index, 'granted', `the text says Ant Group's grants exceed ranks 2–9 together, but those ranks sum to ${others}`);
  }
  for (const column of ['granted', 'cited', 'core_tech', 'international'] as const) {
    const top = rows.find((r) => r !== ant.row && r[column] >= ant.row[column]);
    if (top) failAt(loaded, ant.index, column, `the text says Ant Group leads every company here, but ${top.company_zh} has ${top[column]}`);
  }
};

/** 二、: Ping An leads Tencent in cited, core-technology patents and families; Tencent leads in grants and international filings. */
export const pingAnVersusTencent: Check = (catalog) => {
  const pingAn = top50Row(catalog, '平安集团');
  const tencent = top50Row(catalog, '腾讯');
  for (const column of ['cited', 'core_tech', 'families'] as const) {
    if (!(pingAn.row[column] > tencent.row[column])) {
      failAt(pingAn.loaded, pingAn.index, column, `the text says Ping An leads Tencent here, but Tencent has ${tencent.row[column]}`);
    }
  }
  for (const column of ['granted', 'international'] as const) {
    if (!(tencent.row[column] > pingAn.row[column])) {
      failAt(tencent.loaded, tencent.index, column, `the text says Tencent leads Ping An here, but Ping An has ${pingAn.row[column]}`);
    }
  }
};

// ---------------------------------------------------------------------------
// Leading companies and Ant Group.

/** 一、2.: the named companies' grants and cited patents equal their 表 2 columns; ranks follow the values; no other Chinese TOP50 company beats the third. */
export const leadingCompaniesMatchTop50: Check = (catalog) => {
  const { loaded, rows } = rowsOf<LeadingCompanyRow>(catalog, LEADERS);
  const top = rowsOf<Top50Row>(catalog, TOP50).rows;
  rows.forEach((row, i) => {
    const above = rows.find((r) => r.metric === row.metric && r.rank_cn === row.rank_cn - 1);
    if (above && !(above.value > row.value)) {
      failAt(loaded, i, 'value', `ranked ${row.rank_cn} on ${row.metric} but not below rank ${above.rank_cn}'s ${above.value}`);
    }
    if (row.metric === 'applications') return;
    const inTop50 = top.find((t) => t.company_zh === row.company_zh);
    if (!inTop50) failAt(loaded, i, 'company_zh', 'company not found in 表 2');
    if (inTop50[row.metric] !== row.value) failAt(loaded, i, 'value', `表 2 gives ${row.company_zh} ${inTop50[row.metric]} in column ${row.metric}`);
  });
  for (const metric of ['granted', 'cited'] as const) {
    const named = rows.filter((r) => r.metric === metric);
    const last = named.reduce((a, b) => (b.rank_cn > a.rank_cn ? b : a));
    const beater = top.find((t) => t.country_code === 'CN' && !named.some((n) => n.company_zh === t.company_zh) && t[metric] > last.value);
    if (beater) {
      failAt(loaded, rows.indexOf(last), 'value', `the text names the top ${named.length} Chinese companies on ${metric}, but 表 2 gives ${beater.company_zh} ${beater[metric]}`);
    }
  }
};

/** 二、 and 一、2. 4): Ant Group's shares (core tech 62%, international 72% of 6961 applications; 216 of 234 large families = 92%). */
export const antSharesMatchCounts: Check = (catalog) => {
  const ant = top50Row(catalog, '蚂蚁集团').row;
  const applications = point(leader(catalog, '蚂蚁集团', 'applications').row.value);
  expectAgrees(stated(catalog, 'ant_core_tech_share'), percentOf(point(ant.core_tech), applications), 'Ant Group core_tech (表 2) ÷ its applications');
  expectAgrees(stated(catalog, 'ant_international_share'), percentOf(point(ant.international), applications), 'Ant Group international (表 2) ÷ its applications');
  const large = stated(catalog, 'cn_families_size_10_plus').row;
  const antLarge = stated(catalog, 'ant_families_size_10_plus').row;
  expectAgrees(stated(catalog, 'ant_families_size_10_plus_share'), percentOf(allowed(antLarge), allowed(large)), 'ant_families_size_10_plus ÷ cn_families_size_10_plus');
};

/** Documented disagreement: 2057 grants are said to be 17.2% of global grants, but 2057 / 1.16 万 is 17.7%. */
export const antGlobalGrantShareDisagreement: Check = (catalog) => {
  const antGranted = point(leader(catalog, '蚂蚁集团', 'granted').row.value);
  const world = allowed(country(catalog, null, 'granted').row);
  pinDisagreement(stated(catalog, 'ant_granted_share_global'), percentOf(antGranted, world), { stated: 17.2, computed: 17.7, decimals: 1 }, "Ant Group's grants ÷ world grants");
};
