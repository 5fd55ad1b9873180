import { useTranslation } from 'react-i18next';
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useProgramme } from '../../hooks/useProgramme.js';
import { EbcdStageSummary } from './EbcdStageSummary.js';

/** The Samskaping section's first page: what the section holds and where each municipality stands. */
export function CodesignOverviewPage() {
  const { t } = useTranslation();
  const { programme } = useProgramme();
  return (
    <>
      <Heading level={2} data-size="sm">{t('codesign.overview.heading')}</Heading>
      <Paragraph>{t('codesign.overview.intro')}</Paragraph>
      <EbcdStageSummary programmeId={programme.id} headingLevel={3} />
    </>
  );
}
