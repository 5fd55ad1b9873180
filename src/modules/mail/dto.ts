import { z } from '@hono/zod-openapi';
import { deliveryStatuses } from './schema.js';

/** The newest e-mail to one invitee and how it went (outbox row, see schema.ts). */
export const DeliverySchema = z
  .object({
    kind: z.string().openapi({ description: 'invite, update, cancel, reminder, promoted (activities); invite, remind (surveys)' }),
    status: z.enum(deliveryStatuses),
    attempts: z.number().int(),
    error: z.string().nullable().openapi({ description: 'The SMTP answer when sending failed (addresses removed)' }),
    retryAt: z.string().nullable().openapi({ description: 'When the next attempt is due; null when sent or given up' }),
    at: z.string(),
  })
  .openapi('MailDelivery');
