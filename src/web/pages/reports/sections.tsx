import type { ReactNode } from 'react';
import { DisseminationPage } from './DisseminationPage.js';
import { EvaluationPlanPage } from './EvaluationPlanPage.js';
import { ReportTab } from './ReportTab.js';
import { SummaryTab } from './SummaryTab.js';

/**
 * The Rapporter (reports) section's pages, in tab order. Each entry is both a route under
 * `/programmes/:programmeId/reports` (router.tsx) and, when `tabKey` is set, a tab in ReportsLayout.
 * Helpers add their own entries in their own block (one line each), nothing else changes.
 */
export interface ReportsSection {
  /** Relative to the section; '' is the section's first page. */
  path: string;
  /** i18n key of the tab label; no tab when absent (detail pages). */
  tabKey?: string;
  element: ReactNode;
}

export const reportsSections: ReportsSection[] = [
  // Evaluation plan (issue 14 §2)
  { path: '', tabKey: 'reports.tabs.plan', element: <EvaluationPlanPage /> },
  // The report and its editor (issue 14 §3)
  { path: 'report', tabKey: 'reports.tabs.report', element: <ReportTab /> },
  // The public plain-language summary (issue 14 §5)
  { path: 'summary', tabKey: 'reportDoc.ui.summaryTab', element: <SummaryTab /> },
  // Dissemination plan (issue 14 §6)
  { path: 'dissemination', tabKey: 'reports.tabs.dissemination', element: <DisseminationPage /> },
];
