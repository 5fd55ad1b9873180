import { z } from '@hono/zod-openapi';
import { uuidLike } from '../../http/openapi.js';
import { DeliverySchema } from '../mail/dto.js';
import type { DeliveryView } from '../mail/outbox.js';

const id = z.string().regex(uuidLike, { message: 'errors.invalidId' });
const isoDate = z.iso.date().refine((d) => !d.startsWith('0000'), { message: 'errors.invalidDate' });

export const MemberCheckStartSchema = z
  .object({
    deadline: isoDate.openapi({ description: 'Last day (inclusive, Norwegian time) on which participants may add or change their comment' }),
    participantIds: z.array(id).min(1).max(200).optional().openapi({ description: 'Who gets it; default: every participant present in the document' }),
  })
  .strict()
  .openapi('MemberCheckStart');

export const MemberCheckRecipientSchema = z
  .object({
    id: z.string(), participantId: z.string(), code: z.string(), hasEmail: z.boolean(),
    sentAt: z.string().nullable(), openedAt: z.string().nullable(), respondedAt: z.string().nullable(), comment: z.string().nullable(),
    delivery: DeliverySchema.nullable().openapi({ description: 'The e-mail with the link: queued, sent or failed (retried by the mail job); null when not e-mailed' }),
  })
  .openapi('MemberCheckRecipient');

export const MemberCheckSchema = z
  .object({
    id: z.string(), programmeId: z.string(), documentId: z.string(), deadline: z.string(), open: z.boolean(),
    createdBy: z.string().nullable(), createdAt: z.string(), recipients: z.array(MemberCheckRecipientSchema),
  })
  .openapi('MemberCheck');

export const RecipientLinkSchema = z
  .object({ recipientId: z.string(), participantId: z.string(), code: z.string(), emailed: z.boolean().openapi({ description: 'An e-mail with the link is queued; the mail job sends it after commit' }), url: z.string().nullable(), qrSvg: z.string().nullable() })
  .openapi('MemberCheckLink');

export const MemberCheckStartedSchema = z
  .object({ check: MemberCheckSchema, links: z.array(RecipientLinkSchema).openapi({ description: 'Per recipient; url and QR only for those not e-mailed (shown once)' }) })
  .openapi('MemberCheckStarted');

export const PersonalLinkSchema = z.object({ url: z.string(), qrSvg: z.string() }).openapi('MemberCheckPersonalLink');

type Dated = Date | string | null;
const iso = (d: Dated) => (d === null ? null : d instanceof Date ? d.toISOString() : d);

export function memberCheckDto(c: {
  id: string; programmeId: string; documentId: string; deadline: string; open: boolean; createdBy: string | null; createdAt: Date;
  recipients: { id: string; participantId: string; code: string; hasEmail: boolean; sentAt: Dated; openedAt: Dated; respondedAt: Dated; comment: string | null; delivery: DeliveryView | null }[];
}) {
  return {
    id: c.id, programmeId: c.programmeId, documentId: c.documentId, deadline: c.deadline, open: c.open, createdBy: c.createdBy, createdAt: c.createdAt.toISOString(),
    recipients: c.recipients.map((r) => ({ id: r.id, participantId: r.participantId, code: r.code, hasEmail: r.hasEmail, sentAt: iso(r.sentAt), openedAt: iso(r.openedAt), respondedAt: iso(r.respondedAt), comment: r.comment, delivery: r.delivery })),
  };
}
