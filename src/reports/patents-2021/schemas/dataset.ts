/** The builder of this report's datasets: ids under patents-2021/, words from ../text/<locale>.json. */
import { datasetsOf } from '../../../data/dataset.ts';
import en from '../text/en.json' with { type: 'json' };
import zhCN from '../text/zh-CN.json' with { type: 'json' };
import { META } from '../meta.ts';

export const dataset = datasetsOf(META.id, { 'zh-CN': zhCN.datasets, en: en.datasets });
