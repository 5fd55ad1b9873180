import { useTranslation } from 'react-i18next';
import { Paragraph, Table } from '@digdir/designsystemet-react';
import { formatDateTime } from '../format.js';
import type { AuditEntry } from '../types.js';
import { DataTable } from './DataTable.js';

interface Props {
  entries: AuditEntry[];
  /** Names of the people we know, by user id (the programme's team and the signed-in user). */
  people: Map<string, string>;
}

type Data = { [key: string]: unknown } | null;

/** The programme's audit log, newest first: when, who, what happened, to what. */
export function AuditLog({ entries, people }: Props) {
  const { t, i18n } = useTranslation();
  if (entries.length === 0) return <Paragraph>{t('audit.empty')}</Paragraph>;

  // Every event reads as words: its own sentence when there is one, else the verb of its last part
  // (`improvement.measure.create` → "Created"); never the raw action or entity name.
  const actionLabel = (action: string): string => {
    if (i18n.exists(`audit.actions.${action}`)) return t(`audit.actions.${action}`);
    const verb = action.slice(action.lastIndexOf('.') + 1);
    return i18n.exists(`auditWords.verbs.${verb}`) ? t(`auditWords.verbs.${verb}`) : t('auditWords.other');
  };
  const entityLabel = (entity: string): string =>
    i18n.exists(`audit.entities.${entity}`) ? t(`audit.entities.${entity}`) : i18n.exists(`auditWords.entities.${entity}`) ? t(`auditWords.entities.${entity}`) : t('auditWords.otherEntity');

  const subject = (entry: AuditEntry): string => {
    const data = (entry.after ?? entry.before) as Data;
    if (!data) return '';
    if (entry.entity === 'programme_role') {
      const person = people.get(String(data.userId)) ?? '';
      const role = t(`role.names.${String(data.role)}`);
      return person ? `${person} (${role})` : role;
    }
    return typeof data.name === 'string' ? data.name : '';
  };

  return (
    <DataTable
      caption={t('nav.audit')} testId="audit-log"
      head={
        <>
          <Table.HeaderCell>{t('audit.at')}</Table.HeaderCell>
          <Table.HeaderCell>{t('audit.who')}</Table.HeaderCell>
          <Table.HeaderCell>{t('audit.action')}</Table.HeaderCell>
          <Table.HeaderCell>{t('audit.entity')}</Table.HeaderCell>
        </>
      }
    >
      {entries.map((e) => (
        <Table.Row key={e.id}>
          <Table.Cell className="nowrap">
            <time dateTime={e.at}>{formatDateTime(e.at, i18n.language)}</time>
          </Table.Cell>
          <Table.Cell>{e.actorId ? (people.get(e.actorId) ?? t('audit.someoneElse')) : t('audit.system')}</Table.Cell>
          <Table.Cell>{actionLabel(e.action)}</Table.Cell>
          <Table.Cell>
            <span className="cell-title">{entityLabel(e.entity)}</span>
            {subject(e) ? <span className="cell-sub">{subject(e)}</span> : null}
          </Table.Cell>
        </Table.Row>
      ))}
    </DataTable>
  );
}
