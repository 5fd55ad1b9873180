import type { ChartDto } from './pages/prepost/types.js';

/** Shapes of the improvement API (src/modules/improvement) as the staff app reads them. */
export type SpcChartDto = ChartDto & { signals: string[] };

export interface KindDto { key: string; builtin: boolean; labels: { nb: string; nn: string; en: string } | null }

export interface SignalDto { indicatorId: string; name: string; points: number; runs: boolean; sigma: number; fewPoints: boolean; lastPeriod: string | null }

export interface NetworkDto {
  municipalities: { id: string; name: string }[];
  kinds: KindDto[];
  teams: { municipalityId: string; name: string; hasTeam: boolean; members: number; gaps: string[]; tasksDone: number; tasksTotal: number; missingTasks: string[]; measures: number; rounds: number; progress: { gathering: number; score: number; reason: string }[] }[];
  matrix: { municipalityId: string; kind: string; count: number; byStatus: Record<string, number> }[];
  measures: { id: string; municipalityId: string; title: string; kind: string; status: string; userInvolvement: string; chime: string[]; shared: boolean; pdsaCycles: number; signals: SignalDto[] }[];
  attention: {
    staleMeasures: { measureId: string; municipalityId: string; title: string; lastPeriod: string | null }[];
    openTasks: { municipalityId: string; missing: string[] }[];
    unstudiedCycles: { cycleId: string; measureId: string; municipalityId: string; title: string; startsOn: string }[];
  };
  projectGroup: { lived: number; professionals: number; balanced: boolean } | null;
  tasksDueAt: string | null;
  canManage: boolean;
}

export interface RoundComparisonDto {
  instrument: string;
  title: string;
  rounds: { id: string; ordinal: number; surveyId: string; responses: number; startedAt: string }[];
  questions: { name: string; number: string | null; label: string; answers: string[][] }[];
  scales: { name: string; label: string; means: (number | null)[] }[];
}

export interface WorkspaceDto {
  municipality: { id: string; name: string };
  canEdit: boolean;
  team: { groupId: string; name: string; mandate: string; meetingTimes: string; members: { id: string; name: string; groupRole: string; personRole: string | null; subRole: string | null }[] } | null;
  gaps: string[];
  plan: { anchoring: string; composition: string };
  tasks: { key: string; done: boolean; doneAt: string | null }[];
  tasksDueAt: string | null;
  meetings: { id: string; startsAt: string | null; status: string; location: string }[];
  rounds: RoundComparisonDto[];
  measures: { id: string; title: string; kind: string; status: string; shared: boolean; userInvolvement: string; owner: string; pdsaCycles: number }[];
  harvests: { id: string; kind: string; gathering: number | null; tableLabel: string; round: number | null; question: string; host: string; text: string; documentId: string | null }[];
  progress: { gathering: number; score: number; reason: string }[];
}

export interface CycleDto { id: string; plan: string; prediction: string; doNotes: string; study: string; act: string; decision: string | null; startsOn: string; studiedOn: string | null }

export interface IndicatorDto {
  id: string; name: string; definition: string; valueType: string; numerator: string; denominator: string; frequency: string; direction: string;
  goal: number | null; chartType: string; baselinePoints: number | null; parts: number[];
  /** The figures count the programme's participants: small values may come back hidden (value and denominator null, suppressed). */
  countsParticipants: boolean;
  measurements: { id: string; period: string; value: number | null; denominator: number | null; note: string; suppressed: boolean }[];
  /** The drawn chart (null until there is data). */
  chart: SpcChartDto | null;
}

export interface MeasureDetailDto {
  measure: { id: string; municipalityId: string; municipalityName: string; title: string; description: string; aim: string; kind: string; owner: string; status: string; startsOn: string | null; endsOn: string | null; chime: string[]; targetAreas: string; userInvolvement: string; shared: boolean };
  canEdit: boolean;
  smallCellThreshold: number;
  cycles: CycleDto[];
  indicators: IndicatorDto[];
}

export const measureStatuses = ['idea', 'planned', 'started', 'implemented', 'sustained', 'stopped'] as const;
export const involvementLevels = ['informed', 'consulted', 'involved', 'co_producing', 'user_led'] as const;
export const chimeProcesses = ['connectedness', 'hope', 'identity', 'meaning', 'empowerment'] as const;
