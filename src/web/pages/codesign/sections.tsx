import type { ReactNode } from 'react';
import { page } from '../../lazy-page.js';

// Each page's code is fetched when its tab is first shown (code split by route).
const CodesignOverviewPage = page(() => import('./CodesignOverviewPage.js'), 'CodesignOverviewPage');
const TouchpointsPage = page(() => import('./TouchpointsPage.js'), 'TouchpointsPage');
const EmotionalMapPage = page(() => import('./EmotionalMapPage.js'), 'EmotionalMapPage');
const MaterialPage = page(() => import('./MaterialPage.js'), 'MaterialPage');
const TargetAreasPage = page(() => import('./TargetAreasPage.js'), 'TargetAreasPage');
const ThreadPage = page(() => import('./ThreadPage.js'), 'ThreadPage');
const CodesignGroupsPage = page(() => import('./CodesignGroupsPage.js'), 'CodesignGroupsPage');
const CoursePage = page(() => import('./CoursePage.js'), 'CoursePage');
const DocumentEditorPage = page(() => import('./DocumentEditorPage.js'), 'DocumentEditorPage');
const MaterialProjectorPage = page(() => import('./MaterialProjectorPage.js'), 'MaterialProjectorPage');
const BoardsPage = page(() => import('./BoardsPage.js'), 'BoardsPage');
const BoardProjectorPage = page(() => import('./BoardProjectorPage.js'), 'BoardProjectorPage');

/**
 * The Samskaping (co-design) section's pages, in tab order. Each entry is both a route under
 * `/programmes/:programmeId/codesign` (router.tsx) and, when `tabKey` is set, a tab in CodesignLayout.
 * Helpers add their own entries in their own block (one line each), nothing else changes.
 */
export interface CodesignSection {
  /** Relative to the section; '' is the section's first page. */
  path: string;
  /** i18n key of the tab label; no tab when absent (detail pages). */
  tabKey?: string;
  element: ReactNode;
}

export const codesignSections: CodesignSection[] = [
  // C2: overview (EBCD stage), touchpoints, emotional map, feedback material, target areas, golden thread
  { path: '', tabKey: 'codesign.tabs.overview', element: <CodesignOverviewPage /> },
  { path: 'touchpoints', tabKey: 'codesign.tabs.touchpoints', element: <TouchpointsPage /> },
  { path: 'map', tabKey: 'codesign.tabs.map', element: <EmotionalMapPage /> },
  { path: 'material', tabKey: 'codesign.tabs.material', element: <MaterialPage /> },
  { path: 'target-areas', tabKey: 'codesign.tabs.targetAreas', element: <TargetAreasPage /> },
  { path: 'thread', tabKey: 'codesign.tabs.thread', element: <ThreadPage /> },
  // C3: boards, closing event
  { path: 'boards', tabKey: 'boards.staff.heading', element: <BoardsPage /> },
  // C1: groups and workshops, course and documents
  { path: 'groups', tabKey: 'course.tabs.groups', element: <CodesignGroupsPage /> },
  { path: 'course', tabKey: 'course.tabs.course', element: <CoursePage /> },
  { path: 'course/documents/:authoredDocumentId', element: <DocumentEditorPage /> },
];

/**
 * Full-screen pages outside the section's tabs (the projector views), at
 * `/programmes/:programmeId/codesign/<path>`, still inside the programme layout for its context.
 */
export const codesignFullScreen: CodesignSection[] = [
  // C2: feedback material projector
  { path: 'material/:setId/present', element: <MaterialProjectorPage /> },
  // C3: board projector
  { path: 'boards/:boardId', element: <BoardProjectorPage /> },
];
