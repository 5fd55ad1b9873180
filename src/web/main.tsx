import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import '@digdir/designsystemet-css';
import '@digdir/designsystemet-theme';
import './styles.css';
import './content.css';
// Every section's stylesheet in the first load (~7 KB compressed in all): pages are code split by
// route, and a class one section defines (`.filters`, `.table-scroll`, `.builder-grid`) is used by
// others, so per-route CSS would leave a page unstyled until another page had been visited.
import './people.css';
import './analysis.css';
import './activities.css';
import './questionnaires.css';
import './codesign.css';
import './boards.css';
import './course.css';
import './pages/improvement/improvement.css';
import './pages/prepost/prepost.css';
import './pages/reports/reports.css';
import './pages/reports/report.css';
import './components/coordinator/coordinator.css';
import './i18n.js';
import { router } from './router.js';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>,
);
