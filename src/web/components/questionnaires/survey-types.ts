import type { Delivery } from '../DeliveryStatus.js';
/** Survey shapes as the API sends them (src/modules/questionnaires/survey-routes.ts). */
export type LocalText = { nb?: string; nn?: string; en?: string };

export interface Survey {
  id: string;
  programmeId: string;
  municipalityId: string | null;
  instrumentVersionId: string;
  title: LocalText;
  mode: 'anonymous' | 'linked';
  display: 'one_per_screen' | 'whole';
  wave: 'single' | 'pre' | 'post';
  waveGroupId: string | null;
  askPairingCode: 'yes' | 'no';
  status: 'draft' | 'open' | 'closed';
  opensAt: string | null;
  closesAt: string | null;
  publicTokenHash: string | null;
  reminderHoursBeforeClose: number | null;
  createdAt: string;
}

export interface SurveyProgress {
  invited: number;
  emailed: number;
  reminded: number;
  invitedAnswered: number;
  started: number;
  inProgress: number;
  complete: number;
  publicLink: boolean;
  /** The survey's e-mails: newest per person, failures by participant code. */
  deliveries?: { queued: number; sent: number; failed: number; failures: ({ code: string } & Omit<Delivery, 'status' | 'at'>)[] };
}

export interface PairingSummary {
  waveGroupId: string | null;
  preResponses?: number;
  postResponses?: number;
  matched: number;
  unmatched: number;
  unmatchedPre: number;
  unmatchedPost: number;
  ambiguous: number;
  ambiguousResponses: number;
  withoutKey: { pre: number; post: number };
}

export interface Reliability {
  responses: number;
  scales: { scale: string; label: LocalText; parent: string | null; result: null | { ok: true; alpha: number; n: number; k: number } | { ok: false; n: number; messageKey: string } }[];
}
