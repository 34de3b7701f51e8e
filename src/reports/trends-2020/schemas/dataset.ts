/** The builder of this report's datasets: ids under trends-2020/, words from ../text/<locale>.json. */
import { datasetsOf } from '../../../data/dataset.ts';
import en from '../text/en.json' with { type: 'json' };
import zhCN from '../text/zh-CN.json' with { type: 'json' };
import { META } from '../meta.ts';

export const dataset = datasetsOf(META.id, { 'zh-CN': zhCN.datasets, en: en.datasets });
