/** Charts of the comparison chapter of trends-2020 on digital currencies and cross-border trade (贰.05), in the report's order. */
import type { StatedFigure } from '../../../data/stated-figures.ts';
import { cbdcAttitudeGroups, cbdcAttitudes, dcepBankCountsDerived, statedFigure } from '../queries.ts';
import type { CbdcAttitude } from '../schemas/cbdc-attitudes.ts';
import { formatList, formatTrimmed, formatWan, unitWord, withUnitWord } from '../../../i18n/format.ts';
import { datesIn, num, required, sourceLine, table, text, yearMonth, wordsIn } from '../../../charts/declare.ts';
import { attitudeLabels, periodWords, qualified, META, REPORT, uniqueMax } from './shared.ts';
import type { ChartDeclaration } from '../../../charts/entry.ts';
import type { Locale } from '../../../i18n/locales.ts';

/** What the countries of an attitude group do, for an English headline: "12 are at the research stage". */
const STAGE_EN: Readonly<Record<CbdcAttitude, string>> = {
  issued: 'have issued a central bank digital currency',
  pilot: 'are piloting a central bank digital currency',
  research: 'are at the research stage',
  no_plan: 'have no plan yet',
};

export function currencyCharts(locale: Locale): ChartDeclaration[] {
  const tr = wordsIn(locale);
  const report = META.in(locale);
  const en = locale === 'en';
  const ATTITUDE_LABELS = attitudeLabels(locale);
  // 贰.05 法定数字货币 (表 5, red-packet pilots)
  const attitudes = cbdcAttitudes();
  const attitudeGroups = cbdcAttitudeGroups();
  const cbdcAsOf = yearMonth(required(attitudes[0], '表 5 rows').as_of, locale);
  const attitudeCount = (a: CbdcAttitude): number => attitudeGroups.find((g) => g.attitude === a)?.rows.length ?? 0;
  const largestGroup = uniqueMax(attitudeGroups, (g) => g.rows.length);
  const cbdcIssuedStated = statedFigure('cbdc_issued_developing');
  const countryName = (r: (typeof attitudes)[number]): string => (en ? r.country_en : r.country_zh);
  const cbdcNotes = [
    tr({
      'zh-CN': '表5只列出部分国家，不是全集；未列出的国家并不代表没有计划。',
      en: 'Table 5 lists only some countries, not all of them; a country missing from it does not necessarily have no plans.',
    }),
    ...(cbdcIssuedStated.value === attitudeCount('issued')
      ? []
      : [
          tr({
            'zh-CN': `正文说截至${cbdcAsOf}已有${qualified(cbdcIssuedStated, locale)}个发展中国家推出CBDC，表5“已发行”栏却只列${attitudeCount('issued')}国，两处不一致，报告未说明差在哪一国；此处照录表5。`,
            en: `The report’s text says ${qualified(cbdcIssuedStated, locale)} developing countries had launched a CBDC by ${cbdcAsOf}, but the “Issued” column of Table 5 lists only ${attitudeCount('issued')}; the report does not say which country accounts for the difference. The chart follows Table 5.`,
          }),
        ]),
    tr({
      'zh-CN': '分类照录报告，未按其他资料修正。',
      en: 'The categories are as the report gives them and have not been corrected against other sources.',
    }),
  ];
  const dcep = [
    {
      city: '深圳',
      cityEn: 'Shenzhen',
      total: statedFigure('dcep_sz_total'),
      packets: null as StatedFigure | null,
      perPacket: statedFigure('dcep_sz_packet') as StatedFigure | null,
    },
    { city: '苏州', cityEn: 'Suzhou', total: statedFigure('dcep_suzhou_total'), packets: statedFigure('dcep_suzhou_packets') as StatedFigure | null, perPacket: null as StatedFigure | null },
  ];
  const dcepBanks = dcepBankCountsDerived();
  const dcepSz = required(dcep[0], 'Shenzhen pilot').total;
  const dcepSuzhou = required(dcep[1], 'Suzhou pilot').total;
  const dcepSzBanksStated = statedFigure('dcep_sz_banks');
  const dcepSzBanksCounted = dcepBanks.find((b) => b.city_en === 'Shenzhen')?.banks ?? 0;
  const yuan = unitWord('cny', locale);

  // 贰.05 区块链+跨境业务
  const tfTotal = statedFigure('tf_institutions');
  const tfDomestic = statedFigure('tf_domestic');
  const tfForeign = statedFigure('tf_foreign');
  const tfContinents = statedFigure('tf_continents');
  const tfCountries = statedFigure('tf_countries');
  const tfLaunch = required(tfTotal.period, 'platform launch');

  return [
    {
      id: 'b-cbdc-map',
      report: REPORT,
      chapter: 'comparison',
      ref: '表 5',
      title: tr({
        'zh-CN': `央行数字货币：${attitudeCount('issued')}国已发行，${attitudeCount('pilot')}国在试点`,
        en: `${attitudeCount('issued')} countries have issued a central bank digital currency and ${attitudeCount('pilot')} are piloting one`,
      }),
      subtitle: tr({
        'zh-CN': `表5所列国家对央行数字货币的态度：已发行、试点、研究或暂无计划（截至${cbdcAsOf}）`,
        en: `Where the countries in Table 5 stand on central bank digital currency: issued, pilot, research or no plan yet (as of ${cbdcAsOf})`,
      }),
      source: sourceLine(report, '贰.05 法定数字货币（表 5）'),
      notes: [tr({ 'zh-CN': '灰色表示表5中未列出。', en: 'Grey: not listed in Table 5.' }), ...cbdcNotes],
      datasets: ['trends-2020/cbdc-attitudes', 'trends-2020/stated-figures'],
      chart: {
        type: 'choropleth',
        countries: attitudes.map((r) => ({ code: r.country_code, category: r.attitude, label: countryName(r) })),
        options: {
          categories: (Object.keys(ATTITUDE_LABELS) as CbdcAttitude[]).map((id) => ({ id, label: ATTITUDE_LABELS[id] })),
          // 已发行 → 试点 → 研究 → 暂无计划 is a scale of how far a country has gone.
          ordered: true,
          valueLabel: tr({ 'zh-CN': '对央行数字货币的态度', en: 'Stance on central bank digital currency' }),
          // 表 5 lists central banks by country; regions with their own monetary
          // authority (HK, MO) are not in it, so none inherits China's category.
          parents: {},
        },
      },
      table: table(
        [
          text('country', tr({ 'zh-CN': '国家', en: 'Country' })),
          text('code', tr({ 'zh-CN': 'ISO代码', en: 'ISO code' })),
          text('attitude', tr({ 'zh-CN': '态度', en: 'Stance' })),
        ],
        attitudes.map((r) => ({ country: countryName(r), code: r.country_code, attitude: en ? r.attitude_en : r.attitude_zh })),
      ),
    },
    {
      id: 'b-cbdc-counts',
      report: REPORT,
      chapter: 'comparison',
      ref: '表 5',
      title: largestGroup
        ? tr({
            'zh-CN': `表5的${attitudes.length}国中，${ATTITUDE_LABELS[largestGroup.attitude]}阶段的最多，有${largestGroup.rows.length}国`,
            en: `Of the ${attitudes.length} countries in Table 5, the largest group, ${largestGroup.rows.length}, ${STAGE_EN[largestGroup.attitude]}`,
          })
        : tr({
            'zh-CN': `表5的${attitudes.length}国按对央行数字货币的态度分类`,
            en: `The ${attitudes.length} countries in Table 5 by stance on central bank digital currency`,
          }),
      subtitle: tr({
        'zh-CN': `按对央行数字货币的态度统计国家数，一格代表一个国家（截至${cbdcAsOf}）`,
        en: `Countries by stance on central bank digital currency; one square is one country (as of ${cbdcAsOf})`,
      }),
      source: sourceLine(report, '贰.05 法定数字货币（表 5 逐行计数）'),
      notes: [
        tr({
          'zh-CN': '各类国家数由表5逐行计数得出，属计算值。',
          en: 'The number of countries in each group is counted from the rows of Table 5 and is a derived figure.',
        }),
        ...cbdcNotes,
      ],
      datasets: ['trends-2020/cbdc-attitudes', 'trends-2020/stated-figures'],
      chart: {
        type: 'waffle',
        parts: attitudeGroups.map((g) => ({ label: ATTITUDE_LABELS[g.attitude], value: g.rows.length })),
        options: { valueLabel: tr({ 'zh-CN': '表5所列国家', en: 'Countries in Table 5' }), unit: tr({ 'zh-CN': '国', en: unitWord('country', 'en') }) },
      },
      table: table(
        [
          text('attitude', tr({ 'zh-CN': '态度', en: 'Stance' })),
          num('countries', tr({ 'zh-CN': '国家数（计算值）', en: 'Number of countries (derived)' })),
          text('names', tr({ 'zh-CN': '国家', en: 'Countries' })),
        ],
        attitudeGroups.map((g) => ({
          attitude: ATTITUDE_LABELS[g.attitude],
          countries: g.rows.length,
          names: en ? formatList(g.rows.map(countryName), locale) : g.rows.map((r) => r.country_zh).join('、'),
        })),
      ),
    },
    {
      id: 'b-dcep-red-packets',
      report: REPORT,
      chapter: 'comparison',
      ref: null,
      title: tr({
        'zh-CN': `苏州发放的数字人民币红包总额${formatWan(dcepSuzhou.value)}元，是深圳的${formatTrimmed(dcepSuzhou.value / dcepSz.value, 1)}倍`,
        en: `${dcepSuzhou.subject_en ?? 'Suzhou'} handed out ${withUnitWord(formatWan(dcepSuzhou.value, 2, locale), 'cny', locale)} in e-CNY red packets, ${formatTrimmed(dcepSuzhou.value / dcepSz.value, 1, locale)} times as much as ${dcepSz.subject_en ?? 'Shenzhen'}`,
      }),
      subtitle: tr({
        'zh-CN': `两次数字人民币红包试点的发放总额（深圳${yearMonth(required(dcepSz.period, 'Shenzhen pilot month'))}，苏州${yearMonth(required(dcepSuzhou.period, 'Suzhou pilot month'))}）`,
        en: `Total value handed out in the two e-CNY red-packet pilots (${dcepSz.subject_en ?? 'Shenzhen'}, ${yearMonth(required(dcepSz.period, 'Shenzhen pilot month'), locale)}; ${dcepSuzhou.subject_en ?? 'Suzhou'}, ${yearMonth(required(dcepSuzhou.period, 'Suzhou pilot month'), locale)})`,
      }),
      source: sourceLine(report, '贰.05 法定数字货币'),
      notes: [
        tr({
          'zh-CN': '倍数由两地总额相除得出，属计算值。',
          en: 'The multiple is one city’s total divided by the other’s and is a derived figure.',
        }),
        tr({
          'zh-CN': '深圳的红包个数、苏州的单个红包金额报告都没有写出；虽可由总额与另一项相除推得，本图不作推算，表中留空。',
          en: 'The report gives neither the number of red packets in Shenzhen nor the value of each packet in Suzhou. Either could be worked out by dividing the total by the other figure, but this chart does not do so and leaves those cells blank.',
        }),
        tr({
          'zh-CN': `参与银行数由试点银行名单计数，属计算值：深圳${dcepSzBanksCounted}家${dcepSzBanksCounted === dcepSzBanksStated.value ? '，与正文所说的四大国有银行一致' : `，正文却说 ${qualified(dcepSzBanksStated, locale)} 家`}；苏州的家数报告未直接写出。`,
          en: `The number of participating banks is counted from the list of pilot banks and is a derived figure: ${dcepSzBanksCounted} in Shenzhen${dcepSzBanksCounted === dcepSzBanksStated.value ? ', matching the big four state-owned banks the text names' : `, though the text says ${qualified(dcepSzBanksStated, locale)}`}; the report does not state Suzhou’s number directly.`,
        }),
      ],
      datasets: ['trends-2020/stated-figures', 'trends-2020/dcep-pilot-banks'],
      chart: {
        type: 'ranked-bars',
        rows: dcep.map((p) => ({ label: en ? p.cityEn : p.city, value: p.total.value })),
        options: { valueLabel: tr({ 'zh-CN': '红包发放总额', en: 'Total value of red packets' }), unit: yuan, format: { style: 'wan', unit: yuan } },
      },
      table: table(
        [
          text('city', tr({ 'zh-CN': '试点城市', en: 'Pilot city' })),
          text('month', tr({ 'zh-CN': '时间', en: 'Month' })),
          num('total', tr({ 'zh-CN': '发放总额（元）', en: 'Total handed out (yuan)' })),
          num('packets', tr({ 'zh-CN': '红包个数', en: 'Red packets' })),
          num('per_packet', tr({ 'zh-CN': '单个红包金额（元）', en: 'Value of each packet (yuan)' })),
          num('banks', tr({ 'zh-CN': '参与银行（家，计数）', en: 'Participating banks (counted)' })),
        ],
        dcep.map((p) => ({
          city: en ? p.cityEn : p.city,
          month: p.total.period ? yearMonth(p.total.period, locale) : null,
          total: p.total.value,
          packets: p.packets?.value ?? null,
          per_packet: p.perPacket?.value ?? null,
          banks: dcepBanks.find((b) => b.city_en === p.cityEn)?.banks ?? null,
        })),
      ),
    },
    {
      id: 'b-trade-finance-institutions',
      report: REPORT,
      chapter: 'comparison',
      ref: null,
      title: tr({
        'zh-CN': `跨境人民币贸易融资转让平台首批${qualified(tfTotal, locale)}家机构中，境外机构${qualified(tfForeign, locale)}家${tfForeign.value > tfDomestic.value ? '，多于境内' : tfForeign.value < tfDomestic.value ? '，少于境内' : '，与境内相当'}`,
        en: `${qualified(tfForeign, locale)} of the first ${qualified(tfTotal, locale)} institutions on the cross-border RMB trade finance transfer platform are from overseas${tfForeign.value > tfDomestic.value ? ', more than from China' : tfForeign.value < tfDomestic.value ? ', fewer than from China' : ', as many as from China'}`,
      }),
      subtitle: tr({
        'zh-CN': `${datesIn(tfLaunch)}的首批参与机构，分境内与境外，一格代表一家（覆盖${qualified(tfContinents, locale)}个大洲、${qualified(tfCountries, locale)}个国家和地区）`,
        en: `The platform’s first cohort of institutions ${periodWords(tfLaunch, locale)}, split into domestic and overseas; one square is one institution (covering ${qualified(tfContinents, locale)} continents and ${qualified(tfCountries, locale)} countries and regions)`,
      }),
      source: sourceLine(report, '贰.05 区块链+跨境业务'),
      notes:
        tfDomestic.value + tfForeign.value === tfTotal.value
          ? [
              tr({
                'zh-CN': `境内${qualified(tfDomestic, locale)}家与境外${qualified(tfForeign, locale)}家相加等于报告所说的首批${qualified(tfTotal, locale)}家。`,
                en: `The ${qualified(tfDomestic, locale)} domestic and ${qualified(tfForeign, locale)} overseas institutions add up to the ${qualified(tfTotal, locale)} in the first cohort that the report gives.`,
              }),
            ]
          : [
              tr({
                'zh-CN': `境内${qualified(tfDomestic, locale)}家与境外${qualified(tfForeign, locale)}家相加为${tfDomestic.value + tfForeign.value}家，与报告所说的首批${qualified(tfTotal, locale)}家不一致。`,
                en: `The ${qualified(tfDomestic, locale)} domestic and ${qualified(tfForeign, locale)} overseas institutions add up to ${tfDomestic.value + tfForeign.value}, not the ${qualified(tfTotal, locale)} in the first cohort that the report gives.`,
              }),
            ],
      datasets: ['trends-2020/stated-figures'],
      chart: {
        type: 'waffle',
        parts: [
          { label: tr({ 'zh-CN': '境内机构', en: 'Domestic institutions' }), value: tfDomestic.value },
          { label: tr({ 'zh-CN': '境外机构', en: 'Overseas institutions' }), value: tfForeign.value },
        ],
        options: { valueLabel: tr({ 'zh-CN': '首批参与机构', en: 'First-cohort institutions' }), unit: unitWord('institution', locale) },
      },
      table: table(
        [
          text('group', tr({ 'zh-CN': '机构', en: 'Institutions' })),
          num('institutions', tr({ 'zh-CN': '数量（家）', en: 'Number' })),
        ],
        [
          { group: tr({ 'zh-CN': '境内机构', en: 'Domestic' }), institutions: tfDomestic.value },
          { group: tr({ 'zh-CN': '境外机构', en: 'Overseas' }), institutions: tfForeign.value },
          { group: tr({ 'zh-CN': '合计（报告所述）', en: 'Total (as the report states it)' }), institutions: tfTotal.value },
        ],
      ),
    },
  ];
}
