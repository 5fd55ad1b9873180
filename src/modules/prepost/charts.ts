/**
 * The three charts of one scale for one group (a course or pooled), built from the same pairs and
 * results as the tables. A group the viewer may not see in detail (small cell) gets empty charts.
 */
import type { Language } from '../../i18n/index.js';
import type { PrePostAnalysis } from './analyse.js';
import { scaleValues } from './analyse.js';
import { distributionChart } from './charts/distribution.js';
import { forestPlot } from './charts/forest.js';
import { pairedDotPlot } from './charts/paired-dots.js';
import type { Chart, Translate } from '../../lib/charts/svg.js';
import { matchPrePostPairs } from './pairing.js';
import { forestRows } from './rows.js';
import { localText } from './service.js';
import type { PrePostInput } from './types.js';

export interface ScaleCharts {
  scale: string;
  group: string;
  paired: Chart;
  forest: Chart;
  distribution: Chart;
}

export function scaleCharts(input: PrePostInput, analysis: PrePostAnalysis, scaleName: string, group: string, lang: Language, t: Translate): ScaleCharts | null {
  const result = analysis.scales.find((s) => s.scale.name === scaleName);
  if (!result) return null;
  const groupResult = group === 'pooled' ? result.pooled : group === 'later' ? result.later : result.courses.find((c) => c.key === group);
  if (!groupResult) return null;
  const pairings = matchPrePostPairs(input.courses, input.responses);
  const laterKeys = new Set(input.courses.filter((c) => !c.isPilot).map((c) => c.waveGroupId));
  const pairs = groupResult.suppressed ? []
    : group === 'pooled' ? [...pairings.values()].flatMap((p) => p.pairs)
    : group === 'later' ? [...pairings.entries()].filter(([k]) => laterKeys.has(k)).flatMap(([, p]) => p.pairs)
    : (pairings.get(group)?.pairs ?? []);
  const { pre, post } = scaleValues(pairs, scaleName);
  const values = { pre: pre as number[], post: post as number[] };
  const scaleLabel = localText(result.scale.label, lang) || scaleName;
  const groupLabel = group === 'pooled' ? t('prepost.pooled') : group === 'later' ? t('prepost.laterPooled') : groupResult.label;
  const common = { key: `${scaleName}${group}`, scaleLabel, groupLabel, min: result.scale.min, max: result.scale.max, ...values };
  return {
    scale: scaleName,
    group,
    paired: pairedDotPlot(common, lang, t),
    forest: forestPlot(scaleName, scaleLabel, forestRows(result, t), lang, t),
    distribution: distributionChart(common, lang, t),
  };
}
