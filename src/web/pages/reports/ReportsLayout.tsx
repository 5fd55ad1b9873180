import { Outlet, useLocation, useOutletContext } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader.js';
import { SubTabs } from '../../components/SubTabs.js';
import { programmeCrumbs, useProgramme, type ProgrammeContext } from '../../hooks/useProgramme.js';
import { reportsSections } from './sections.js';
import './reports.css';

/**
 * The Rapporter section: its heading and tabs (from sections.tsx) above the current page. Pages below
 * use h2 headings; the programme context is passed on so `useProgramme()` keeps working.
 */
export function ReportsLayout() {
  const { t } = useTranslation();
  const context = useOutletContext<ProgrammeContext>();
  const { programme } = useProgramme();
  const location = useLocation();
  const base = `/programmes/${programme.id}/reports`;
  const tabs = reportsSections
    .filter((s) => s.tabKey)
    .map((s) => ({ to: s.path ? `${base}/${s.path}` : base, label: t(s.tabKey!), end: s.path === '' }));
  const current = tabs.slice().reverse().find((tab) => location.pathname === tab.to || location.pathname.startsWith(`${tab.to}/`));
  const title = current ? `${current.label} – ${t('nav.reports')}` : t('nav.reports');
  return (
    <div className="page reports">
      <PageHeader title={title} crumbs={[...programmeCrumbs(programme, t), { label: t('nav.reports'), to: base }]} />
      <SubTabs label={t('nav.reports')} tabs={tabs} />
      <Outlet context={context} />
    </div>
  );
}
