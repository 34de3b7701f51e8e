/**
 * Consistency checks for report A (2021 blockchain patent quality report).
 *
 * A figure the prose states is compared with what the tables (or other stated
 * figures) compute, allowing for the way the report wrote it: "19%" stands for
 * 18.5–19.5, "1.16 万" for 11550–11650, "6227 件" for 6227 exactly, and 近, 约
 * and 超过 as src/data/qualifiers.ts defines them.
 *
 * Where the report's own figures disagree, the check pins the disagreement at
 * the numbers the dataset notes document, so a change in the data (or a
 * corrected figure) makes the build stop and the note be revisited.
 */
import type { Check } from '../../../data/checks.ts';
import {
  antGlobalGrantShareDisagreement,
  antLeadsTop50,
  antSharesMatchCounts,
  leadingCompaniesMatchTop50,
  pingAnVersusTencent,
  top50ChinaCountDisagreement,
  top50CountryCountsMatchText,
  top50IsARanking,
} from './companies.ts';
import {
  chinaGrantsSplit,
  chinaVersusUnitedStates,
  citationDistribution,
  citationGapDisagreement,
  cnipaShareDisagreement,
  countryComparisonIsCoherent,
  countryRatesMatchCounts,
  overseasBigFilers,
  repeatedFiguresAgree,
} from './countries.ts';
import {
  applicationBandsMatchText,
  applicationSubRowsAmbiguity,
  financeGrantRateDisagreement,
  industriesAreCoherent,
  industriesMatchText,
} from './tables.ts';

export * from './companies.ts';
export * from './countries.ts';
export * from './tables.ts';

export const PATENTS_2021_CHECKS: readonly Check[] = [
  top50IsARanking,
  top50CountryCountsMatchText,
  top50ChinaCountDisagreement,
  antLeadsTop50,
  pingAnVersusTencent,
  leadingCompaniesMatchTop50,
  antSharesMatchCounts,
  antGlobalGrantShareDisagreement,
  countryComparisonIsCoherent,
  countryRatesMatchCounts,
  chinaVersusUnitedStates,
  citationGapDisagreement,
  chinaGrantsSplit,
  cnipaShareDisagreement,
  overseasBigFilers,
  citationDistribution,
  repeatedFiguresAgree,
  applicationBandsMatchText,
  applicationSubRowsAmbiguity,
  industriesAreCoherent,
  industriesMatchText,
  financeGrantRateDisagreement,
];
