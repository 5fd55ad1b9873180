import { Suspense } from 'react';
import { createBrowserRouter, Navigate, Outlet, useLocation } from 'react-router';
import { Layout } from './components/Layout.js';
import { page } from './lazy-page.js';
import { ComingSoonPage, comingSoonSections } from './pages/ComingSoonPage.js';
import { LoginPage } from './pages/LoginPage.js';
import { codesignFullScreen, codesignSections } from './pages/codesign/sections.js';
import { reportsSections } from './pages/reports/sections.js';
import { SessionProvider, useSession } from './session.js';

// Every page below is code split by route (lazy-page.ts): fetched when its route is first shown.

const ApiTokensPage = page(() => import('./pages/ApiTokensPage.js'), 'ApiTokensPage');
const MunicipalitiesPage = page(() => import('./pages/MunicipalitiesPage.js'), 'MunicipalitiesPage');
const MunicipalityPage = page(() => import('./pages/MunicipalityPage.js'), 'MunicipalityPage');
const NotFoundPage = page(() => import('./pages/NotFoundPage.js'), 'NotFoundPage');
const ProgrammeLayout = page(() => import('./pages/ProgrammeLayout.js'), 'ProgrammeLayout');
const ProgrammeListPage = page(() => import('./pages/ProgrammeListPage.js'), 'ProgrammeListPage');
const ProgrammeOverviewPage = page(() => import('./pages/ProgrammeOverviewPage.js'), 'ProgrammeOverviewPage');
const SettingsPage = page(() => import('./pages/SettingsPage.js'), 'SettingsPage');
const GroupsPage = page(() => import('./pages/GroupsPage.js'), 'GroupsPage');
const ImportPage = page(() => import('./pages/ImportPage.js'), 'ImportPage');
const ParticipantNewPage = page(() => import('./pages/ParticipantNewPage.js'), 'ParticipantNewPage');
const ParticipantPage = page(() => import('./pages/ParticipantPage.js'), 'ParticipantPage');
const PeoplePage = page(() => import('./pages/PeoplePage.js'), 'PeoplePage');
const RecruitmentPage = page(() => import('./pages/RecruitmentPage.js'), 'RecruitmentPage');
const WithdrawalFollowUpPage = page(() => import('./pages/WithdrawalFollowUpPage.js'), 'WithdrawalFollowUpPage');
const AgreementPage = page(() => import('./pages/analysis/AgreementPage.js'), 'AgreementPage');
const CodebookPage = page(() => import('./pages/analysis/CodebookPage.js'), 'CodebookPage');
const DocumentPage = page(() => import('./pages/analysis/DocumentPage.js'), 'DocumentPage');
const DocumentsPage = page(() => import('./pages/analysis/DocumentsPage.js'), 'DocumentsPage');
const RetrievalPage = page(() => import('./pages/analysis/RetrievalPage.js'), 'RetrievalPage');
const SearchPage = page(() => import('./pages/analysis/SearchPage.js'), 'SearchPage');
const PrePostPage = page(() => import('./pages/prepost/PrePostPage.js'), 'PrePostPage');
const CourseExperiencePage = page(() => import('./pages/prepost/CourseExperiencePage.js'), 'CourseExperiencePage');
const SurveyPage = page(() => import('./pages/questionnaires/SurveyPage.js'), 'SurveyPage');
const BuilderPage = page(() => import('./pages/questionnaires/BuilderPage.js'), 'BuilderPage');
const InstrumentPage = page(() => import('./pages/questionnaires/InstrumentPage.js'), 'InstrumentPage');
const InstrumentsPage = page(() => import('./pages/questionnaires/InstrumentsPage.js'), 'InstrumentsPage');
const SurveysPage = page(() => import('./pages/questionnaires/SurveysPage.js'), 'SurveysPage');
const ActivitiesPage = page(() => import('./pages/activities/ActivitiesPage.js'), 'ActivitiesPage');
const ActivityDetailPage = page(() => import('./pages/activities/ActivityDetailPage.js'), 'ActivityDetailPage');
const ActivityTypesPage = page(() => import('./pages/activities/ActivityTypesPage.js'), 'ActivityTypesPage');
const IndicatorsPage = page(() => import('./pages/activities/IndicatorsPage.js'), 'IndicatorsPage');
const ActivityAttendancePage = page(() => import('./pages/activities/ActivityAttendancePage.js'), 'ActivityAttendancePage');
const NetworkPage = page(() => import('./pages/improvement/NetworkPage.js'), 'NetworkPage');
const TeamPage = page(() => import('./pages/improvement/TeamPage.js'), 'TeamPage');
const MeasurePage = page(() => import('./pages/improvement/MeasurePage.js'), 'MeasurePage');
const ChartsPage = page(() => import('./pages/improvement/ChartsPage.js'), 'ChartsPage');
const CodesignLayout = page(() => import('./pages/codesign/CodesignLayout.js'), 'CodesignLayout');
const ReportsLayout = page(() => import('./pages/reports/ReportsLayout.js'), 'ReportsLayout');

function Root() {
  return (
    <SessionProvider>
      <Layout />
    </SessionProvider>
  );
}

/** Pages for signed-in staff; everyone else goes to the sign-in page. */
function RequireUser() {
  const { session } = useSession();
  const location = useLocation();
  if (!session.user) return <Navigate to="/login" replace state={{ from: location.pathname }} />;
  // Pages load on demand; navigations keep the old page until the new one is ready (the router uses transitions).
  return (
    <Suspense fallback={null}>
      <Outlet />
    </Suspense>
  );
}

export const router = createBrowserRouter([
  {
    element: <Root />,
    children: [
      { path: '/login', element: <LoginPage /> },
      {
        element: <RequireUser />,
        children: [
          { path: '/', element: <ProgrammeListPage /> },
          { path: '/tokens', element: <ApiTokensPage /> },
          {
            path: '/programmes/:programmeId',
            element: <ProgrammeLayout />,
            children: [
              { index: true, element: <ProgrammeOverviewPage /> },
              { path: 'municipalities', element: <MunicipalitiesPage /> },
              { path: 'municipalities/:municipalityId', element: <MunicipalityPage /> },
              { path: 'settings', element: <SettingsPage /> },
              { path: 'people', element: <PeoplePage /> },
              { path: 'people/new', element: <ParticipantNewPage /> },
              { path: 'people/import', element: <ImportPage /> },
              { path: 'people/groups', element: <GroupsPage /> },
              { path: 'people/recruitment', element: <RecruitmentPage /> },
              { path: 'people/withdrawals', element: <WithdrawalFollowUpPage /> },
              { path: 'people/:participantId', element: <ParticipantPage /> },
              { path: 'analysis', element: <DocumentsPage /> },
              { path: 'analysis/documents/:documentId', element: <DocumentPage /> },
              { path: 'analysis/codebook', element: <CodebookPage /> },
              { path: 'analysis/retrieval', element: <RetrievalPage /> },
              { path: 'analysis/search', element: <SearchPage /> },
              { path: 'analysis/agreement', element: <AgreementPage /> },
              { path: 'questionnaires', element: <InstrumentsPage /> },
              { path: 'questionnaires/instruments/:instrumentId', element: <InstrumentPage /> },
              { path: 'questionnaires/instruments/:instrumentId/draft', element: <BuilderPage /> },
              { path: 'questionnaires/prepost', element: <PrePostPage /> },
              { path: 'questionnaires/course-experience', element: <CourseExperiencePage /> },
              { path: 'questionnaires/surveys', element: <SurveysPage /> },
              { path: 'questionnaires/surveys/:surveyId', element: <SurveyPage /> },
              { path: 'activities', element: <ActivitiesPage /> },
              { path: 'activities/indicators', element: <IndicatorsPage /> },
              { path: 'activities/types', element: <ActivityTypesPage /> },
              { path: 'activities/:activityId', element: <ActivityDetailPage /> },
              { path: 'activities/:activityId/attendance', element: <ActivityAttendancePage /> },
              { path: 'improvement', element: <NetworkPage /> },
              { path: 'improvement/charts', element: <ChartsPage /> },
              { path: 'improvement/teams/:municipalityId', element: <TeamPage /> },
              { path: 'improvement/measures/:measureId', element: <MeasurePage /> },
              {
                path: 'codesign',
                element: <CodesignLayout />,
                children: codesignSections.map((s) => (s.path ? { path: s.path, element: s.element } : { index: true, element: s.element })),
              },
              ...codesignFullScreen.map((s) => ({ path: `codesign/${s.path}`, element: s.element })),
              {
                path: 'reports',
                element: <ReportsLayout />,
                children: reportsSections.map((s) => (s.path ? { path: s.path, element: s.element } : { index: true, element: s.element })),
              },
              ...comingSoonSections.map((section) => ({ path: section, element: <ComingSoonPage section={section} /> })),
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
