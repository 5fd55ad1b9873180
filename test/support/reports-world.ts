import { randomUUID } from 'node:crypto';
import type { Actor } from '../../src/modules/access/actor.js';
import { createDisseminationItem, deleteDisseminationItem, getDisseminationItem } from '../../src/modules/reports/dissemination.js';
import { createQuestion, deleteQuestion, getQuestion } from '../../src/modules/reports/evaluation-questions.js';
import type { TestApp } from './app.js';
import type { Throwaway, World } from './world.js';

type Scope = 'none' | 'A' | 'B' | 'other' | 'cross' | 'unknown';
type Role = 'coordinator' | 'researcher' | 'municipal_contact' | 'facilitator' | 'observer';

/**
 * Reports fixtures (issue 14): an evaluation question and a dissemination line in P1 and in P2. Both are
 * programme-wide (no municipality), so A and B name the same P1 records; 'cross' uses P2's under P1.
 */
export async function buildReportsWorld(t: TestApp, world: World) {
  const db = t.database.db;
  const admin: Actor = { userId: world.callers.admin.userId, name: 'admin', email: 'admin@varde.test', language: 'nb', isAdmin: true, grants: [] };
  const make = async (programmeId: string) => ({
    questionId: (await createQuestion(db, admin, programmeId, { text: 'Hva lærte kommunene av hverandre?', sources: [{ kind: 'activity', refId: null }] })).id,
    disseminationId: (await createDisseminationItem(db, admin, programmeId, { channel: 'article', title: 'Fagartikkel om samskaping' })).id,
  });
  const p1 = await make(world.p1.id);
  const p2 = await make(world.p2.id);
  const fx = (scope: Scope) => (scope === 'A' || scope === 'B' ? p1 : p2);
  const programmeOf = (scope: Scope) => (scope === 'A' || scope === 'B' ? world.p1.id : world.p2.id);
  return {
    ids(scope: Scope): Record<string, string> {
      if (scope === 'unknown' || scope === 'none') return { questionId: randomUUID(), disseminationId: randomUUID() };
      return { ...fx(scope) };
    },
    /** A fresh question or dissemination line for the DELETE calls. */
    async throwaway(param: string, scope: Scope): Promise<Throwaway> {
      const programmeId = programmeOf(scope);
      if (param === 'questionId') {
        const q = await createQuestion(db, admin, programmeId, { text: 'Til sletting' });
        return { id: q.id, remove: async () => { await getQuestion(db, programmeId, q.id).then((row) => deleteQuestion(db, admin, row), () => undefined); } };
      }
      const d = await createDisseminationItem(db, admin, programmeId, { channel: 'other', title: 'Til sletting' });
      return { id: d.id, remove: async () => { await getDisseminationItem(db, programmeId, d.id).then((row) => deleteDisseminationItem(db, admin, row), () => undefined); } };
    },
  };
}

const base = '/programmes/{programmeId}/reports';

/** One valid body per reports operation (spread into exampleBodies). */
export const reportsExampleBodies: Record<string, (world: World) => unknown> = {
  [`POST ${base}/steering-report.docx`]: () => ({ decisionIds: [], typed: ['Godkjenne formidlingsplanen'] }),
  [`POST ${base}/plan/questions`]: () => ({ text: 'Hvordan opplevde deltakerne samlingene?', sources: [{ kind: 'document', refId: null }], analyses: [{ kind: 'themes', refId: null }] }),
  [`POST ${base}/plan/template`]: () => ({ language: 'nn' }),
  [`PATCH ${base}/plan/questions/{questionId}`]: () => ({ status: 'analysed' }),
  [`POST ${base}/dissemination`]: () => ({ channel: 'press', title: 'Pressemelding', withParticipants: true }),
  [`PATCH ${base}/dissemination/{disseminationId}`]: () => ({ status: 'done' }),
};

/**
 * The reports rules (policy.ts): every member reads the overview, plan and dissemination plan (the
 * overview scoped to a contact's municipalities inside the operation); coordinators and researchers
 * change the evaluation and dissemination plans.
 */
export function reportsExpectations<R>(members: (may: Role[], opts?: { municipal?: boolean }) => R) {
  const read = members(['coordinator', 'researcher', 'municipal_contact', 'facilitator', 'observer']);
  const plan = members(['coordinator', 'researcher']);
  return {
    [`GET ${base}/overview`]: read,
    [`GET ${base}/steering/decisions`]: read,
    [`POST ${base}/steering-report.docx`]: read,
    [`GET ${base}/plan`]: read,
    [`POST ${base}/plan/questions`]: plan,
    [`POST ${base}/plan/template`]: plan,
    [`PATCH ${base}/plan/questions/{questionId}`]: plan,
    [`DELETE ${base}/plan/questions/{questionId}`]: plan,
    [`GET ${base}/dissemination`]: read,
    [`POST ${base}/dissemination`]: plan,
    [`PATCH ${base}/dissemination/{disseminationId}`]: plan,
    [`DELETE ${base}/dissemination/{disseminationId}`]: plan,
  };
}
