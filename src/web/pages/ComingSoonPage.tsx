import { useTranslation } from 'react-i18next';
import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { PageHeader } from '../components/PageHeader.js';
import { programmeCrumbs, useProgramme } from '../hooks/useProgramme.js';

/** Parts of the staff app that are planned but not built yet; they keep their place in the menu. */
export const comingSoonSections: readonly string[] = [];
/** The programme menu in order: built sections (with their own routes in router.tsx) first, then those still coming. */
export const menuSections = ['people', 'analysis', 'activities', 'questionnaires', 'codesign', 'improvement', 'reports', ...comingSoonSections] as const;
export type ComingSoonSection = string;

export function ComingSoonPage({ section }: { section: ComingSoonSection }) {
  const { t } = useTranslation();
  const { programme } = useProgramme();
  const title = t(`nav.${section}`);
  return (
    <div className="page">
      <PageHeader title={title} crumbs={[...programmeCrumbs(programme, t), { label: title, to: `/programmes/${programme.id}/${section}` }]} />
      <Alert data-color="info">
        <Heading level={2} data-size="2xs">
          {t('nav.comingSoon')}
        </Heading>
        <Paragraph>{t('nav.comingSoonText')}</Paragraph>
      </Alert>
    </div>
  );
}
