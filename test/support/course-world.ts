import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { svgToPng } from '../../src/lib/charts/png.js';
import { codesignCourseHolders, codesignCourseModules, codesignGroups, codesignWorkshopItems } from '../../src/modules/codesign/course-schema.js';
import { codesignTargetAreas } from '../../src/modules/codesign/schema.js';
import { authoredDocumentComments, authoredDocumentImages, authoredDocuments, authoredDocumentSuggestions, authoredDocumentVersions } from '../../src/modules/documents/schema.js';
import { groups } from '../../src/modules/groups/schema.js';
import { apiPrefix } from './openapi-operations.js';
import type { TestApp } from './app.js';
import type { World } from './world.js';

/**
 * The course, its documents and co-design groups in P1 and P2 for the authorization walk (C1):
 * per programme a target area, a co-design workshop linked to a co-design group with a photo, a
 * module, a course holder and an uploaded document with a version, an image and a comment.
 */
type Scope = 'none' | 'A' | 'B' | 'other' | 'cross' | 'unknown';
type Role = 'coordinator' | 'researcher' | 'municipal_contact' | 'facilitator' | 'observer';
interface Fixture { programmeId: string; municipalityId: string; participantId: string; targetAreaId: string; activityId: string; ids: Record<string, string> }
interface Temp { id: string; ids: Record<string, string>; remove(): Promise<void> }

export const tinyPng = () => svgToPng('<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"><rect width="4" height="4" fill="#036"/></svg>', 4);
const png = tinyPng();
let fixtures: { p1?: Fixture; p2?: Fixture } = {};
/** The version made by the last throwaway document, for bodies that must name it. */
let lastVersionId: string = randomUUID();

export async function buildCourseWorld(t: TestApp, world: World) {
  const db = t.database.db;
  const admin = world.callers.admin;
  const post = async (path: string, body: unknown) => {
    const res = await t.call('POST', `${apiPrefix}${path}`, { as: admin, body });
    if (!res.ok) throw new Error(`course fixture: POST ${path} answered ${res.status}: ${await res.text()}`);
    return res.status === 204 ? {} : ((await res.json()) as any);
  };
  const build = async (programmeId: string, municipalityId: string, participantId: string): Promise<Fixture> => {
    const [area] = await db.insert(codesignTargetAreas).values({ programmeId, title: 'Målområde' }).returning();
    const activityId = (await post(`/programmes/${programmeId}/activities`, { typeKey: 'codesign_workshop', municipalityId })).id as string;
    const codesignGroupId = (await post(`/programmes/${programmeId}/codesign/groups`, { targetAreaId: area.id })).id as string;
    await post(`/programmes/${programmeId}/codesign/groups/${codesignGroupId}/workshops`, { activityId });
    const [photo] = await db.insert(codesignWorkshopItems).values({ programmeId, codesignGroupId, activityId, kind: 'board_photo', image: png, imageType: 'image/png' }).returning();
    const courseModuleId = (await post(`/programmes/${programmeId}/codesign/course/modules`, { title: 'Modul', targetAreaIds: [area.id] })).id as string;
    const courseHolderId = (await post(`/programmes/${programmeId}/codesign/course/holders`, { municipalityId, participantId })).id as string;
    const [doc] = await db.insert(authoredDocuments).values({ programmeId, ownerKind: 'course_module_material', ownerId: courseModuleId, title: 'Lysark', form: 'upload' }).returning();
    const [version] = await db.insert(authoredDocumentVersions).values({ documentId: doc.id, number: 1, fileName: 'lysark.pdf', fileType: 'pdf', fileBytes: Buffer.from('%PDF-1.4\n%%EOF\n') }).returning();
    const [image] = await db.insert(authoredDocumentImages).values({ documentId: doc.id, contentType: 'image/png', bytes: png, width: 4, height: 4 }).returning();
    const [comment] = await db.insert(authoredDocumentComments).values({ documentId: doc.id, versionId: version.id, body: 'Fint' }).returning();
    return {
      programmeId, municipalityId, participantId, targetAreaId: area.id, activityId,
      ids: { codesignGroupId, workshopItemId: photo.id, courseModuleId, courseHolderId, authoredDocumentId: doc.id, docVersionId: version.id, docImageId: image.id, docCommentId: comment.id, docSuggestionId: randomUUID() },
    };
  };
  fixtures = {
    p1: await build(world.p1.id, world.p1.a, world.p1.participants.A),
    p2: await build(world.p2.id, world.p2.c, world.p2.participants.C),
  };
  const of = (scope: Scope) => (scope === 'other' || scope === 'cross' ? fixtures.p2! : fixtures.p1!);

  /** A fresh written document (text with one passage to change) and, for accept/reject, a suggestion on it. */
  async function writtenDocument(f: Fixture, withSuggestion: boolean): Promise<Temp> {
    const [doc] = await db.insert(authoredDocuments).values({ programmeId: f.programmeId, ownerKind: 'course_module_material', ownerId: f.ids.courseModuleId, title: 'Kast', form: 'written' }).returning();
    const [version] = await db.insert(authoredDocumentVersions).values({ documentId: doc.id, number: 1, body: 'Recovery handler om håp.' }).returning();
    lastVersionId = version.id;
    const ids: Record<string, string> = { authoredDocumentId: doc.id };
    if (withSuggestion) ids.docSuggestionId = (await db.insert(authoredDocumentSuggestions).values({ documentId: doc.id, versionId: version.id, kind: 'replace', passage: 'håp', text: 'håp og mening' }).returning())[0].id;
    return { id: doc.id, ids, remove: async () => void (await db.delete(authoredDocuments).where(eq(authoredDocuments.id, doc.id))) };
  }

  return {
    ids(scope: Scope): Record<string, string> {
      if (scope === 'unknown') return Object.fromEntries(Object.keys(fixtures.p1!.ids).map((k) => [k, randomUUID()]));
      return of(scope).ids;
    },
    /** For a DELETE: a fresh object for its last path parameter. */
    throwawayFor(param: string, scope: Scope): Promise<Temp> {
      const key = { authoredDocumentId: '/authored-documents/{authoredDocumentId}/lock', workshopItemId: '/items/{workshopItemId}', codesignGroupId: '{codesignGroupId}', courseHolderId: '{courseHolderId}', courseModuleId: '{courseModuleId}' }[param] ?? param;
      return this.throwaway(key, scope);
    },
    async throwaway(opKey: string, scope: Scope): Promise<Temp> {
      const f = of(scope);
      if (opKey.includes('/suggestions/{docSuggestionId}')) return writtenDocument(f, true);
      if (opKey.includes('/authored-documents/')) {
        if (opKey.endsWith('/uploads')) {
          const [doc] = await db.insert(authoredDocuments).values({ programmeId: f.programmeId, ownerKind: 'course_module_material', title: 'Kast', form: 'upload' }).returning();
          return { id: doc.id, ids: { authoredDocumentId: doc.id }, remove: async () => void (await db.delete(authoredDocuments).where(eq(authoredDocuments.id, doc.id))) };
        }
        return writtenDocument(f, false);
      }
      if (opKey.includes('/items/{workshopItemId}')) {
        const [item] = await db.insert(codesignWorkshopItems).values({ programmeId: f.programmeId, codesignGroupId: f.ids.codesignGroupId, activityId: f.activityId, kind: 'idea', text: 'Kast' }).returning();
        return { id: item.id, ids: { workshopItemId: item.id }, remove: async () => void (await db.delete(codesignWorkshopItems).where(eq(codesignWorkshopItems.id, item.id))) };
      }
      if (opKey.includes('{codesignGroupId}')) {
        const [g] = await db.insert(groups).values({ programmeId: f.programmeId, kind: 'codesign_group', name: 'Kast' }).returning();
        const [cg] = await db.insert(codesignGroups).values({ programmeId: f.programmeId, targetAreaId: f.targetAreaId, groupId: g.id }).returning();
        return { id: cg.id, ids: { codesignGroupId: cg.id }, remove: async () => void (await db.delete(groups).where(eq(groups.id, g.id))) };
      }
      if (opKey.includes('{courseHolderId}')) {
        const [h] = await db.insert(codesignCourseHolders).values({ programmeId: f.programmeId, municipalityId: f.municipalityId, participantId: f.participantId }).returning();
        return { id: h.id, ids: { courseHolderId: h.id }, remove: async () => void (await db.delete(codesignCourseHolders).where(eq(codesignCourseHolders.id, h.id))) };
      }
      const [m] = await db.insert(codesignCourseModules).values({ programmeId: f.programmeId, title: 'Kast' }).returning();
      return { id: m.id, ids: { courseModuleId: m.id }, remove: async () => void (await db.delete(codesignCourseModules).where(eq(codesignCourseModules.id, m.id))) };
    },
  };
}

const doc = '/programmes/{programmeId}/authored-documents/{authoredDocumentId}';
const course = '/programmes/{programmeId}/codesign/course';
const groupsPath = '/programmes/{programmeId}/codesign/groups';

/** Operations (besides DELETEs) that change or use up what their path names: each call gets a throwaway from `throwaway(opKey, scope)`. */
export const courseConsuming = new Set([
  `POST ${doc}/lock`, `POST ${doc}/lock/take-over`, `POST ${doc}/versions`, `POST ${doc}/uploads`, `POST ${doc}/images`,
  `POST ${doc}/comments`, `POST ${doc}/suggestions`, `POST ${doc}/suggestions/{docSuggestionId}/accept`, `POST ${doc}/suggestions/{docSuggestionId}/reject`, `POST ${doc}/status`,
]);

/** Who may call each course, document and co-design group route (C1). */
export function courseExpectations<R>(members: (may: Role[]) => R, adminOther: (status: 400, rule: R) => R): Record<string, R> {
  const all: Role[] = ['coordinator', 'researcher', 'municipal_contact', 'facilitator', 'observer'];
  const docWriters: Role[] = ['coordinator', 'researcher', 'facilitator', 'municipal_contact'];
  const courseWriters: Role[] = ['coordinator', 'researcher', 'facilitator'];
  const groupWriters: Role[] = ['coordinator', 'facilitator'];
  return {
    [`GET ${doc}`]: members(all),
    [`PATCH ${doc}`]: members(docWriters),
    [`POST ${doc}/lock`]: members(docWriters),
    [`DELETE ${doc}/lock`]: members(docWriters),
    [`POST ${doc}/lock/take-over`]: members(['coordinator']),
    [`POST ${doc}/versions`]: members(docWriters),
    [`POST ${doc}/uploads`]: members(docWriters),
    [`GET ${doc}/versions/{docVersionId}/file`]: members(all),
    [`POST ${doc}/images`]: members(docWriters),
    [`GET ${doc}/images/{docImageId}`]: members(all),
    [`POST ${doc}/comments`]: members(docWriters),
    [`PATCH ${doc}/comments/{docCommentId}`]: members(docWriters),
    [`POST ${doc}/suggestions`]: members(docWriters),
    [`POST ${doc}/suggestions/{docSuggestionId}/accept`]: members(['coordinator']),
    [`POST ${doc}/suggestions/{docSuggestionId}/reject`]: members(['coordinator']),
    [`POST ${doc}/status`]: members(docWriters),
    [`GET ${course}`]: members(all),
    [`POST ${course}/modules`]: members(courseWriters),
    [`PATCH ${course}/modules/{courseModuleId}`]: members(courseWriters),
    [`DELETE ${course}/modules/{courseModuleId}`]: members(courseWriters),
    [`POST ${course}/modules/{courseModuleId}/materials`]: members(courseWriters),
    [`POST ${course}/values-document`]: members(courseWriters),
    [`GET ${course}.docx`]: members(all),
    [`GET ${course}/holders`]: members(all),
    // The example names municipality A and a participant of P1: in P2 that is a field error.
    [`POST ${course}/holders`]: adminOther(400, members(['coordinator'])),
    [`DELETE ${course}/holders/{courseHolderId}`]: members(['coordinator']),
    [`GET ${groupsPath}`]: members(all),
    // The examples name P1's target area and workshop: in P2 those are field errors.
    [`POST ${groupsPath}`]: adminOther(400, members(groupWriters)),
    [`DELETE ${groupsPath}/{codesignGroupId}`]: members(groupWriters),
    [`POST ${groupsPath}/{codesignGroupId}/workshops`]: adminOther(400, members(groupWriters)),
    [`POST ${groupsPath}/{codesignGroupId}/items`]: adminOther(400, members(groupWriters)),
    [`POST ${groupsPath}/{codesignGroupId}/photos`]: adminOther(400, members(groupWriters)),
    [`GET ${groupsPath}/{codesignGroupId}/items/{workshopItemId}/photo`]: members(all),
    [`DELETE ${groupsPath}/{codesignGroupId}/items/{workshopItemId}`]: members(groupWriters),
  };
}

const p1 = () => fixtures.p1 ?? { targetAreaId: randomUUID(), activityId: randomUUID(), municipalityId: randomUUID(), participantId: randomUUID() };
const file = (name: string, bytes: Buffer, fields: Record<string, string> = {}) => {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)]), name);
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  return form;
};

/** One valid body per course and document operation that takes one. */
export const courseExampleBodies: Record<string, (world: World) => unknown> = {
  [`PATCH ${doc}`]: () => ({ title: 'Ny tittel' }),
  [`POST ${doc}/versions`]: () => ({ body: '# Ny versjon\n\nTekst.', baseNumber: 1, label: 'Versjon 2' }),
  [`POST ${doc}/uploads`]: () => file('notat.pdf', Buffer.from('%PDF-1.4\n%%EOF\n')),
  [`POST ${doc}/images`]: () => file('bilde.png', png),
  [`POST ${doc}/comments`]: () => ({ versionId: lastVersionId, passage: 'håp', body: 'Godt poeng' }),
  [`PATCH ${doc}/comments/{docCommentId}`]: () => ({ resolved: true }),
  [`POST ${doc}/suggestions`]: () => ({ versionId: lastVersionId, kind: 'replace', passage: 'håp', text: 'håp og mening' }),
  [`POST ${doc}/status`]: () => ({ status: 'in_review' }),
  [`POST ${course}/modules`]: () => ({ title: 'Ny modul', targetAreaIds: [] }),
  [`PATCH ${course}/modules/{courseModuleId}`]: () => ({ title: 'Endret modul' }),
  [`POST ${course}/modules/{courseModuleId}/materials`]: () => ({ title: 'Nytt materiell', form: 'written' }),
  [`POST ${course}/holders`]: () => ({ municipalityId: p1().municipalityId, participantId: p1().participantId }),
  [`POST ${groupsPath}`]: () => ({ targetAreaId: p1().targetAreaId }),
  [`POST ${groupsPath}/{codesignGroupId}/workshops`]: () => ({ activityId: p1().activityId }),
  [`POST ${groupsPath}/{codesignGroupId}/items`]: () => ({ activityId: p1().activityId, kind: 'idea', text: 'Ny idé' }),
  [`POST ${groupsPath}/{codesignGroupId}/photos`]: () => file('tavle.png', png, { activityId: p1().activityId }),
};
