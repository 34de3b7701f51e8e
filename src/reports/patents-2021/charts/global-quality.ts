/** Charts of the global-quality chapter of patents-2021, in the report's order. */
import { applicationBandRows, countryFigure, derivedCitationRate, leadingCompaniesBy, statedFigure, type ApplicationBandRow } from '../queries.ts';
import { say, sayNumber } from '../../../data/say.ts';
import { datesIn, num, required, sourceLine, table, text, wordsIn } from '../../../charts/declare.ts';
import { formatList, formatNumber, formatTrimmed, qualifierWord } from '../../../i18n/format.ts';
import { countriesIn, countryTable, countryValue, CREDIT, META, REPORT, unpublished } from './shared.ts';
import type { ChartDeclaration } from '../../../charts/entry.ts';
import type { Locale } from '../../../i18n/locales.ts';

export function globalQualityCharts(locale: Locale): ChartDeclaration[] {
  const tr = wordsIn(locale);
  const report = META.in(locale);
  const credit = tr(CREDIT);
  const countries = countriesIn(locale);
  const china = required(countries.find((c) => c.code === 'CN'), 'China among the compared countries').label;
  const worldApplications = required(countryFigure(null, 'applications'), 'world applications');
  const period = datesIn(worldApplications.period ?? '', locale);
  const cnShare = required(countryFigure('CN', 'applications_share'), 'China applications share');
  const [rate2015, rate2020] = [statedFigure('cn_grant_rate_2015'), statedFigure('cn_grant_rate_2020')];
  const bandRows = applicationBandRows();
  const bands = bandRows.filter((b) => b.row_kind === 'band');
  const largestBand = bands.reduce((a, b) => (b.companies > a.companies ? b : a));
  const subRows = bandRows.filter((b) => b.row_kind === 'sub_row');
  const leaders = leadingCompaniesBy('applications');
  const companyName = (r: { company_zh: string; company_en: string }) => (locale === 'en' ? r.company_en : r.company_zh);
  const cited12 = statedFigure('cn_cited_1_2_times');
  const cited12Share = statedFigure('cn_cited_1_2_times_share');
  const citedOver10 = statedFigure('cn_cited_over_10_times');
  const citedOver10Share = statedFigure('cn_cited_over_10_times_share');

  /** A 表 1 row in English: "1–9", "1,000 or more"; a sub-row as printed, "> (1)". */
  const bandRangeEn = (b: ApplicationBandRow): string => {
    if (b.row_kind === 'sub_row') return b.band_label.replace(/\s*件/u, '');
    const from = formatNumber(b.min_applications ?? 0, 0, 'en');
    return b.max_applications === null || b.max_applications === undefined ? `${from} or more` : `${from}–${formatNumber(b.max_applications, 0, 'en')}`;
  };
  const bandLabel = (b: ApplicationBandRow): string => tr({ 'zh-CN': b.band_label, en: b.row_kind === 'band' ? `${bandRangeEn(b)} applications` : bandRangeEn(b) });
  const parentLabelEn = (b: ApplicationBandRow): string => {
    const parent = bands.find((p) => p.band_id === b.parent_band);
    return parent ? bandRangeEn(parent) : (b.parent_band ?? '');
  };

  return [
    {
      id: 'a-country-applications',
      report: REPORT,
      chapter: 'global-quality',
      ref: '图 1',
      title: tr({
        'zh-CN': `全球区块链专利申请中，中国企业占${say(cnShare, locale)}`,
        en: `Chinese companies filed ${say(cnShare, locale)} of the world's blockchain patent applications`,
      }),
      subtitle: tr({
        'zh-CN': `${period}各国企业申请量占全球（${say(worldApplications, locale)}）的比例`,
        en: `Share of the world's ${qualifierWord(worldApplications.qualifier, locale)}${sayNumber(worldApplications, locale)} blockchain patent applications filed by each country's companies, ${period}`,
      }),
      source: sourceLine(report, '一、1.', credit),
      notes: [
        tr({
          'zh-CN': '报告的图1只留下标题；正文只给出中国与美国的占比（中国为“近60%”，图中按60%画出并在数值前保留“近”字），其他国家的占比未公布。',
          en: `Only the title of the report's Figure 1 survives. Its text gives shares for China and the United States alone; China's is "${say(cnShare, locale)}", drawn at ${sayNumber(cnShare, locale)} with "nearly" kept before the number. No other country's share is published.`,
        }),
      ],
      datasets: ['patents-2021/country-comparison'],
      chart: {
        type: 'ranked-bars',
        rows: countries.filter((c) => countryValue(c.code, 'applications_share') !== null).map((c) => {
          const row = required(countryFigure(c.code, 'applications_share'), `${c.label} applications share`);
          return { label: c.label, value: row.value, highlight: c.code === 'CN', qualifier: qualifierWord(row.qualifier, locale) };
        }),
        options: { valueLabel: tr({ 'zh-CN': '占全球申请量的比例', en: 'Share of global applications' }), format: { style: 'percent', decimals: 0 } },
      },
      table: table(
        [
          text('country', tr({ 'zh-CN': '国家', en: 'Country' })),
          num('share', tr({ 'zh-CN': '占全球申请（%）', en: 'Share of global applications (%)' })),
          text('printed', tr({ 'zh-CN': '原文', en: 'As the report states it' })),
        ],
        countries.filter((c) => countryValue(c.code, 'applications_share') !== null).map((c) => {
          const row = required(countryFigure(c.code, 'applications_share'), `${c.label} applications share`);
          return { country: c.label, share: row.value, printed: tr({ 'zh-CN': row.value_text, en: say(row, locale) }) };
        }),
      ),
    },
    {
      id: 'a-country-grants',
      report: REPORT,
      chapter: 'global-quality',
      ref: '图 2',
      title: tr({
        'zh-CN': '授权占比：中国最低，低于美国、韩国和全球',
        en: 'Grant rate: China lowest, below the US, South Korea and the world',
      }),
      subtitle: tr({
        'zh-CN': `${period}，各国区块链专利的授权占比（授权 ÷ 申请）；授权数量见数据表`,
        en: `Grant rate of blockchain patents by country (granted ÷ applications), ${period}; the numbers granted are in the data table`,
      }),
      source: sourceLine(report, '一、1. 1)', credit),
      notes: [
        tr({
          'zh-CN': '报告的图2只留下标题，图中数值以正文所述为准。',
          en: "Only the title of the report's Figure 2 survives; the values shown are the ones its text gives.",
        }),
        ...unpublished('grant_rate', tr({ 'zh-CN': '授权占比', en: 'grant rate' }), locale),
      ],
      datasets: ['patents-2021/country-comparison'],
      chart: {
        type: 'grouped-bars',
        data: {
          categories: countries.map((c) => c.label),
          series: [tr({ 'zh-CN': '授权占比', en: 'Grant rate' })],
          values: countries.map((c) => [countryValue(c.code, 'grant_rate')]),
        },
        options: { valueLabel: tr({ 'zh-CN': '授权占比', en: 'Grant rate' }), format: { style: 'percent', decimals: 0 } },
      },
      table: countryTable(
        [
          { metric: 'granted', label: tr({ 'zh-CN': '授权专利（件）', en: 'Granted patents' }) },
          { metric: 'grant_rate', label: tr({ 'zh-CN': '授权占比（%）', en: 'Grant rate (%)' }) },
        ],
        locale,
      ),
    },
    {
      id: 'a-country-families',
      report: REPORT,
      chapter: 'global-quality',
      ref: '图 3',
      title: (() => {
        const single = say(required(countryFigure('CN', 'families_single_share'), 'China single-member families'), locale);
        return tr({ 'zh-CN': `中国${single}的专利家族只有一件专利`, en: `${single} of China's patent families contain just one patent` });
      })(),
      subtitle: tr({
        'zh-CN': '专利家族按规模划分：仅1件 / 2件及以上，占各国家族总数的比例',
        en: "Patent families by size (a single patent, or two or more), as a share of each country's families",
      }),
      source: sourceLine(report, '一、1. 2)', credit),
      notes: [
        tr({
          'zh-CN': '“仅1件”的比例除中国外由100%减去“2件及以上”得出，属计算值。',
          en: 'Except for China, the share of one-patent families is derived: 100% minus the share with two or more.',
        }),
      ],
      datasets: ['patents-2021/country-comparison'],
      chart: {
        type: 'grouped-bars',
        data: {
          categories: countries.map((c) => c.label),
          series: [tr({ 'zh-CN': '仅1件', en: 'One patent' }), tr({ 'zh-CN': '2件及以上', en: 'Two or more' })],
          values: countries.map((c) => {
            const multi = countryValue(c.code, 'families_multi_share');
            return [multi === null ? null : 100 - multi, multi];
          }),
        },
        options: { mode: 'stacked100', valueLabel: tr({ 'zh-CN': '专利家族', en: 'Share of patent families' }), unit: '%' },
      },
      table: countryTable(
        [
          { metric: 'families', label: tr({ 'zh-CN': '专利家族（组）', en: 'Patent families' }) },
          { metric: 'families_multi_share', label: tr({ 'zh-CN': '2件及以上占比（%）', en: 'Share with two or more patents (%)' }) },
        ],
        locale,
      ),
    },
    {
      id: 'a-country-citations',
      report: REPORT,
      chapter: 'global-quality',
      ref: '图 4',
      title: (() => {
        const us = say(required(countryFigure('US', 'citation_rate'), 'US citation rate'), locale);
        const cn = say(required(countryFigure('CN', 'citation_rate'), 'China citation rate'), locale);
        return tr({ 'zh-CN': `被引用率：美国${us}，中国${cn}`, en: `${us} of US blockchain patent applications have been cited, against ${cn} of China's` });
      })(),
      subtitle: tr({ 'zh-CN': '被引用过的专利占申请总数的比例', en: 'Patents cited at least once, as a share of all applications' }),
      source: sourceLine(report, '一、1. 3)', credit),
      notes: [
        ...unpublished('citation_rate', tr({ 'zh-CN': '被引用率', en: 'citation rate' }), locale),
        ...(() => {
          // Compare unrounded values: the bars are the report's printed rates (China a rounded 23%), its counts order them.
          const cnRate = derivedCitationRate('CN');
          const world = countryFigure(null, 'citation_rate');
          const stated = countryFigure('CN', 'citation_rate');
          const cited = countryFigure('CN', 'cited');
          const apps = countryFigure('CN', 'applications');
          if (!cnRate || !world || !stated || !cited || !apps) return [];
          const cn = formatTrimmed(cnRate.percent, 2, locale);
          const w = sayNumber(world, locale);
          const below = cnRate.percent < world.value;
          return [
            tr({
              'zh-CN': `中国的${say(stated, locale)}是舍入后的比例；按报告的计数（被引${say(cited, locale)} ÷ 申请${say(apps, locale)}）约为${cn}%（本站计算），${below ? '略低于' : '不低于'}全球的${w}，因此图中两者不分高低。`,
              en: `China's ${say(stated, locale)} is rounded; from the report's own counts (${sayNumber(cited, locale)} cited of ${sayNumber(apps, locale)} applications) it is about ${cn}% (our calculation), ${below ? 'slightly below' : 'not below'} the world's ${w}, so the chart does not rank the two.`,
            }),
          ];
        })(),
      ],
      datasets: ['patents-2021/country-comparison'],
      chart: {
        type: 'ranked-bars',
        rows: countries.filter((c) => countryValue(c.code, 'citation_rate') !== null).map((c) => ({
          label: c.label,
          value: countryValue(c.code, 'citation_rate'),
          highlight: c.code === 'CN',
        })),
        options: { valueLabel: tr({ 'zh-CN': '被引用率', en: 'Citation rate' }), format: { style: 'percent', decimals: 0 } },
      },
      table: countryTable(
        [
          { metric: 'cited', label: tr({ 'zh-CN': '被引用专利（件）', en: 'Cited patents' }) },
          { metric: 'citation_rate', label: tr({ 'zh-CN': '被引用率（%）', en: 'Citation rate (%)' }) },
        ],
        locale,
      ),
    },
    {
      id: 'a-country-international',
      report: REPORT,
      chapter: 'global-quality',
      ref: '图 5',
      title: tr({
        'zh-CN': '国际专利申请：中国数量多，美国占比高',
        en: 'China files more international patent applications, but a bigger share of US applications go abroad',
      }),
      subtitle: tr({
        'zh-CN': '国际专利申请数量，及其占本国申请总量的比例',
        en: "International patent applications, and their share of each country's total applications",
      }),
      source: sourceLine(report, '一、1. 4)', credit),
      notes: [tr({ 'zh-CN': '报告只比较了中美两国。', en: 'The report compares only China and the United States.' })],
      datasets: ['patents-2021/country-comparison'],
      chart: {
        type: 'ranked-bars',
        rows: countries.filter((c) => countryValue(c.code, 'international') !== null).map((c) => {
          const share = countryValue(c.code, 'international_share');
          return {
            label: tr({
              'zh-CN': `${c.label}（占${share}%）`,
              en: share === null ? c.label : `${c.label} (${formatTrimmed(share, 2, locale)}% of its applications)`,
            }),
            value: countryValue(c.code, 'international'),
            highlight: c.code === 'CN',
          };
        }),
        options: {
          valueLabel: tr({ 'zh-CN': '国际专利申请', en: 'Filed internationally' }),
          unit: tr({ 'zh-CN': '件', en: 'applications' }),
          format: { unit: tr({ 'zh-CN': '件', en: 'applications' }) },
        },
      },
      table: countryTable(
        [
          { metric: 'international', label: tr({ 'zh-CN': '国际专利申请（件）', en: 'International patent applications' }) },
          { metric: 'international_share', label: tr({ 'zh-CN': '占本国申请（%）', en: 'Share of home applications (%)' }) },
        ],
        locale,
      ),
    },
    {
      id: 'a-leading-companies',
      report: REPORT,
      chapter: 'global-quality',
      ref: null,
      title: (() => {
        const leader = required(leaders[0], 'leading company');
        return tr({
          'zh-CN': `${leader.company_zh}的申请、授权和被引用专利都居中国之首`,
          en: `${leader.company_en} leads China in blockchain patent applications, grants and cited patents`,
        });
      })(),
      subtitle: tr({
        'zh-CN': `中国区块链专利申请、授权和被引用数量最多的${leaders.length}家公司`,
        en: `The ${formatNumber(leaders.length, 0, locale)} Chinese companies with the most blockchain patent applications, grants and cited patents`,
      }),
      source: sourceLine(report, '一、2.', credit),
      notes: [],
      datasets: ['patents-2021/leading-companies'],
      chart: {
        type: 'grouped-bars',
        data: (() => {
          const companies = leadingCompaniesBy('applications');
          const metrics = [
            { id: 'applications', label: tr({ 'zh-CN': '申请', en: 'Applications' }) },
            { id: 'granted', label: tr({ 'zh-CN': '授权', en: 'Granted' }) },
            { id: 'cited', label: tr({ 'zh-CN': '被引用', en: 'Cited' }) },
          ] as const;
          return {
            categories: companies.map(companyName),
            series: metrics.map((m) => m.label),
            values: companies.map((c) => metrics.map((m) => leadingCompaniesBy(m.id).find((r) => r.company_zh === c.company_zh)?.value ?? null)),
          };
        })(),
        options: {
          valueLabel: tr({ 'zh-CN': '专利数量', en: 'Count' }),
          unit: tr({ 'zh-CN': '件', en: 'patents' }),
          format: { unit: tr({ 'zh-CN': '件', en: 'patents' }) },
        },
      },
      table: table(
        [
          text('company', tr({ 'zh-CN': '公司', en: 'Company' })),
          num('applications', tr({ 'zh-CN': '申请（件）', en: 'Applications' })),
          num('granted', tr({ 'zh-CN': '授权（件）', en: 'Granted' })),
          num('cited', tr({ 'zh-CN': '被引用（件）', en: 'Cited' })),
        ],
        leadingCompaniesBy('applications').map((r) => ({
          company: companyName(r),
          applications: r.value,
          granted: leadingCompaniesBy('granted').find((g) => g.company_zh === r.company_zh)?.value ?? null,
          cited: leadingCompaniesBy('cited').find((g) => g.company_zh === r.company_zh)?.value ?? null,
        })),
      ),
    },
    {
      id: 'a-application-bands',
      report: REPORT,
      chapter: 'global-quality',
      ref: '表 1',
      title: tr({
        'zh-CN': `${largestBand.companies}家中国公司只申请过${largestBand.band_label}区块链专利`,
        en: `${formatNumber(largestBand.companies, 0, locale)} Chinese companies have filed only ${bandRangeEn(largestBand)} blockchain patent applications each`,
      }),
      subtitle: tr({ 'zh-CN': '按专利申请数量区间统计的公司数', en: 'Chinese companies by the number of patent applications they have filed' }),
      source: sourceLine(report, '一、2.（表 1）', credit),
      notes: [
        tr({
          'zh-CN': '表1在“1~9件”之下另有三行“> (1件)”“> (2件)”“> (3件)”，其含义报告未说明（可能是恰好1、2、3件，也可能是多于1、2、3件），图中不画，见数据表。',
          en: (() => {
            const counts = subRows.map((b) => b.band_label.match(/\d+/u)?.[0] ?? '');
            const parents = [...new Set(subRows.map(parentLabelEn))];
            return (
              `Under "${formatList(parents, 'en')}", Table 1 prints ${formatNumber(subRows.length, 0, locale)} more rows, ${formatList(subRows.map((b) => `"${bandRangeEn(b)}"`), 'en')}. ` +
              `The report does not say what they mean: exactly ${formatList(counts, 'en', { type: 'disjunction' })} applications, or more than ${formatList(counts, 'en', { type: 'disjunction' })}. ` +
              'They are left out of the chart and kept in the data table.'
            );
          })(),
        }),
      ],
      datasets: ['patents-2021/application-bands'],
      chart: {
        type: 'ranked-bars',
        rows: bands.map((b) => ({ label: bandLabel(b), value: b.companies })),
        options: {
          valueLabel: tr({ 'zh-CN': '公司数', en: 'Count' }),
          unit: tr({ 'zh-CN': '家', en: 'companies' }),
          format: { unit: tr({ 'zh-CN': '家', en: 'companies' }) },
        },
      },
      table: table(
        [
          text('band', tr({ 'zh-CN': '申请数量区间', en: 'Applications filed' })),
          text('kind', tr({ 'zh-CN': '类型', en: 'Row' })),
          num('companies', tr({ 'zh-CN': '公司（家）', en: 'Companies' })),
        ],
        bandRows.map((b) => ({
          band: bandLabel(b),
          kind: tr({ 'zh-CN': b.row_kind === 'band' ? '区间' : `“${b.parent_band}”下的细分行`, en: b.row_kind === 'band' ? 'Band' : `Sub-row under "${parentLabelEn(b)}"` }),
          companies: b.companies,
        })),
      ),
    },
    {
      id: 'a-china-grant-rate',
      report: REPORT,
      chapter: 'global-quality',
      ref: '图 7',
      title: tr({
        'zh-CN': `中国区块链专利授权占比从${rate2015.period}年的${say(rate2015, locale)}降到${rate2020.period}年的${say(rate2020, locale)}`,
        en: `China's blockchain patent grant rate fell from ${say(rate2015, locale)} in ${rate2015.period} to ${say(rate2020, locale)} in ${rate2020.period}`,
      }),
      subtitle: tr({
        'zh-CN': '中国企业在国家知识产权局（CNIPA）获得授权的专利占当年申请的比例',
        en: "Patents granted to Chinese companies by the China National Intellectual Property Administration (CNIPA), as a share of the year's applications",
      }),
      source: sourceLine(report, '一、2. 1)', credit),
      notes: [
        tr({
          'zh-CN': '报告的图7只留下标题；正文只给出2015年和2020年两个端点，中间各年未公布，故只画两点。',
          en: `Only the title of the report's Figure 7 survives. Its text gives just the two end points, ${rate2015.period} and ${rate2020.period}; the years in between are not published, so only those two points are drawn.`,
        }),
      ],
      datasets: ['patents-2021/stated-figures'],
      chart: {
        type: 'dot-change',
        rows: [{ label: china, from: rate2015.value, to: rate2020.value, highlight: true }],
        options: {
          fromLabel: tr({ 'zh-CN': `${rate2015.period}年`, en: `${rate2015.period}` }),
          toLabel: tr({ 'zh-CN': `${rate2020.period}年`, en: `${rate2020.period}` }),
          valueLabel: tr({ 'zh-CN': '授权占比', en: 'Grant rate' }),
          format: { style: 'percent', decimals: 0 },
        },
      },
      table: table(
        [text('year', tr({ 'zh-CN': '年份', en: 'Year' })), num('rate', tr({ 'zh-CN': '授权占比（%）', en: 'Grant rate (%)' }))],
        [
          { year: rate2015.period ?? '', rate: rate2015.value },
          { year: rate2020.period ?? '', rate: rate2020.value },
        ],
      ),
    },
    {
      id: 'a-citation-counts',
      report: REPORT,
      chapter: 'global-quality',
      ref: '图 9',
      title: tr({
        'zh-CN': `中国被引专利中，${say(cited12, locale)}只被引用过1~2次，超过10次的有${say(citedOver10, locale)}`,
        en: `${sayNumber(cited12, locale)} of China's cited patents have been cited only once or twice; ${sayNumber(citedOver10, locale)}, more than 10 times`,
      }),
      subtitle: tr({
        'zh-CN': `中国被引用过的区块链专利，按被引次数分档；两档分别占被引专利的${say(cited12Share, locale)}和${say(citedOver10Share, locale)}`,
        en: `Chinese blockchain patents cited at least once, by how often they have been cited; the two bands are ${say(cited12Share, locale)} and ${say(citedOver10Share, locale)} of cited patents`,
      }),
      source: sourceLine(report, '一、2. 3)', credit),
      notes: [
        tr({
          'zh-CN': '报告只给出“1~2次”与“超过10次”两档；其余被引专利（3~10次）的数量未公布，不画。',
          en: 'The report gives only two bands, cited 1–2 times and cited more than 10 times. How many cited patents fall in between (3–10 citations) is not published, so they are not drawn.',
        }),
      ],
      datasets: ['patents-2021/stated-figures'],
      chart: {
        type: 'ranked-bars',
        rows: [
          { label: tr({ 'zh-CN': '被引1~2次', en: 'Cited 1–2 times' }), value: cited12.value },
          { label: tr({ 'zh-CN': '被引超过10次', en: 'Cited more than 10 times' }), value: citedOver10.value },
        ],
        options: {
          valueLabel: tr({ 'zh-CN': '专利数量', en: 'Count' }),
          unit: tr({ 'zh-CN': '件', en: 'patents' }),
          format: { unit: tr({ 'zh-CN': '件', en: 'patents' }) },
        },
      },
      table: table(
        [
          text('band', tr({ 'zh-CN': '被引次数', en: 'Times cited' })),
          num('patents', tr({ 'zh-CN': '专利（件）', en: 'Patents' })),
          num('share', tr({ 'zh-CN': '占被引专利（%）', en: 'Share of cited patents (%)' })),
        ],
        [
          { band: tr({ 'zh-CN': '1~2次', en: '1–2' }), patents: cited12.value, share: cited12Share.value },
          { band: tr({ 'zh-CN': '超过10次', en: 'More than 10' }), patents: citedOver10.value, share: citedOver10Share.value },
        ],
      ),
    },
  ];
}
