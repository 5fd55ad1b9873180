import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { invalidField } from '../../lib/errors.js';
import type { Actor } from '../access/actor.js';
import { recordAudit } from '../audit/record.js';
import { listProgrammeMunicipalities } from '../programmes/municipalities.js';
import { assertWritable, getProgramme } from '../programmes/programmes.js';
import { activities, activityDependencies } from './schema.js';
import { planFromTemplate, type PlanTemplate } from './templates.js';
import { listActivityTypes } from './types.js';

/**
 * Generates a programme's plan from a template. Idempotent: activities are matched by their plan key,
 * so running it again (e.g. after adding a municipality) adds only what is missing and never touches
 * what was scheduled, moved or cancelled.
 */
export async function generatePlan(db: Executor, actor: Actor, programmeId: string, template: PlanTemplate, requestId?: string) {
  assertWritable(await getProgramme(db, programmeId));
  const municipalities = await listProgrammeMunicipalities(db, programmeId, 'all');
  const planned = planFromTemplate(template, municipalities);
  if (template !== 'governance' && municipalities.length === 0) throw invalidField('template', 'activities.errors.noMunicipalities');
  const types = new Map((await listActivityTypes(db, programmeId)).map((t) => [t.key, t]));
  const inserted = await db
    .insert(activities)
    .values(
      planned.map((p) => {
        const type = types.get(p.typeKey)!;
        return {
          programmeId, municipalityId: p.municipalityId, typeKey: p.typeKey, variant: p.variant, ordinal: p.ordinal, planKey: p.planKey, title: '',
          isPilot: p.isPilot, durationMinutes: type.defaultDurationMinutes + (p.isPilot ? type.pilotExtraMinutes : 0), mode: type.mode,
          capacity: type.defaultCapacity,
        };
      }),
    )
    .onConflictDoNothing()
    .returning({ id: activities.id });
  const rows = await db
    .select({ id: activities.id, planKey: activities.planKey })
    .from(activities)
    .where(and(eq(activities.programmeId, programmeId), inArray(activities.planKey, planned.map((p) => p.planKey))));
  const idOf = new Map(rows.map((r) => [r.planKey!, r.id]));
  const edges = planned.flatMap((p) => p.after.map((a) => ({ activityId: idOf.get(p.planKey)!, afterActivityId: idOf.get(a)! })));
  for (let i = 0; i < edges.length; i += 1000) await db.insert(activityDependencies).values(edges.slice(i, i + 1000)).onConflictDoNothing();
  await recordAudit(db, { actorId: actor.userId, action: 'activity.plan.generate', entity: 'programme', entityId: programmeId, programmeId, after: { template, created: inserted.length }, requestId });
  return { created: inserted.length, existing: planned.length - inserted.length, activities: planned.length };
}
