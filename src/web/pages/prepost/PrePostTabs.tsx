import { NavLink, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';

/** Switches between the pre/post results and the course experience (both under Questionnaires). */
export function PrePostTabs() {
  const { t } = useTranslation();
  const { programmeId } = useParams();
  const base = `/programmes/${programmeId}/questionnaires`;
  return (
    <nav aria-label={t('prepost.title')} className="prepost-tabs">
      <ul>
        <li><NavLink to={`${base}/prepost`} end>{t('prepost.title')}</NavLink></li>
        <li><NavLink to={`${base}/course-experience`} end>{t('prepost.experience.title')}</NavLink></li>
      </ul>
    </nav>
  );
}
