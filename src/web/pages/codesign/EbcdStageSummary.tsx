import { useTranslation } from 'react-i18next';
import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { DataTable } from '../../components/DataTable.js';
import { LoadState } from '../../components/LoadState.js';
import { useApi } from '../../hooks/useApi.js';
import { ebcdStages } from '../../../modules/codesign/vocabulary.js';
import type { EbcdStageRow } from './types.js';

/**
 * Per municipality, the EBCD stage reached (from the activities held), shown as a step count and
 * a text, never by colour alone. Used on the programme overview and the Samskaping overview.
 */
export function EbcdStageSummary({ programmeId, headingLevel = 2 }: { programmeId: string; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const resource = useApi<EbcdStageRow[]>(`/programmes/${programmeId}/codesign/ebcd-stages`);
  const steps = ebcdStages.length - 1;
  return (
    <section className="ebcd-stages" aria-labelledby="ebcd-stages-heading" data-testid="ebcd-stages">
      <Heading level={headingLevel} data-size="xs" id="ebcd-stages-heading">{t('codesign.ebcd.heading')}</Heading>
      <Paragraph data-size="sm">{t('codesign.ebcd.intro')}</Paragraph>
      {!resource.data ? <LoadState error={resource.error} /> : (
        <DataTable caption={t('codesign.ebcd.heading')} head={<>
          <Table.HeaderCell scope="col">{t('codesign.ebcd.municipality')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('codesign.ebcd.stage')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('codesign.ebcd.next')}</Table.HeaderCell>
        </>}>
          {resource.data.map((row) => (
            <Table.Row key={row.municipalityId} data-testid={`ebcd-stage-${row.name}`}>
              <Table.HeaderCell scope="row">{row.name}</Table.HeaderCell>
              <Table.Cell>
                <span className="ebcd-meter" aria-hidden="true">
                  {Array.from({ length: steps }, (_, i) => <span key={i} className={i < row.stageIndex ? 'on' : ''} />)}
                </span>{' '}
                {`${t(`codesign.ebcd.stages.${row.stage}`)} (${row.stageIndex}/${steps})`}
                <span className="ebcd-counts">{t('codesign.ebcd.counts', { touchpoints: row.touchpoints, targetAreas: row.targetAreas })}</span>
              </Table.Cell>
              <Table.Cell>{row.next ? t(`codesign.ebcd.stages.${row.next}`) : '–'}</Table.Cell>
            </Table.Row>
          ))}
        </DataTable>
      )}
    </section>
  );
}
