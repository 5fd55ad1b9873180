/**
 * The emotional map's data: touchpoints of the programme (pooled) or one municipality, optionally one
 * role, grouped in cells (stage × role). A cell with fewer touchpoints than the programme's
 * small-cell threshold is hidden — points, quotes and count — for viewers who may not see small
 * cells and in anything shareable (the .svg download); coordinators and researchers see all on screen.
 */
import type { Executor } from '../../db/client.js';
import { translate, type Language } from '../../i18n/index.js';
import { mayShowSmallCells, protectCount } from '../../lib/small-cells.js';
import type { Actor, ProgrammeScope } from '../access/actor.js';
import { getProgramme } from '../programmes/programmes.js';
import { emotionalMapChart, type MapCell, type MapPoint } from './emotional-map-chart.js';
import { journeyStages, stageLabel } from './journey.js';
import { quotesFor, type Quote } from './quotes.js';
import { listTouchpoints } from './touchpoints.js';
import { touchpointRoles, type TouchpointRole } from './vocabulary.js';

export interface EmotionalMapQuery {
  municipalityId?: string;
  role?: TouchpointRole;
  /** For a download or report: small cells always hidden. */
  shareable?: boolean;
}

export async function loadEmotionalMap(db: Executor, actor: Actor, scope: ProgrammeScope, programmeId: string, q: EmotionalMapQuery, lang: Language) {
  const programme = await getProgramme(db, programmeId);
  const threshold = programme.smallCellThreshold;
  const mayShowSmall = mayShowSmallCells({ roles: scope.roles, isAdmin: actor.isAdmin }, { shareable: q.shareable });
  const stages = await journeyStages(db, programmeId);
  const all = await listTouchpoints(db, programmeId, { municipalityId: q.municipalityId, role: q.role, visible: scope.municipalities });
  const cells: MapCell[] = [];
  const hiddenCells = new Set<string>();
  for (const stage of stages) {
    for (const role of touchpointRoles) {
      const inCell = all.filter((tp) => tp.stageId === stage.id && tp.role === role);
      if (q.role && role !== q.role) continue;
      const protectedCount = protectCount(inCell.length, threshold, mayShowSmall);
      if (protectedCount.suppressed) hiddenCells.add(`${stage.id}:${role}`);
      const mean = inCell.length && !protectedCount.suppressed ? inCell.reduce((s, tp) => s + tp.valence, 0) / inCell.length : null;
      cells.push({ stageId: stage.id, role, count: protectedCount.value, meanValence: mean, suppressed: protectedCount.suppressed });
    }
  }
  const shown = all.filter((tp) => !hiddenCells.has(`${tp.stageId}:${tp.role}`));
  const quotes = await quotesFor(db, programmeId, shown.map((tp) => tp.codingId), lang, new Map(shown.map((tp) => [tp.codingId, tp.role])));
  const t = (key: string, vars?: Record<string, string | number>) => translate(lang, key, vars);
  const points = shown.map((tp, i): MapPoint & { emotion: string; stageLabel: string; quote: Quote } => ({
    id: tp.id, n: i + 1, stageId: tp.stageId, role: tp.role, valence: tp.valence, emotion: tp.emotion,
    emotionLabel: t(`codesign.emotion.${tp.emotion}`), stageLabel: '', quote: quotes.get(tp.codingId)!,
  }));
  const mapStages = stages.map((s) => ({ id: s.id, key: s.key, label: stageLabel(s, lang) }));
  const labels = new Map(mapStages.map((s) => [s.id, s.label]));
  for (const p of points) p.stageLabel = labels.get(p.stageId) ?? '';
  const chart = emotionalMapChart(q.municipalityId ?? 'pooled', mapStages, points, cells, lang, t);
  return { threshold, suppressing: !mayShowSmall, stages: mapStages, cells, points, chart };
}
