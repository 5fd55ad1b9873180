import { createHash, createHmac } from 'node:crypto';
import { and, eq, ne } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { isLanguage, translate, type Language } from '../../i18n/index.js';
import type { Mailer, OutgoingMail } from '../auth/mailer.js';
import { hashSecret } from '../auth/secrets.js';
import { registerMailRenderer } from '../mail/deliver.js';
import { queueMail } from '../mail/outbox.js';
import { participantsByIds } from '../people/participants.js';
import type { Participant } from '../people/participant.js';
import { getProgrammeMunicipality } from '../programmes/municipalities.js';
import type { ActivityRow } from './activities.js';
import { buildIcs, invitationUid, parseMailbox } from './ics.js';
import { invitations, invitationTokens } from './invitations-schema.js';
import { activityName } from './labels.js';
import { activities } from './schema.js';
import { getActivityType } from './types.js';

/** What sending needs from the app (routes take it from the app's deps; jobs from theirs). */
export interface MailContext {
  mailer: Mailer;
  publicUrl: string;
  /** MAIL_FROM, which also names the calendar event's organiser. */
  mailFrom?: string;
}

function organiser(ctx: MailContext) {
  if (ctx.mailFrom) return parseMailbox(ctx.mailFrom);
  const host = (() => { try { return new URL(ctx.publicUrl).hostname; } catch { return 'localhost'; } })();
  return { name: 'Varde', email: `varde@${host}` };
}

export type MailKind = 'invite' | 'update' | 'cancel' | 'reminder' | 'promoted';
export type Invitation = typeof invitations.$inferSelect;

const codeAlphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** The short code a participant types at the door, derived from their link so it need not be stored. */
export function personalCodeOf(token: string): string {
  const digest = createHash('sha256').update(`varde-check-in:${token}`).digest();
  return [...digest.subarray(0, 8)].map((b) => codeAlphabet[b % codeAlphabet.length]).join('');
}

/** Upper case, no spaces or dashes: "abcd-efgh" and "ABCDEFGH" are the same code. */
export function normaliseCode(code: string): string {
  return code.replace(/[\s-]/g, '').toUpperCase();
}

/**
 * The personal link token of an invitation: an HMAC of its id under the server key, so every e-mail
 * about the invitation (invitation, update, reminder) carries the same link and the same check-in
 * code, and the job can write it at sending time without it being stored anywhere. The database
 * keeps only its hash (a dump yields no working link); the link stops working when the activity is
 * over (`resolveInvitationToken`).
 */
export function invitationLinkToken(key: Buffer, invitationId: string, linkVersion = 0): string {
  // Version 0 keeps the label links were first derived with; a link issued anew (to print) bumps the version.
  const label = `varde:activity-invitation:${invitationId}${linkVersion ? `:${linkVersion}` : ''}`;
  return createHmac('sha256', key).update(label).digest().subarray(0, 24).toString('base64url');
}

/**
 * Makes the invitation's one valid link the derived one: any other link of the invitation (random
 * ones from before links were derived) stops working, so repeated e-mails never multiply links.
 */
export async function ensureInvitationToken(db: Executor, key: Buffer, invitationId: string, linkVersion = 0): Promise<{ token: string; personalCode: string }> {
  const token = invitationLinkToken(key, invitationId, linkVersion);
  const personalCode = personalCodeOf(token);
  const tokenHash = hashSecret(token);
  await db.delete(invitationTokens).where(and(eq(invitationTokens.invitationId, invitationId), ne(invitationTokens.tokenHash, tokenHash)));
  await db.insert(invitationTokens).values({ invitationId, tokenHash, personalCodeHash: hashSecret(personalCode) }).onConflictDoNothing();
  return { token, personalCode };
}

const locales: Record<Language, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };

/** "tirsdag 6. oktober 2026 kl. 09:30–11:30" in Norwegian time, in the reader's language. */
export function formatWhen(lang: Language, start: Date, end: Date): string {
  const day = new Intl.DateTimeFormat(locales[lang], { timeZone: 'Europe/Oslo', dateStyle: 'full', timeStyle: 'short' }).format(start);
  const until = new Intl.DateTimeFormat(locales[lang], { timeZone: 'Europe/Oslo', timeStyle: 'short' }).format(end);
  return `${day}–${until}`;
}

export function languageOfInvitation(invitation: Pick<Invitation, 'language'>): Language {
  return isLanguage(invitation.language) ? invitation.language : 'nb';
}

/** The activity's name as the invitee reads it (type label in their language, municipality). */
export async function activityTitle(db: Executor, activity: ActivityRow, lang: Language): Promise<string> {
  const type = await getActivityType(db, activity.programmeId, activity.typeKey);
  const municipality = activity.municipalityId ? await getProgrammeMunicipality(db, activity.programmeId, activity.municipalityId) : null;
  return activityName(lang, activity, type?.labels, municipality?.name ?? null);
}

/** The same, looked up once per language: a batch of e-mails about one activity shares it. */
const titleCache = new WeakMap<ActivityRow, Map<Language, Promise<string>>>();
function cachedTitle(db: Executor, activity: ActivityRow, lang: Language): Promise<string> {
  const byLang = titleCache.get(activity) ?? new Map<Language, Promise<string>>();
  titleCache.set(activity, byLang);
  if (!byLang.has(lang)) byLang.set(lang, activityTitle(db, activity, lang));
  return byLang.get(lang)!;
}

export function placeOf(lang: Language, activity: Pick<ActivityRow, 'location' | 'mode'>): string {
  return activity.location.trim() || (activity.mode === 'digital' ? translate(lang, 'invitations.mail.digital') : '');
}

const subjects: Record<MailKind, string> = {
  invite: 'invitations.mail.subjectInvite', update: 'invitations.mail.subjectUpdate', cancel: 'invitations.mail.subjectCancel',
  reminder: 'invitations.mail.subjectReminder', promoted: 'invitations.mail.subjectPromoted',
};

/** Puts e-mails about one activity in the outbox (same transaction); the `mail.deliver` job sends them after commit. */
export async function queueInvitationMail(db: Executor, activity: Pick<ActivityRow, 'programmeId'>, rows: Pick<Invitation, 'id'>[], kind: MailKind): Promise<number> {
  return queueMail(db, rows.map((r) => ({ programmeId: activity.programmeId, channel: 'activity' as const, kind, invitationId: r.id })));
}

/**
 * One e-mail to one invitee about one activity, in their language, with the calendar file attached
 * (REQUEST, or CANCEL for a cancellation; SEQUENCE = the activity's revision, so calendars update
 * the same event). Everything but a cancellation carries the personal reply link and check-in code.
 * Null, sending nothing, when the person has no e-mail address or no time is set, or when the
 * activity was cancelled or is over by the time it would leave (only a cancellation still goes).
 */
export async function renderInvitationMail(db: Executor, ctx: MailContext & { key: Buffer }, invitation: Invitation, person: Participant, activity: ActivityRow, kind: MailKind, now: Date): Promise<OutgoingMail | null> {
  if (!person.email || !activity.startsAt || !activity.endsAt) return null;
  if (kind !== 'cancel' && (activity.status === 'cancelled' || activity.endsAt.getTime() <= now.getTime())) return null;
  const lang = languageOfInvitation(invitation);
  const title = await cachedTitle(db, activity, lang);
  const place = placeOf(lang, activity);
  const personal = kind === 'cancel' ? null : await ensureInvitationToken(db, ctx.key, invitation.id, invitation.linkVersion);
  const link = personal ? `${ctx.publicUrl}/i/${personal.token}` : null;
  const t = (key: string, vars: Record<string, string | number> = {}) => translate(lang, key, vars);
  const text = [
    t('invitations.mail.greeting', { name: person.name }),
    '',
    t(`invitations.mail.${kind}`, { title }),
    t('invitations.mail.when', { time: formatWhen(lang, activity.startsAt, activity.endsAt) }),
    ...(place ? [t('invitations.mail.where', { place })] : []),
    '',
    ...(link && personal ? [t('invitations.mail.reply', { link }), t('invitations.mail.personalCode', { code: personal.personalCode }), ''] : []),
    // A cancellation says only that, with the coordinator's reason; "add it to your calendar" would contradict it.
    ...(kind === 'cancel'
      ? [...(activity.cancelledReason ? [t('invitations.mail.cancelReason', { reason: activity.cancelledReason }), ''] : [])]
      : [t('invitations.mail.calendar'), '']),
    t('invitations.mail.signature'),
  ].join('\n');
  const method = kind === 'cancel' ? 'CANCEL' : 'REQUEST';
  const ics = buildIcs({
    method, uid: invitationUid(activity.id, person.id), sequence: activity.revision, stamp: now,
    start: activity.startsAt, end: activity.endsAt, summary: title, location: place || undefined,
    description: link ? t('invitations.mail.reply', { link }) : undefined, url: link ?? undefined,
    organizer: organiser(ctx), attendee: { name: person.name, email: person.email },
  });
  await db.update(invitations).set({ sequenceSent: activity.revision, sentAt: now, ...(kind === 'reminder' ? { reminderSentAt: now } : {}) }).where(eq(invitations.id, invitation.id));
  return {
    to: person.email, subject: t(subjects[kind], { title }), text,
    attachments: [{ filename: 'invitasjon.ics', content: ics, contentType: `text/calendar; charset=utf-8; method=${method}` }],
  };
}

// The delivery job renders activity e-mails from the invitation as it is when the e-mail leaves.
registerMailRenderer('activity', async (db, delivery, ctx) => {
  if (!delivery.invitationId) return null;
  const [invitation] = await db.select().from(invitations).where(eq(invitations.id, delivery.invitationId));
  if (!invitation) return null;
  const [person] = await participantsByIds(db, invitation.programmeId, [invitation.participantId]);
  const [activity] = await db.select().from(activities).where(eq(activities.id, invitation.activityId));
  if (!person || !activity) return null;
  return renderInvitationMail(db, ctx, invitation, person, activity, delivery.kind as MailKind, ctx.now());
});
