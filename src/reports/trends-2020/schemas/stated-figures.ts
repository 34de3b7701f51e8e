import { statedFiguresDataset } from '../../../data/stated-figures.ts';
import { dataset } from './dataset.ts';

/** Single figures report B states in its prose (and the totals printed under its tables); its notes are in ../text/. */
export const trendsStatedFigures = statedFiguresDataset(dataset, 126);
