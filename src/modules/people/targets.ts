import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { conflict } from '../../lib/errors.js';
import type { Actor } from '../access/actor.js';
import { recordAudit } from '../audit/record.js';
import { getProgrammeMunicipality, listProgrammeMunicipalities } from '../programmes/municipalities.js';
import { assertWritable, getProgramme } from '../programmes/programmes.js';
import { codesignPlan } from './activity-types.js';
import { recruitmentTargets, type ParticipantRole } from './schema.js';

export interface TargetInput {
  activityType: string;
  role: ParticipantRole;
  /** null: a target for the programme as a whole. */
  municipalityId: string | null;
  target: number;
}

/**
 * The programme's targets as the viewer may see them: a municipal contact sees their own
 * municipalities' targets and the programme-wide ones (which name no municipality), never another
 * municipality's plan.
 */
export async function listTargets(db: Executor, programmeId: string, visible: 'all' | Set<string> = 'all') {
  await getProgramme(db, programmeId);
  const rows = await db
    .select()
    .from(recruitmentTargets)
    .where(eq(recruitmentTargets.programmeId, programmeId))
    .orderBy(asc(recruitmentTargets.activityType), asc(recruitmentTargets.role));
  return visible === 'all' ? rows : rows.filter((r) => r.municipalityId === null || visible.has(r.municipalityId));
}

/** Sets one target; 0 removes it, so "no target" and "target 0" never both exist. */
export async function setTarget(db: Executor, actor: Actor, programmeId: string, input: TargetInput, requestId?: string) {
  assertWritable(await getProgramme(db, programmeId));
  if (input.municipalityId) await getProgrammeMunicipality(db, programmeId, input.municipalityId);
  const where = and(
    eq(recruitmentTargets.programmeId, programmeId),
    eq(recruitmentTargets.activityType, input.activityType),
    eq(recruitmentTargets.role, input.role),
    input.municipalityId ? eq(recruitmentTargets.municipalityId, input.municipalityId) : isNull(recruitmentTargets.municipalityId),
  );
  const [before] = await db.select().from(recruitmentTargets).where(where);
  if (input.target === 0) {
    if (before) await db.delete(recruitmentTargets).where(eq(recruitmentTargets.id, before.id));
  } else if (before) {
    await db.update(recruitmentTargets).set({ target: input.target }).where(eq(recruitmentTargets.id, before.id));
  } else {
    await db.insert(recruitmentTargets).values({ programmeId, ...input });
  }
  await recordAudit(db, { actorId: actor.userId, action: 'target.set', entity: 'recruitment_target', entityId: before?.id ?? null, programmeId, before: before ?? null, after: input, requestId });
  return input;
}

/**
 * "Apply the plan": the codesign plan's targets for every municipality of the programme. Targets a
 * coordinator has already set are kept (the plan fills gaps, it never overwrites a decision).
 */
export async function applyCodesignPlan(db: Executor, actor: Actor, programmeId: string, requestId?: string) {
  const programme = await getProgramme(db, programmeId);
  assertWritable(programme);
  if (programme.kind !== 'codesign') throw conflict('people.errors.planOnlyForCodesign');
  const municipalities = await listProgrammeMunicipalities(db, programmeId, 'all');
  const values = municipalities.flatMap((m) => codesignPlan.map((row) => ({ programmeId, municipalityId: m.id, ...row })));
  const created = values.length ? await db.insert(recruitmentTargets).values(values).onConflictDoNothing().returning({ id: recruitmentTargets.id }) : [];
  await recordAudit(db, { actorId: actor.userId, action: 'target.apply_plan', entity: 'programme', entityId: programmeId, programmeId, after: { created: created.length }, requestId });
  return created.length;
}
