/**
 * The golden thread's last link: the course modules (C1's course-schema.ts) that answer target areas,
 * and back from a module to its target areas.
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { notFound } from '../../lib/errors.js';
import { codesignCourseModuleTargetAreas, codesignCourseModules } from './course-schema.js';

export async function threadModules(db: Executor, programmeId: string, targetAreaIds: string[]): Promise<Map<string, { id: string; title: string }[]>> {
  const out = new Map<string, { id: string; title: string }[]>();
  if (targetAreaIds.length === 0) return out;
  const rows = await db
    .select({ targetAreaId: codesignCourseModuleTargetAreas.targetAreaId, id: codesignCourseModules.id, title: codesignCourseModules.title })
    .from(codesignCourseModuleTargetAreas)
    .innerJoin(codesignCourseModules, eq(codesignCourseModules.id, codesignCourseModuleTargetAreas.moduleId))
    .where(and(eq(codesignCourseModules.programmeId, programmeId), inArray(codesignCourseModuleTargetAreas.targetAreaId, targetAreaIds)))
    .orderBy(asc(codesignCourseModules.position), asc(codesignCourseModules.title));
  for (const r of rows) out.set(r.targetAreaId, [...(out.get(r.targetAreaId) ?? []), { id: r.id, title: r.title }]);
  return out;
}

export async function threadTargetAreasOfModule(db: Executor, programmeId: string, moduleId: string): Promise<string[]> {
  const [module] = await db.select({ id: codesignCourseModules.id }).from(codesignCourseModules).where(and(eq(codesignCourseModules.id, moduleId), eq(codesignCourseModules.programmeId, programmeId)));
  if (!module) throw notFound();
  return (await db.select({ id: codesignCourseModuleTargetAreas.targetAreaId }).from(codesignCourseModuleTargetAreas).where(eq(codesignCourseModuleTargetAreas.moduleId, moduleId))).map((r) => r.id);
}

/** All modules of the programme, for the thread page's picker. */
export async function moduleChoices(db: Executor, programmeId: string) {
  return db.select({ id: codesignCourseModules.id, title: codesignCourseModules.title }).from(codesignCourseModules).where(eq(codesignCourseModules.programmeId, programmeId)).orderBy(asc(codesignCourseModules.position));
}
