import { describe, expect, it } from 'vitest';
import { languages, translate } from '../../i18n/index.js';
import { unavailableReasons } from './result.js';

// Every "cannot be computed because …" reason, test name and recommendation reason has a sentence in
// bokmål, nynorsk and English, so no raw code ever reaches a screen or a report.
const recommendationReasons = ['differences_consistent_with_normality', 'differences_not_normal', 'too_few_pairs_to_check_normality', 'normality_not_checkable', 'only_wilcoxon_computable', 'only_t_computable', 'no_test_computable'];

describe('statistics messages', () => {
  it.each(languages)('%s translates every reason key', (lang) => {
    const keys = [
      ...unavailableReasons.map((r) => `statistics.unavailable.${r}`),
      ...['paired_t', 'wilcoxon_signed_rank', 'none'].map((r) => `statistics.tests.${r}`),
      ...['exact', 'normal_approximation'].map((r) => `statistics.wilcoxon.${r}`),
      ...recommendationReasons.map((r) => `statistics.reasons.${r}`),
    ];
    for (const key of keys) expect(translate(lang, key), key).not.toBe(key);
  });
});
