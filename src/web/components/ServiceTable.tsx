import { useTranslation } from 'react-i18next';
import { Button, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import type { Service } from '../types.js';
import { DataTable } from './DataTable.js';

interface Props {
  services: Service[];
  /** Show Edit and Delete per row. */
  editable: boolean;
  onEdit(service: Service): void;
  onDelete(service: Service): void;
}

/** A municipality's services: name, kind and whether both selection criteria are met. */
export function ServiceTable({ services, editable, onEdit, onDelete }: Props) {
  const { t } = useTranslation();
  if (services.length === 0) return <Paragraph data-testid="service-list">{t('service.listEmpty')}</Paragraph>;
  return (
    <DataTable
      caption={t('service.title')} testId="service-list"
      head={
        <>
          <Table.HeaderCell>{t('service.name')}</Table.HeaderCell>
          <Table.HeaderCell>{t('service.kind')}</Table.HeaderCell>
          <Table.HeaderCell>{t('service.criteria')}</Table.HeaderCell>
          {editable ? <Table.HeaderCell>{t('common.actions')}</Table.HeaderCell> : null}
        </>
      }
    >
      {services.map((s) => {
        const met = s.committedToRecovery && s.offersMentalHealthSubstanceUse;
        return (
          <Table.Row key={s.id}>
            <Table.Cell>
              <span className="cell-title">{s.name}</span>
              {s.description ? <span className="cell-sub">{s.description}</span> : null}
            </Table.Cell>
            <Table.Cell>{t(`service.kinds.${s.kind}`)}</Table.Cell>
            <Table.Cell>
              <Tag data-color={met ? 'success' : 'warning'}>{t(met ? 'service.criteriaMet' : 'service.criteriaNotMet')}</Tag>
            </Table.Cell>
            {editable ? (
              <Table.Cell>
                <div className="button-row nowrap">
                  <Button variant="tertiary" data-size="sm" onClick={() => onEdit(s)} aria-label={`${t('common.edit')}: ${s.name}`}>
                    {t('common.edit')}
                  </Button>
                  <Button variant="tertiary" data-size="sm" data-color="danger" onClick={() => onDelete(s)} aria-label={`${t('common.delete')}: ${s.name}`}>
                    {t('common.delete')}
                  </Button>
                </div>
              </Table.Cell>
            ) : null}
          </Table.Row>
        );
      })}
    </DataTable>
  );
}
