/** Charts of the comparison chapter of trends-2020 on digital currencies and cross-border trade (贰.05), in the report's order. */
import type { StatedFigure } from '../../../data/stated-figures.ts';
import { cbdcAttitudeGroups, cbdcAttitudes, dcepBankCountsDerived, statedFigure } from '../queries.ts';
import { formatTrimmed, formatWan } from '../../../i18n/format.ts';
import { datesIn, num, required, sourceLine, table, text, yearMonth } from '../../../charts/declare.ts';
import { ATTITUDE_LABELS, qualified, META, REPORT, uniqueMax } from './shared.ts';
import type { ChartEntry } from '../../../charts/entry.ts';

export function currencyCharts(): ChartEntry[] {
  // 贰.05 法定数字货币 (表 5, red-packet pilots)
  const attitudes = cbdcAttitudes();
  const attitudeGroups = cbdcAttitudeGroups();
  const cbdcAsOf = yearMonth(required(attitudes[0], '表 5 rows').as_of);
  const attitudeCount = (a: keyof typeof ATTITUDE_LABELS): number => attitudeGroups.find((g) => g.attitude === a)?.rows.length ?? 0;
  const largestGroup = uniqueMax(attitudeGroups, (g) => g.rows.length);
  const cbdcIssuedStated = statedFigure('cbdc_issued_developing');
  const cbdcNotes = [
    '表 5 只列出部分国家，不是全集；未列出的国家并不代表没有计划。',
    ...(cbdcIssuedStated.value === attitudeCount('issued')
      ? []
      : [
          `正文说截至 ${cbdcAsOf}已有 ${qualified(cbdcIssuedStated)} 个发展中国家推出 CBDC，表 5“已发行”栏却只列 ${attitudeCount('issued')} 国，两处不一致，报告未说明差在哪一国；此处照录表 5。`,
        ]),
    '分类照录报告，未按其他资料修正。',
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

  // 贰.05 区块链+跨境业务
  const tfTotal = statedFigure('tf_institutions');
  const tfDomestic = statedFigure('tf_domestic');
  const tfForeign = statedFigure('tf_foreign');
  const tfContinents = statedFigure('tf_continents');
  const tfCountries = statedFigure('tf_countries');

  return [
    {
      id: 'b-cbdc-map',
      report: REPORT,
      chapter: 'comparison',
      ref: '表 5',
      title: `央行数字货币：${attitudeCount('issued')} 国已发行，${attitudeCount('pilot')} 国在试点`,
      subtitle: `表 5 所列国家对央行数字货币的态度：已发行、试点、研究或暂无计划（截至 ${cbdcAsOf}）`,
      source: sourceLine(META, '贰.05 法定数字货币（表 5）'),
      notes: ['灰色表示表 5 中未列出。', ...cbdcNotes],
      datasets: ['trends-2020/cbdc-attitudes', 'trends-2020/stated-figures'],
      chart: {
        type: 'choropleth',
        countries: attitudes.map((r) => ({ code: r.country_code, category: r.attitude, label: r.country_zh })),
        options: {
          categories: (Object.keys(ATTITUDE_LABELS) as (keyof typeof ATTITUDE_LABELS)[]).map((id) => ({ id, label: ATTITUDE_LABELS[id] })),
          valueLabel: '对央行数字货币的态度',
          // 表 5 lists central banks by country; regions with their own monetary
          // authority (HK, MO) are not in it, so none inherits China's category.
          parents: {},
        },
      },
      table: table(
        [text('country', '国家'), text('code', 'ISO 代码'), text('attitude', '态度')],
        attitudes.map((r) => ({ country: r.country_zh, code: r.country_code, attitude: r.attitude_zh })),
      ),
    },
    {
      id: 'b-cbdc-counts',
      report: REPORT,
      chapter: 'comparison',
      ref: '表 5',
      title: largestGroup
        ? `表 5 的 ${attitudes.length} 国中，${ATTITUDE_LABELS[largestGroup.attitude]}阶段的最多，有 ${largestGroup.rows.length} 国`
        : `表 5 的 ${attitudes.length} 国按对央行数字货币的态度分类`,
      subtitle: `按对央行数字货币的态度统计国家数，一格代表一个国家（截至 ${cbdcAsOf}）`,
      source: sourceLine(META, '贰.05 法定数字货币（表 5 逐行计数）'),
      notes: ['各类国家数由表 5 逐行计数得出，属计算值。', ...cbdcNotes],
      datasets: ['trends-2020/cbdc-attitudes', 'trends-2020/stated-figures'],
      chart: {
        type: 'waffle',
        parts: attitudeGroups.map((g) => ({ label: ATTITUDE_LABELS[g.attitude], value: g.rows.length })),
        options: { valueLabel: '表 5 所列国家', unit: '国' },
      },
      table: table(
        [text('attitude', '态度'), num('countries', '国家数（计算值）'), text('names', '国家')],
        attitudeGroups.map((g) => ({ attitude: ATTITUDE_LABELS[g.attitude], countries: g.rows.length, names: g.rows.map((r) => r.country_zh).join('、') })),
      ),
    },
    {
      id: 'b-dcep-red-packets',
      report: REPORT,
      chapter: 'comparison',
      ref: null,
      title: `苏州发放的数字人民币红包总额 ${formatWan(dcepSuzhou.value)}元，是深圳的 ${formatTrimmed(dcepSuzhou.value / dcepSz.value, 1)} 倍`,
      subtitle: `两次数字人民币红包试点的发放总额（深圳 ${yearMonth(required(dcepSz.period, 'Shenzhen pilot month'))}，苏州 ${yearMonth(required(dcepSuzhou.period, 'Suzhou pilot month'))}）`,
      source: sourceLine(META, '贰.05 法定数字货币'),
      notes: [
        '倍数由两地总额相除得出，属计算值。',
        '深圳的红包个数、苏州的单个红包金额报告都没有写出；虽可由总额与另一项相除推得，本图不作推算，表中留空。',
        `参与银行数由试点银行名单计数，属计算值：深圳 ${dcepSzBanksCounted} 家${dcepSzBanksCounted === dcepSzBanksStated.value ? '，与正文所说的四大国有银行一致' : `，正文却说 ${qualified(dcepSzBanksStated)} 家`}；苏州的家数报告未直接写出。`,
      ],
      datasets: ['trends-2020/stated-figures', 'trends-2020/dcep-pilot-banks'],
      chart: {
        type: 'ranked-bars',
        rows: dcep.map((p) => ({ label: p.city, value: p.total.value })),
        options: { valueLabel: '红包发放总额', unit: '元', format: { style: 'wan', unit: '元' } },
      },
      table: table(
        [text('city', '试点城市'), text('month', '时间'), num('total', '发放总额（元）'), num('packets', '红包个数'), num('per_packet', '单个红包金额（元）'), num('banks', '参与银行（家，计数）')],
        dcep.map((p) => ({
          city: p.city,
          month: p.total.period ? yearMonth(p.total.period) : null,
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
      title: `跨境人民币贸易融资转让平台首批 ${qualified(tfTotal)} 家机构中，境外机构 ${qualified(tfForeign)} 家${tfForeign.value > tfDomestic.value ? '，多于境内' : tfForeign.value < tfDomestic.value ? '，少于境内' : '，与境内相当'}`,
      subtitle: `${datesIn(required(tfTotal.period, 'platform launch'))}的首批参与机构，分境内与境外，一格代表一家（覆盖 ${qualified(tfContinents)} 个大洲、${qualified(tfCountries)} 个国家和地区）`,
      source: sourceLine(META, '贰.05 区块链+跨境业务'),
      notes:
        tfDomestic.value + tfForeign.value === tfTotal.value
          ? [`境内 ${qualified(tfDomestic)} 家与境外 ${qualified(tfForeign)} 家相加等于报告所说的首批 ${qualified(tfTotal)} 家。`]
          : [`境内 ${qualified(tfDomestic)} 家与境外 ${qualified(tfForeign)} 家相加为 ${tfDomestic.value + tfForeign.value} 家，与报告所说的首批 ${qualified(tfTotal)} 家不一致。`],
      datasets: ['trends-2020/stated-figures'],
      chart: {
        type: 'waffle',
        parts: [
          { label: '境内机构', value: tfDomestic.value },
          { label: '境外机构', value: tfForeign.value },
        ],
        options: { valueLabel: '首批参与机构', unit: '家' },
      },
      table: table(
        [text('group', '机构'), num('institutions', '数量（家）')],
        [
          { group: '境内机构', institutions: tfDomestic.value },
          { group: '境外机构', institutions: tfForeign.value },
          { group: '合计（报告所述）', institutions: tfTotal.value },
        ],
      ),
    },
  ];
}
