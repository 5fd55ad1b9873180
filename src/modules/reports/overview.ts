/**
 * The programme overview that says what to do next (issue 14 §1): progress against the plan per
 * municipality and what needs attention today, from the same data the other pages show.
 */
import type { Executor } from '../../db/client.js';
import type { Language } from '../../i18n/index.js';
import { mayShowSmallCells } from '../../lib/small-cells.js';
import type { Actor, ProgrammeScope } from '../access/actor.js';
import { authorizeActivities } from '../activities/policy.js';
import { authorizeAnalysis } from '../analysis/policy.js';
import { authorizeImprovement } from '../improvement/policy.js';
import { getProgramme } from '../programmes/programmes.js';
import { authorizeQuestionnaires } from '../questionnaires/policy.js';
import { attentionLines, type AttentionKind, type AttentionLine } from './attention.js';
import { progressView, type ProgressView } from './progress.js';

export interface ProgrammeOverview extends ProgressView {
  kind: string;
  threshold: number;
  /** Whether counts of 1..threshold-1 people are hidden for this viewer. */
  suppressing: boolean;
  attention: AttentionLine[];
}

/** Whether a policy lets the actor in (each owning module's own rule decides). */
const allows = (check: () => unknown) => { try { check(); return true; } catch { return false; } };

/**
 * The attention lines the actor may act on: a line whose page the actor may not open (a municipal
 * contact and the analysis pages, say) is left out rather than shown as a dead end.
 */
function actionableKinds(actor: Actor, programmeId: string, kind: string): Set<AttentionKind> {
  const kinds = new Set<AttentionKind>();
  if (allows(() => authorizeActivities(actor, 'activity.read', { programmeId }))) kinds.add('invitations').add('followUps');
  if (allows(() => authorizeQuestionnaires(actor, 'surveys.read', { programmeId }))) kinds.add('surveys');
  if (kind === 'learning_network' && allows(() => authorizeImprovement(actor, 'improvement.read', { programmeId }))) kinds.add('measures');
  if (allows(() => authorizeAnalysis(actor, 'analysis.read', { programmeId }))) kinds.add('documents');
  return kinds;
}

export async function programmeOverview(db: Executor, actor: Actor, scope: ProgrammeScope, programmeId: string, lang: Language, now = new Date()): Promise<ProgrammeOverview> {
  const programme = await getProgramme(db, programmeId);
  const mayShowSmall = mayShowSmallCells({ roles: scope.roles, isAdmin: actor.isAdmin });
  const progress = await progressView(db, programme, scope, mayShowSmall, lang);
  const attention = await attentionLines(db, programmeId, { visible: scope.municipalities, mayShowSmall, threshold: programme.smallCellThreshold, lang, now, kinds: actionableKinds(actor, programmeId, programme.kind) });
  return { kind: programme.kind, threshold: programme.smallCellThreshold, suppressing: !mayShowSmall, ...progress, attention };
}
