import { useMemo } from 'react';
import { NavLink, Outlet, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LoadState } from '../components/LoadState.js';
import { useApi } from '../hooks/useApi.js';
import type { ProgrammeContext } from '../hooks/useProgramme.js';
import type { ProgrammeOverview } from '../types.js';
import { menuSections } from './ComingSoonPage.js';

/** Loads one programme and shows its sub-navigation beside the current sub-page. */
export function ProgrammeLayout() {
  const { t } = useTranslation();
  const { programmeId } = useParams();
  const resource = useApi<ProgrammeOverview>(`/programmes/${programmeId}`);
  const programme = resource.data?.id === programmeId ? resource.data : undefined;

  const context = useMemo<ProgrammeContext | null>(() => {
    if (!programme) return null;
    const roles = new Set(programme.myRoles);
    const canManage = roles.has('coordinator') || roles.has('admin');
    const archived = programme.archivedAt !== null;
    return { programme, reload: resource.reload, canManage: canManage, canWriteServices: (municipalityId: string) => !archived && (canManage || programme.myContactMunicipalityIds.includes(municipalityId)), archived };
  }, [programme, resource.reload]);

  if (!context) return <div className="page">{<LoadState error={resource.error} />}</div>;

  const base = `/programmes/${context.programme.id}`;
  const sections: { to: string; label: string; end?: boolean }[] = [
    { to: base, label: t('nav.overview'), end: true },
    { to: `${base}/municipalities`, label: t('nav.municipalities') },
    ...menuSections.flatMap((section) => [
      { to: `${base}/${section}`, label: t(`nav.${section}`) },
      // Pre/post results sit under Questionnaires (issue 6).
      ...(section === 'questionnaires' ? [{ to: `${base}/questionnaires/prepost`, label: t('prepost.title') }] : []),
    ]),
    ...(context.canManage ? [{ to: `${base}/settings`, label: t('nav.settings') }] : []),
  ];

  return (
    <div className="programme-shell">
      <nav aria-label={t('nav.programmeMenu')} className="side-nav">
        <ul>
          {sections.map((s) => (
            <li key={s.to}>
              <NavLink to={s.to} end={s.end}>
                {s.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <div className="programme-content" id="page-content" tabIndex={-1}>
        <Outlet context={context} />
      </div>
    </div>
  );
}
