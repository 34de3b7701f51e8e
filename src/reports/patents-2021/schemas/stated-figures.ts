import { statedFiguresDataset, type StatedFigure } from '../../../data/stated-figures.ts';
import { dataset } from './dataset.ts';

/** Report A's single figures from the prose, one per row (ids such as `cn_granted_cnipa`, `top50_count_cn`); the notes on its disagreements are in ../text/. */
export const patentsStatedFigures = statedFiguresDataset(dataset, 80);

export type PatentsStatedFigure = StatedFigure;
