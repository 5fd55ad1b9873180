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
              ...comingSoonSections.map((section) => ({ path: section, element: <ComingSoonPage section={section} /> })),
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
