/**
 * The training course (issue 12 §6): modules, each answering one or more target areas, with their
 * materials as versioned documents, and the programme's values document ("Verdigrunnlag", seed 004
 * §3.2 d). Materials and the values document use the one document mechanism (`modules/documents`).
 */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { invalidField, notFound } from '../../lib/errors.js';
import type { Actor } from '../access/actor.js';
import { recordAudit } from '../audit/record.js';
import { createAuthoredDocument, deleteAuthoredDocuments, listAuthoredDocuments, listVersions, type AuthoredDocument } from '../documents/documents.js';
import { assertWritable, getProgramme } from '../programmes/programmes.js';
import { codesignCourseModules, codesignCourseModuleTargetAreas } from './course-schema.js';
import { codesignTargetAreas } from './schema.js';

export const materialKind = 'course_module_material';
export const valuesKind = 'values_document';
export type CourseModuleRow = typeof codesignCourseModules.$inferSelect;

export interface ModuleInput {
  title: string;
  aims?: string;
  targetAreaIds: string[];
  position?: number;
}

/** Every target area named must be one of the programme's. */
async function checkTargetAreas(db: Executor, programmeId: string, ids: string[]) {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return unique;
  const found = await db.select({ id: codesignTargetAreas.id }).from(codesignTargetAreas).where(and(eq(codesignTargetAreas.programmeId, programmeId), inArray(codesignTargetAreas.id, unique)));
  if (found.length !== unique.length) throw invalidField('targetAreaIds', 'course.errors.unknownTargetArea');
  return unique;
}

export async function getCourseModule(db: Executor, programmeId: string, moduleId: string): Promise<CourseModuleRow> {
  const [row] = await db.select().from(codesignCourseModules).where(and(eq(codesignCourseModules.programmeId, programmeId), eq(codesignCourseModules.id, moduleId)));
  if (!row) throw notFound();
  return row;
}

export async function createCourseModule(db: Executor, actor: Actor, programmeId: string, input: ModuleInput, requestId?: string): Promise<CourseModuleRow> {
  assertWritable(await getProgramme(db, programmeId));
  const areas = await checkTargetAreas(db, programmeId, input.targetAreaIds);
  const [{ next }] = await db.select({ next: sql<number>`coalesce(max(${codesignCourseModules.position}), 0) + 1` }).from(codesignCourseModules).where(eq(codesignCourseModules.programmeId, programmeId));
  const [row] = await db.insert(codesignCourseModules).values({ programmeId, title: input.title.trim(), aims: input.aims?.trim() ?? '', position: input.position ?? Number(next), createdBy: actor.userId }).returning();
  if (areas.length) await db.insert(codesignCourseModuleTargetAreas).values(areas.map((targetAreaId) => ({ moduleId: row.id, targetAreaId })));
  await recordAudit(db, { actorId: actor.userId, action: 'codesign.course_module.create', entity: 'codesign_course_module', entityId: row.id, programmeId, after: { targetAreas: areas.length }, requestId });
  return row;
}

export async function updateCourseModule(db: Executor, actor: Actor, programmeId: string, moduleId: string, patch: Partial<ModuleInput>, requestId?: string) {
  assertWritable(await getProgramme(db, programmeId));
  await getCourseModule(db, programmeId, moduleId);
  const set = { ...(patch.title !== undefined ? { title: patch.title.trim() } : {}), ...(patch.aims !== undefined ? { aims: patch.aims.trim() } : {}), ...(patch.position !== undefined ? { position: patch.position } : {}) };
  await db.update(codesignCourseModules).set({ ...set, updatedAt: new Date() }).where(eq(codesignCourseModules.id, moduleId));
  if (patch.targetAreaIds) {
    const areas = await checkTargetAreas(db, programmeId, patch.targetAreaIds);
    await db.delete(codesignCourseModuleTargetAreas).where(eq(codesignCourseModuleTargetAreas.moduleId, moduleId));
    if (areas.length) await db.insert(codesignCourseModuleTargetAreas).values(areas.map((targetAreaId) => ({ moduleId, targetAreaId })));
  }
  await recordAudit(db, { actorId: actor.userId, action: 'codesign.course_module.update', entity: 'codesign_course_module', entityId: moduleId, programmeId, after: { fields: Object.keys(patch) }, requestId });
}

export async function deleteCourseModule(db: Executor, actor: Actor, programmeId: string, moduleId: string, requestId?: string) {
  assertWritable(await getProgramme(db, programmeId));
  await getCourseModule(db, programmeId, moduleId);
  await deleteAuthoredDocuments(db, actor, programmeId, materialKind, moduleId, requestId);
  await db.delete(codesignCourseModules).where(eq(codesignCourseModules.id, moduleId));
  await recordAudit(db, { actorId: actor.userId, action: 'codesign.course_module.delete', entity: 'codesign_course_module', entityId: moduleId, programmeId, requestId });
}

/** A new material of a module: written in the app or uploaded (.docx, .pptx, .pdf). */
export async function addMaterial(db: Executor, actor: Actor, programmeId: string, moduleId: string, input: { title: string; form: 'written' | 'upload'; body?: string }, requestId?: string) {
  await getCourseModule(db, programmeId, moduleId);
  return createAuthoredDocument(db, actor, programmeId, { ownerKind: materialKind, ownerId: moduleId, title: input.title, form: input.form, body: input.body }, requestId);
}

/** The programme's values document, made on first use (one per programme). */
export async function valuesDocument(db: Executor, actor: Actor | null, programmeId: string, create: boolean, title = 'Verdigrunnlag', requestId?: string): Promise<AuthoredDocument | null> {
  const [existing] = await listAuthoredDocuments(db, programmeId, valuesKind);
  if (existing || !create || !actor) return existing ?? null;
  return createAuthoredDocument(db, actor, programmeId, { ownerKind: valuesKind, title, form: 'written' }, requestId);
}

const summary = async (db: Executor, d: AuthoredDocument) => {
  const versions = await listVersions(db, d.id);
  return { id: d.id, title: d.title, form: d.form, status: d.status, versions: versions.length, updatedAt: d.updatedAt.toISOString() };
};

/** The course as the course page shows it: modules in order with their target areas and materials, and the values document. */
export async function courseOverview(db: Executor, programmeId: string) {
  await getProgramme(db, programmeId);
  const modules = await db.select().from(codesignCourseModules).where(eq(codesignCourseModules.programmeId, programmeId)).orderBy(asc(codesignCourseModules.position), asc(codesignCourseModules.createdAt));
  const links = modules.length ? await db.select().from(codesignCourseModuleTargetAreas).where(inArray(codesignCourseModuleTargetAreas.moduleId, modules.map((m) => m.id))) : [];
  const areas = await db.select({ id: codesignTargetAreas.id, title: codesignTargetAreas.title, municipalityId: codesignTargetAreas.municipalityId }).from(codesignTargetAreas).where(eq(codesignTargetAreas.programmeId, programmeId)).orderBy(asc(codesignTargetAreas.position));
  const materials = await listAuthoredDocuments(db, programmeId, materialKind, modules.map((m) => m.id));
  const values = await valuesDocument(db, null, programmeId, false);
  const areaById = new Map(areas.map((a) => [a.id, a]));
  return {
    targetAreas: areas,
    valuesDocument: values ? await summary(db, values) : null,
    modules: await Promise.all(modules.map(async (m) => ({
      id: m.id, title: m.title, aims: m.aims, position: m.position,
      targetAreas: links.filter((l) => l.moduleId === m.id).map((l) => areaById.get(l.targetAreaId)).filter((a): a is (typeof areas)[number] => !!a).map((a) => ({ id: a.id, title: a.title })),
      materials: await Promise.all(materials.filter((d) => d.ownerId === m.id).map((d) => summary(db, d))),
    }))),
  };
}
