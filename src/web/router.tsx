import { createBrowserRouter, Navigate, Outlet, useLocation } from 'react-router';
import { Layout } from './components/Layout.js';
import { ComingSoonPage, comingSoonSections } from './pages/ComingSoonPage.js';
import { LoginPage } from './pages/LoginPage.js';
import { MunicipalitiesPage } from './pages/MunicipalitiesPage.js';
import { MunicipalityPage } from './pages/MunicipalityPage.js';
import { NotFoundPage } from './pages/NotFoundPage.js';
import { ProgrammeLayout } from './pages/ProgrammeLayout.js';
import { ProgrammeListPage } from './pages/ProgrammeListPage.js';
import { ProgrammeOverviewPage } from './pages/ProgrammeOverviewPage.js';
import { SettingsPage } from './pages/SettingsPage.js';
import { GroupsPage } from './pages/GroupsPage.js';
import { ImportPage } from './pages/ImportPage.js';
import { ParticipantNewPage } from './pages/ParticipantNewPage.js';
import { ParticipantPage } from './pages/ParticipantPage.js';
import { PeoplePage } from './pages/PeoplePage.js';
import { RecruitmentPage } from './pages/RecruitmentPage.js';
import { WithdrawalFollowUpPage } from './pages/WithdrawalFollowUpPage.js';
import { AgreementPage } from './pages/analysis/AgreementPage.js';
import { CodebookPage } from './pages/analysis/CodebookPage.js';
import { DocumentPage } from './pages/analysis/DocumentPage.js';
import { DocumentsPage } from './pages/analysis/DocumentsPage.js';
import { RetrievalPage } from './pages/analysis/RetrievalPage.js';
import { SearchPage } from './pages/analysis/SearchPage.js';
import { PrePostPage } from './pages/prepost/PrePostPage.js';
import { CourseExperiencePage } from './pages/prepost/CourseExperiencePage.js';
import { SurveyPage } from './pages/questionnaires/SurveyPage.js';
import { BuilderPage } from './pages/questionnaires/BuilderPage.js';
import { InstrumentPage } from './pages/questionnaires/InstrumentPage.js';
import { InstrumentsPage } from './pages/questionnaires/InstrumentsPage.js';
import { SurveysPage } from './pages/questionnaires/SurveysPage.js';
import { ActivitiesPage } from './pages/activities/ActivitiesPage.js';
import { ActivityDetailPage } from './pages/activities/ActivityDetailPage.js';
import { ActivityTypesPage } from './pages/activities/ActivityTypesPage.js';
import { IndicatorsPage } from './pages/activities/IndicatorsPage.js';
import { NetworkPage } from './pages/improvement/NetworkPage.js';
import { TeamPage } from './pages/improvement/TeamPage.js';
import { MeasurePage } from './pages/improvement/MeasurePage.js';
import { ChartsPage } from './pages/improvement/ChartsPage.js';
import { CodesignLayout } from './pages/codesign/CodesignLayout.js';
import { codesignFullScreen, codesignSections } from './pages/codesign/sections.js';
import { SessionProvider, useSession } from './session.js';

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
  return <Outlet />;
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
              ...comingSoonSections.map((section) => ({ path: section, element: <ComingSoonPage section={section} /> })),
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
