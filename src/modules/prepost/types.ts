/**
 * What the pre/post analysis reads: scored responses of pre and post surveys grouped by wave group
 * (one wave group = one course), and what is known about each course and scale. Plain data, so the
 * analysis is a pure function the tests can feed by hand.
 */
import type { InstrumentDefinition, LocalText } from '../questionnaires/definition.js';

export interface ScoredResponse {
  waveGroupId: string;
  wave: 'pre' | 'post';
  /** Linked mode: who answered. */
  participantId: string | null;
  /** Anonymous mode: keyed hash of the self-generated code. */
  pairingKey: string | null;
  /** Scale name → score; null when the minimum-answered rule left the scale unscored. */
  scores: Record<string, number | null> | null;
}

export interface CourseInfo {
  waveGroupId: string;
  municipalityId: string | null;
  /** The municipality's name (or the activity's title); what tables and charts show. */
  label: string;
  activityId: string | null;
  /** The programme's first course, whose evaluation adjusts the rest (seed 000 activity 5). */
  isPilot: boolean;
  mode: 'linked' | 'anonymous';
}

export interface ScaleInfo {
  name: string;
  label: LocalText;
  /** Set for a subscale. */
  parent?: string;
  /** Possible range of the score, when known (charts use it for their axis). */
  min?: number;
  max?: number;
}

export interface PrePostInput {
  instrumentTitle: LocalText;
  courses: CourseInfo[];
  scales: ScaleInfo[];
  responses: ScoredResponse[];
  /** The instrument definition the scales come from (for reliability); absent in hand-made inputs. */
  definition?: InstrumentDefinition;
}

/** One matched pair: the same person before and after. */
export interface MatchedPair {
  waveGroupId: string;
  /** Pseudonymous pair number within the course (1, 2, …), for the CSV: never a participant id or code. */
  pairNumber: number;
  pre: Record<string, number | null>;
  post: Record<string, number | null>;
}

/** Responses that could not be paired, by cause (counted in responses, not people). */
export interface PairingExclusions {
  /** A pre response without a post response with the same person or code. */
  preWithoutPost: number;
  /** A post response without a pre response. */
  postWithoutPre: number;
  /** The same code (or person) answered a wave more than once, so the pair cannot be told apart. */
  ambiguous: number;
  /** Anonymous mode: no self-generated code was given. */
  noCode: number;
}
