import { useTranslation } from 'react-i18next';
import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useApi } from '../../hooks/useApi.js';
import { DataTable } from '../DataTable.js';
import { LoadState } from '../LoadState.js';

interface Regulars { regularN: number; people: { participantId: string; code: string; role: string; municipalityId: string; invited: number; attended: number; regular: boolean }[] }

/** Who came regularly, by participant code (the indicators give counts per role; this names the codes). */
export function RegularsTable({ programmeId, query }: { programmeId: string; query: string }) {
  const { t } = useTranslation();
  const data = useApi<Regulars>(`/programmes/${programmeId}/activity-indicators/regulars?${query}`);
  return (
    <section className="indicator-section" aria-labelledby="regulars-heading" data-testid="regulars">
      <Heading level={2} data-size="xs" id="regulars-heading">{t('regulars.heading')}</Heading>
      {!data.data ? <LoadState error={data.error} /> : (
        <>
          <Paragraph>{t('regulars.intro', { n: data.data.regularN })}</Paragraph>
          {data.data.people.length === 0 ? <Paragraph>{t('regulars.empty')}</Paragraph> : (
            <DataTable caption={t('regulars.caption')} testId="regulars-table"
              head={<>{(['code', 'role', 'invited', 'attended', 'regular'] as const).map((k) => <Table.HeaderCell key={k}>{t(`regulars.${k}`)}</Table.HeaderCell>)}</>}>
              {data.data.people.map((p) => (
                <Table.Row key={p.participantId}>
                  <Table.Cell>{p.code}</Table.Cell><Table.Cell>{t(`people.roles.${p.role}`)}</Table.Cell>
                  <Table.Cell>{p.invited}</Table.Cell><Table.Cell>{p.attended}</Table.Cell>
                  <Table.Cell>{p.regular ? t('regulars.yes') : t('regulars.no')}</Table.Cell>
                </Table.Row>
              ))}
            </DataTable>
          )}
        </>
      )}
    </section>
  );
}
