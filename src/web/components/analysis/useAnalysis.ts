import { useTranslation } from 'react-i18next';
import { programmeCrumbs, useProgramme } from '../../hooks/useProgramme.js';
import { useSession } from '../../session.js';

/**
 * What every analysis page needs: `base` (both the page path and, after /api/v1, the API path),
 * breadcrumbs up to "Analysis", and whether the caller may change things (coordinator, researcher).
 */
export function useAnalysis() {
  const { t } = useTranslation();
  const { programme, archived } = useProgramme();
  const { session } = useSession();
  const base = `/programmes/${programme.id}/analysis`;
  const roles = new Set<string>(programme.myRoles);
  const canWrite = !archived && (!!session.user?.isAdmin || roles.has('coordinator') || roles.has('researcher'));
  const crumbs = [...programmeCrumbs(programme, t), { label: t('nav.analysis'), to: base }];
  return { programme, base, crumbs, canWrite };
}
