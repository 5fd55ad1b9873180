/**
 * Member checking (seed 004, issue 7 item 5): a document's working text — typically a focus-group
 * summary, pseudonymised — is sent back to the participants who were present. Each gets a personal
 * link (e-mailed in their language, or handed out as link/QR), may read the text and add to or
 * correct it until the deadline, and staff see who was sent, who opened and what they wrote.
 */
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { isLanguage, translate, type Language } from '../../i18n/index.js';
import { invalidField, notFound } from '../../lib/errors.js';
import type { Actor } from '../access/actor.js';
import { recordAudit } from '../audit/record.js';
import { registerMailRenderer } from '../mail/deliver.js';
import { latestDeliveries, queueMail } from '../mail/outbox.js';
import { assertConsentForRecording } from '../consent/record.js';
import { issueParticipantLink } from '../people/links.js';
import type { Participant } from '../people/participant.js';
import { participantsByIds } from '../people/participants.js';
import { findDocument, participantIdsOf } from './document-store.js';
import { memberCheckResponses, memberChecks } from './member-check-schema.js';
import { documents } from './schema.js';

/** Member checking belongs to the focus-group purpose of the information letter. */
export const memberCheckPurpose = 'focus_group';
export const maxMemberCheckComment = 10_000;

/** Today's date (YYYY-MM-DD) in Norway: deadlines are whole days, the last one included. */
export function osloDate(now = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
export const isOpen = (deadline: string, now = new Date()) => osloDate(now) <= deadline;

export interface StartInput { deadline: string; participantIds?: string[] }
export interface StartContext { publicUrl: string; now?: Date }

/** A personal link that opens the member check directly. */
async function recipientLink(db: Executor, participantId: string, checkId: string, publicUrl: string): Promise<string> {
  return `${await issueParticipantLink(db, participantId, publicUrl)}/member-check/${checkId}`;
}

function mailFor(lang: Language, link: string, deadline: string) {
  return { subject: translate(lang, 'analysis.memberCheck.mailSubject'), text: translate(lang, 'analysis.memberCheck.mailBody', { link, deadline: formatDate(deadline, lang) }) };
}

/** 2026-05-31 → 31.05.2026 (Norwegian) or 31 May 2026 (English). */
export function formatDate(isoDate: string, lang: Language): string {
  const d = new Date(`${isoDate}T12:00:00Z`);
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nb-NO', { day: lang === 'en' ? 'numeric' : '2-digit', month: lang === 'en' ? 'long' : '2-digit', year: 'numeric', timeZone: 'UTC' }).format(d);
}

/**
 * Starts a member check: the chosen participants (default: everyone present) must be present in
 * the document and have consented to the focus-group purpose when the programme defines it. Each
 * gets a personal link; those with an e-mail address get it by e-mail in their language — queued in
 * the outbox and sent by the `mail.deliver` job after commit (issue 11 item 10), so the request never
 * waits for SMTP and a rollback sends nothing — the others' links come back (shown once) for staff
 * to hand out.
 */
export async function startMemberCheck(db: Executor, actor: Actor, programmeId: string, documentId: string, input: StartInput, ctx: StartContext, requestId?: string) {
  const now = ctx.now ?? new Date();
  await findDocument(db, programmeId, documentId);
  const present = (await participantIdsOf(db, [documentId])).get(documentId) ?? [];
  const chosen = [...new Set(input.participantIds ?? present)];
  if (chosen.length === 0) throw invalidField('participantIds', 'errors.memberCheckNoRecipients');
  if (chosen.some((id) => !present.includes(id))) throw invalidField('participantIds', 'errors.memberCheckNotPresent');
  if (!isOpen(input.deadline, now)) throw invalidField('deadline', 'errors.memberCheckDeadlinePast');
  await assertConsentForRecording(db, programmeId, chosen, memberCheckPurpose);

  const [check] = await db.insert(memberChecks).values({ programmeId, documentId, deadline: input.deadline, createdBy: actor.userId }).returning();
  const people = await participantsByIds(db, programmeId, chosen);
  const links: { recipientId: string; participantId: string; code: string; emailed: boolean; url: string | null }[] = [];
  for (const person of people) {
    const [row] = await db.insert(memberCheckResponses).values({ memberCheckId: check.id, participantId: person.id }).returning();
    const emailed = !!person.email;
    // An e-mailed person's link is issued when the e-mail is written (renderer below), never here.
    if (emailed) await queueMail(db, [{ programmeId, channel: 'member_check', kind: 'invite', memberCheckResponseId: row.id }]);
    const url = emailed ? null : await recipientLink(db, person.id, check.id, ctx.publicUrl);
    links.push({ recipientId: row.id, participantId: person.id, code: person.code, emailed, url });
  }
  await recordAudit(db, {
    actorId: actor.userId, action: 'analysis.member_check.start', entity: 'member_check', entityId: check.id, programmeId, requestId,
    after: { documentId, deadline: input.deadline, recipients: people.map((p) => p.code), emailed: links.filter((l) => l.emailed).length },
  });
  return { check: await getMemberCheck(db, programmeId, check.id), links };
}

/**
 * The delivery job's side: the member-check e-mail with a fresh personal link, in the person's
 * language. Null (nothing to send) when the recipient, their address or the open deadline is gone.
 * The sent time is kept only if the mail server accepts the e-mail (deliverDueMail's savepoint).
 */
registerMailRenderer('member_check', async (db, delivery, ctx) => {
  if (!delivery.memberCheckResponseId) return null;
  const [found] = await db
    .select({ response: memberCheckResponses, check: memberChecks })
    .from(memberCheckResponses)
    .innerJoin(memberChecks, eq(memberChecks.id, memberCheckResponses.memberCheckId))
    .where(eq(memberCheckResponses.id, delivery.memberCheckResponseId));
  const now = ctx.now();
  if (!found || !isOpen(found.check.deadline, now)) return null;
  const [person] = await participantsByIds(db, found.check.programmeId, [found.response.participantId]);
  if (!person?.email) return null;
  const url = await recipientLink(db, person.id, found.check.id, ctx.publicUrl);
  await db.update(memberCheckResponses).set({ sentAt: now }).where(eq(memberCheckResponses.id, found.response.id));
  const lang: Language = isLanguage(person.language) ? person.language : 'nb';
  return { to: person.email, ...mailFor(lang, url, found.check.deadline) };
});

async function findCheck(db: Executor, programmeId: string, checkId: string) {
  const [row] = await db.select().from(memberChecks).where(and(eq(memberChecks.programmeId, programmeId), eq(memberChecks.id, checkId)));
  if (!row) throw notFound();
  return row;
}

type CheckRow = typeof memberChecks.$inferSelect;

async function withRecipients(db: Executor, programmeId: string, checks: CheckRow[], now = new Date()) {
  if (checks.length === 0) return [];
  const rows = await db.select().from(memberCheckResponses).where(inArray(memberCheckResponses.memberCheckId, checks.map((c) => c.id)));
  const people = new Map((await participantsByIds(db, programmeId, [...new Set(rows.map((r) => r.participantId))])).map((p) => [p.id, p]));
  const deliveries = await latestDeliveries(db, 'member_check', rows.map((r) => r.id));
  return checks.map((c) => ({
    ...c,
    open: isOpen(c.deadline, now),
    recipients: rows
      .filter((r) => r.memberCheckId === c.id)
      .map((r) => ({ ...r, code: people.get(r.participantId)?.code ?? '', hasEmail: !!people.get(r.participantId)?.email, delivery: deliveries.get(r.id) ?? null }))
      .sort((a, b) => a.code.localeCompare(b.code)),
  }));
}

export async function getMemberCheck(db: Executor, programmeId: string, checkId: string) {
  const [one] = await withRecipients(db, programmeId, [await findCheck(db, programmeId, checkId)]);
  return one;
}

/** A document's member checks, newest first, with each recipient's status and comment (codes only, never names). */
export async function listMemberChecks(db: Executor, programmeId: string, documentId: string) {
  await findDocument(db, programmeId, documentId);
  const checks = await db.select().from(memberChecks).where(and(eq(memberChecks.programmeId, programmeId), eq(memberChecks.documentId, documentId))).orderBy(asc(memberChecks.createdAt));
  return (await withRecipients(db, programmeId, checks)).reverse();
}

/** A fresh personal link for one recipient (lost e-mail, no e-mail address: hand it out or show the QR). */
export async function newRecipientLink(db: Executor, actor: Actor, programmeId: string, checkId: string, recipientId: string, publicUrl: string, requestId?: string) {
  await findCheck(db, programmeId, checkId);
  const [row] = await db.select().from(memberCheckResponses).where(and(eq(memberCheckResponses.memberCheckId, checkId), eq(memberCheckResponses.id, recipientId)));
  if (!row) throw notFound();
  const url = await recipientLink(db, row.participantId, checkId, publicUrl);
  await recordAudit(db, { actorId: actor.userId, action: 'participant.link_issue', entity: 'participant', entityId: row.participantId, programmeId, requestId, after: { memberCheckId: checkId } });
  return url;
}

// ---- the participant's side (no account; the personal link has identified them) ----

/** The check as its recipient sees it, or null when this person is not one of its recipients. */
export async function memberCheckForParticipant(db: Executor, person: Participant, checkId: string) {
  const [row] = await db
    .select({ check: memberChecks, response: memberCheckResponses, title: documents.title, text: documents.text })
    .from(memberCheckResponses)
    .innerJoin(memberChecks, eq(memberChecks.id, memberCheckResponses.memberCheckId))
    .innerJoin(documents, eq(documents.id, memberChecks.documentId))
    .where(and(eq(memberCheckResponses.memberCheckId, checkId), eq(memberCheckResponses.participantId, person.id), eq(memberChecks.programmeId, person.programmeId)));
  return row ?? null;
}

export async function markOpened(db: Executor, responseId: string, now = new Date()): Promise<void> {
  await db.update(memberCheckResponses).set({ openedAt: now }).where(and(eq(memberCheckResponses.id, responseId), isNull(memberCheckResponses.openedAt)));
}

/** Stores (or replaces) the participant's comment; refused after the deadline. */
export async function saveMemberCheckComment(db: Executor, person: Participant, checkId: string, comment: string, requestId?: string, now = new Date()) {
  const found = await memberCheckForParticipant(db, person, checkId);
  if (!found) throw notFound();
  if (!isOpen(found.check.deadline, now)) return 'closed' as const;
  await db.update(memberCheckResponses).set({ comment, respondedAt: now, openedAt: found.response.openedAt ?? now }).where(eq(memberCheckResponses.id, found.response.id));
  await recordAudit(db, { actorId: null, action: 'analysis.member_check.respond', entity: 'participant', entityId: person.id, programmeId: person.programmeId, requestId, after: { memberCheckId: checkId } });
  return 'saved' as const;
}

/** For the access export: the person's own comments on member checks. */
export async function memberCheckCommentsOf(db: Executor, participantId: string) {
  return db
    .select({ memberCheckId: memberChecks.id, documentId: memberChecks.documentId, documentTitle: documents.title, deadline: memberChecks.deadline, comment: memberCheckResponses.comment, respondedAt: memberCheckResponses.respondedAt })
    .from(memberCheckResponses)
    .innerJoin(memberChecks, eq(memberChecks.id, memberCheckResponses.memberCheckId))
    .innerJoin(documents, eq(documents.id, memberChecks.documentId))
    .where(eq(memberCheckResponses.participantId, participantId))
    .orderBy(asc(memberChecks.createdAt));
}
