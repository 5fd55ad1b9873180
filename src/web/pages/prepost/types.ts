// Shapes of the pre/post API answers the page reads (src/modules/prepost/routes.ts).
import type { ResultRow } from '../../../lib/prepost-result-row.js';

export type { ResultRow };

export interface PrePostInstrument {
  instrumentId: string;
  title: Record<string, string | undefined>;
  waveGroups: number;
}

export interface PrePostAnalysisDto {
  instrumentId: string;
  title: string;
  threshold: number;
  suppressing: boolean;
  courses: { key: string; label: string; isPilot: boolean; municipalityId: string | null }[];
  scales: { name: string; label: string; parent: string | null; rows: ResultRow[]; summary: string }[];
  summary: string[];
  methods: string[];
}

export interface ChartDto {
  kind: string;
  svg: string;
  title: string;
  description: string;
  table: { caption: string; headers: string[]; rows: (string | number)[][] };
}

export interface ScaleChartsDto {
  scale: string;
  group: string;
  paired: ChartDto;
  forest: ChartDto;
  distribution: ChartDto;
}
