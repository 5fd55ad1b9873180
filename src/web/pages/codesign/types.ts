// Shapes of the co-design evidence API (src/modules/codesign/dto.ts) as the staff app reads them.
import type { TouchpointRole } from '../../../modules/codesign/vocabulary.js';

export type { TouchpointRole };
export interface Quote { codingId: string; text: string; attribution: string }
export interface Stage { id: string; key: string; label: string; position: number; builtIn: boolean }
export interface Touchpoint {
  id: string; codingId: string; documentId: string; documentTitle: string; municipalityId: string | null; stageId: string; stageKey: string;
  role: TouchpointRole; valence: number; emotion: string; emotionLabel: string; note: string; start: number; end: number; quote: Quote; createdAt: string; updatedAt: string;
}
export interface ChartDto { kind: string; svg: string; title: string; description: string; table: { caption: string; headers: string[]; rows: (string | number)[][] } }
export interface EmotionalMap {
  threshold: number; suppressing: boolean;
  stages: { id: string; key: string; label: string }[];
  cells: { stageId: string; role: TouchpointRole; count: number | null; meanValence: number | null; suppressed: boolean }[];
  points: { id: string; n: number; stageId: string; stageLabel: string; role: TouchpointRole; valence: number; emotion: string; emotionLabel: string; quote: Quote }[];
  chart: ChartDto;
}
export interface MaterialSummary { id: string; title: string; filmUrl: string | null; activityId: string; activityTitle: string; municipalityId: string | null; itemCount: number; updatedAt: string }
export interface MaterialItem {
  id: string; position: number; caption: string; touchpointId: string | null; codingId: string; quote: Quote;
  touchpoint: { role: TouchpointRole; valence: number; emotion: string; emotionLabel: string; stageLabel: string } | null;
}
export interface Material { id: string; title: string; filmUrl: string | null; activityId: string; activityTitle: string; items: MaterialItem[] }
export interface ProtectedCount { value: number | null; suppressed: boolean }
export type Tally = Record<'recipient' | 'provider' | 'leader' | 'unknown' | 'total', ProtectedCount>;
export interface TargetArea {
  id: string; title: string; description: string; position: number; municipalityId: string | null; municipalityName: string | null; activityId: string | null; createdAt: string;
  votes: { id: string; label: string; rank: number | null; boardItemId: string | null; activityId: string | null; tally: Tally }[];
  touchpoints: { id: string; role: TouchpointRole; valence: number; emotion: string; emotionLabel: string; stageKey: string; quote: Quote }[];
  quotes: Quote[];
}
export interface TargetAreaList { threshold: number; suppressing: boolean; targetAreas: TargetArea[] }
export interface EbcdStageRow { municipalityId: string; name: string; stage: string; stageIndex: number; next: string | null; touchpoints: number; targetAreas: number }
export interface Thread {
  start: { kind: string; quote: Quote | null };
  threshold: number; suppressing: boolean;
  chains: { targetArea: TargetArea; modules: { id: string; title: string }[] }[];
}
