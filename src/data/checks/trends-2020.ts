import type { Check } from './support.ts';

export const TRENDS_2020_CHECKS: readonly Check[] = [];
