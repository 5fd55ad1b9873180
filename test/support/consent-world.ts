import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Actor } from '../../src/modules/access/actor.js';
import { attachAgreementDocument, createAgreement } from '../../src/modules/consent/agreements.js';
import { attachEthicsDocument, createEthicsApproval } from '../../src/modules/consent/ethics-approvals.js';
import { createLetter, publishLetter } from '../../src/modules/consent/letters.js';
import { createPurpose } from '../../src/modules/consent/purposes.js';
import { recordConsents } from '../../src/modules/consent/record.js';
import { consentPurposes } from '../../src/modules/consent/schema.js';
import { participants } from '../../src/modules/people/schema.js';
import { retentionRules } from '../../src/modules/privacy/schema.js';
import type { TestApp } from './app.js';
import type { Throwaway, World } from './world.js';

type Scope = 'none' | 'A' | 'B' | 'other' | 'cross' | 'unknown';
interface ProgrammeFixtures { purposeId: string; letterId: string; agreementId: string; approvalId: string; ruleId: string; consents: Record<string, string> }

/**
 * Consent and privacy fixtures on top of the world: in P1 and P2 three purposes, a published letter
 * (withdrawal: erase, so a coordinator withdraws without choosing), a paper consent with a scan for
 * each fixture participant, an agreement with a document and a retention rule.
 */
export async function buildConsentWorld(t: TestApp, world: World) {
  const db = t.database.db;
  const actor: Actor = { userId: world.callers.admin.userId, name: 'admin', email: 'admin@varde.test', language: 'nb', isAdmin: true, grants: [] };
  const fixtures = async (programmeId: string, people: Record<string, string>): Promise<ProgrammeFixtures> => {
    let purposeId = '';
    for (const key of ['interview_recording', 'questionnaire', 'focus_group'])
      purposeId = (await createPurpose(db, actor, programmeId, { key, label: { nb: key, nn: key, en: key } })).id;
    const draft = await createLetter(db, actor, programmeId, { language: 'nb', title: 'Informasjon', body: 'Det er frivillig.', purposeKeys: ['interview_recording', 'questionnaire', 'focus_group'], withdrawalChoice: 'erase' });
    const letter = await publishLetter(db, actor, programmeId, draft.id);
    const consents: Record<string, string> = {};
    for (const [key, participantId] of Object.entries(people)) {
      const rows = await recordConsents(db, { participantId, programmeId, letter, answers: { questionnaire: true, interview_recording: true, focus_group: true }, method: 'paper', recordedBy: actor.userId, signedOn: '2026-02-01', scan: { name: 'skjema.pdf', bytes: Buffer.from('%PDF-1.4') } });
      consents[key] = rows[0].id;
    }
    const agreement = await createAgreement(db, actor, programmeId, { partner: 'KoRus Vest', signedOn: '2026-01-10' });
    await attachAgreementDocument(db, actor, programmeId, agreement.id, { name: 'avtale.pdf', bytes: Buffer.from('%PDF-1.4') });
    const approval = await createEthicsApproval(db, actor, programmeId, { committee: 'REK Vest', reference: '2026/1', status: 'approved', decidedOn: '2026-01-05', conditions: '', covers: ['transcripts'] });
    await attachEthicsDocument(db, actor, programmeId, approval.id, { name: 'vedtak.pdf', bytes: Buffer.from('%PDF-1.4') });
    const [rule] = await db.insert(retentionRules).values({ programmeId, dataKind: 'consent_scans', action: 'delete', deleteBy: '2027-08-31' }).returning();
    return { purposeId, letterId: letter.id, agreementId: agreement.id, approvalId: approval.id, ruleId: rule.id, consents };
  };
  const p1 = await fixtures(world.p1.id, world.p1.participants);
  const p2 = await fixtures(world.p2.id, world.p2.participants);
  const pick = (fx: ProgrammeFixtures, key: string) => ({ purposeId: fx.purposeId, letterId: fx.letterId, agreementId: fx.agreementId, approvalId: fx.approvalId, ruleId: fx.ruleId, consentId: fx.consents[key] });

  return {
    ids(scope: Scope): Record<string, string> {
      if (scope === 'unknown') return { purposeId: randomUUID(), letterId: randomUUID(), agreementId: randomUUID(), approvalId: randomUUID(), ruleId: randomUUID(), consentId: randomUUID() };
      if (scope === 'B') return pick(p1, 'B');
      if (scope === 'other' || scope === 'cross') return pick(p2, 'C');
      return pick(p1, 'A');
    },
    /** Fresh objects for DELETE calls on purposeId, ruleId and participantId (withdrawal). */
    async throwaway(param: string, programmeId: string, municipalityId: string): Promise<Throwaway | undefined> {
      if (param === 'purposeId') {
        const [p] = await db.insert(consentPurposes).values({ programmeId, key: `kast_${world.unique()}`, label: { nb: 'Kast', nn: 'Kast', en: 'Kast' } }).returning();
        return { id: p.id, remove: async () => void (await db.delete(consentPurposes).where(eq(consentPurposes.id, p.id))) };
      }
      if (param === 'ruleId') {
        const [r] = await db.insert(retentionRules).values({ programmeId, dataKind: 'consent_scans', action: 'delete', deleteBy: '2027-01-01' }).returning();
        return { id: r.id, remove: async () => void (await db.delete(retentionRules).where(eq(retentionRules.id, r.id))) };
      }
      if (param === 'participantId') {
        const [p] = await db.insert(participants).values({ programmeId, municipalityId, role: 'recipient', name: 'Kast Kastesen', code: `KAST-${world.unique()}` }).returning();
        return { id: p.id, remove: async () => void (await db.delete(participants).where(eq(participants.id, p.id))) };
      }
      return undefined;
    },
  };
}

/** One valid body per consent/privacy operation, keyed 'METHOD /path' (spread into exampleBodies). */
export const consentExampleBodies: Record<string, (world: World) => unknown> = {
  'POST /programmes/{programmeId}/consent-purposes': (w) => ({ key: `purpose_${w.unique()}`, label: { nb: 'Formål', nn: 'Føremål', en: 'Purpose' } }),
  'PATCH /programmes/{programmeId}/consent-purposes/{purposeId}': () => ({ label: { nb: 'Spørreskjema', nn: 'Spørjeskjema', en: 'Questionnaire' } }),
  'POST /programmes/{programmeId}/information-letters': () => ({ language: 'en', title: 'Information', body: 'It is **voluntary**.', purposeKeys: ['questionnaire'], withdrawalChoice: 'erase' }),
  'PATCH /programmes/{programmeId}/information-letters/{letterId}': () => ({ title: 'Endra tittel' }),
  'POST /programmes/{programmeId}/participants/{participantId}/paper-consents': () => ({ signedOn: '2026-03-01', grantedPurposeKeys: ['questionnaire', 'focus_group'] }),
  'PUT /programmes/{programmeId}/participants/{participantId}/consents/{consentId}/scan': () => '%PDF-1.4 skanna skjema',
  'POST /programmes/{programmeId}/data-processing-agreements': () => ({ partner: 'FOUSAM', signedOn: '2026-01-15' }),
  'PUT /programmes/{programmeId}/data-processing-agreements/{agreementId}/document': () => '%PDF-1.4 avtale',
  'POST /programmes/{programmeId}/ethics-approvals': () => ({ committee: 'REK Midt-Norge', status: 'pending', covers: ['linked_surveys'] }),
  'PUT /programmes/{programmeId}/ethics-approvals/{approvalId}': () => ({ committee: 'REK Vest', reference: '2026/1', status: 'approved', decidedOn: '2026-01-05', covers: ['transcripts'] }),
  'PUT /programmes/{programmeId}/ethics-approvals/{approvalId}/document': () => '%PDF-1.4 vedtak',
  'PUT /programmes/{programmeId}/ethics-waits': () => ({ waitFor: [] }),
  'POST /programmes/{programmeId}/retention-rules': () => ({ dataKind: 'consent_scans', action: 'delete', deleteBy: '2027-08-31' }),
  'PATCH /programmes/{programmeId}/retention-rules/{ruleId}': () => ({ deleteBy: '2027-09-30' }),
};
