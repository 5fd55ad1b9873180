// Shapes of the invitations and attendance API (src/modules/activities/invitations-dto.ts) as the staff app reads them.
import type { Delivery } from './components/DeliveryStatus.js';

export type InvitationStatus = 'invited' | 'yes' | 'no' | 'maybe' | 'waiting_list';
export type AttendanceMethod = 'list' | 'qr' | 'late' | 'correction';

export interface InvitationItem {
  participantId: string; invitationId: string | null; code: string; name: string | null; role: string; municipalityId: string;
  hasEmail: boolean; status: InvitationStatus | null; sentAt: string | null; repliedAt: string | null; delivery: Delivery | null;
  attendance: { attended: boolean; method: AttendanceMethod; registeredAt: string } | null;
}
export interface InvitationList { capacity: number | null; taken: number; waiting: number; items: InvitationItem[] }
export interface CheckInCode { id: string; code: string; expiresAt: string; expired: boolean; url: string; qrDataUrl: string }

/** "BAE-P-07 Kari Nordmann" for those who may see names, the code alone for the rest. */
export const personLabel = (p: { code: string; name?: string | null }) => (p.name ? `${p.code} ${p.name}` : p.code);
