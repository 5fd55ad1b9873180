/**
 * The EBCD stage each municipality has reached (issue 12 §7), derived from the activities held there:
 * interviews → feedback meetings (separate) → joint meeting → co-design workshop → course → closing.
 * The furthest stage with a held activity counts; a programme-wide closing event counts for every
 * municipality. Touchpoints and target areas are counted beside it as evidence of the work.
 */
import { and, count, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import type { ProgrammeScope } from '../access/actor.js';
import { activities } from '../activities/schema.js';
import { listProgrammeMunicipalities } from '../programmes/municipalities.js';
import { codesignTargetAreas, codesignTouchpoints } from './schema.js';
import { ebcdStages, type EbcdStage } from './vocabulary.js';

/** Which stage a held activity marks, or null for one outside the EBCD sequence. */
export function stageOfActivity(a: { typeKey: string; variant: string | null }): EbcdStage | null {
  switch (a.typeKey) {
    case 'interview': return 'interviews';
    case 'feedback_meeting': return a.variant === 'joint' ? 'joint_meeting' : 'feedback_meetings';
    case 'codesign_workshop': return 'codesign_workshop';
    case 'training_course': return 'course';
    case 'closing_event': return 'closing';
    default: return null;
  }
}

/** The furthest stage among the held activities ('none' without any). */
export function stageReached(held: { typeKey: string; variant: string | null }[]): EbcdStage {
  let best = 0;
  for (const a of held) {
    const s = stageOfActivity(a);
    if (s) best = Math.max(best, ebcdStages.indexOf(s));
  }
  return ebcdStages[best];
}

export async function ebcdStageByMunicipality(db: Executor, programmeId: string, scope: ProgrammeScope) {
  const municipalities = await listProgrammeMunicipalities(db, programmeId, scope.municipalities);
  const held = await db
    .select({ municipalityId: activities.municipalityId, typeKey: activities.typeKey, variant: activities.variant })
    .from(activities)
    .where(and(eq(activities.programmeId, programmeId), eq(activities.status, 'held')));
  const ids = municipalities.map((m) => m.id);
  const tally = async (table: typeof codesignTouchpoints | typeof codesignTargetAreas) =>
    ids.length
      ? new Map((await db.select({ m: table.municipalityId, n: count() }).from(table).where(and(eq(table.programmeId, programmeId), isNotNull(table.municipalityId), inArray(table.municipalityId, ids))).groupBy(table.municipalityId)).map((r) => [r.m!, r.n]))
      : new Map<string, number>();
  const touchpoints = await tally(codesignTouchpoints);
  const targetAreas = await tally(codesignTargetAreas);
  return municipalities.map((m) => {
    const stage = stageReached(held.filter((a) => a.municipalityId === m.id || (a.municipalityId === null && a.typeKey === 'closing_event')));
    const i = ebcdStages.indexOf(stage);
    return { municipalityId: m.id, name: m.name, stage, stageIndex: i, next: i + 1 < ebcdStages.length ? ebcdStages[i + 1] : null, touchpoints: touchpoints.get(m.id) ?? 0, targetAreas: targetAreas.get(m.id) ?? 0 };
  });
}
