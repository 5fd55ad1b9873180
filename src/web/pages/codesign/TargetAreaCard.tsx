import { useTranslation } from 'react-i18next';
import { Button, Card, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { Link } from 'react-router';
import { DataTable } from '../../components/DataTable.js';
import type { ProtectedCount, TargetArea } from './types.js';

/** One target area with the votes per role, touchpoints and quotes behind it. */
export function TargetAreaCard({ area, base, onDelete, headingLevel = 3 }: { area: TargetArea; base: string; onDelete?: () => void; headingLevel?: 3 | 4 }) {
  const { t } = useTranslation();
  const n = (c: ProtectedCount) => (c.suppressed ? t('codesign.targetAreas.suppressed') : String(c.value ?? 0));
  return (
    <Card className="target-area" data-testid={`target-area-${area.id}`}>
      <Heading level={headingLevel} data-size="xs">{area.title}</Heading>
      {area.description ? <Paragraph>{area.description}</Paragraph> : null}
      <Paragraph data-size="sm">{`${t('codesign.targetAreas.scope')}: ${area.municipalityName ?? t('codesign.targetAreas.programmeWide')}`}</Paragraph>
      {area.votes.length ? (
        <DataTable caption={`${t('codesign.targetAreas.votesByRole')}: ${area.title}`} head={<>
          <Table.HeaderCell scope="col">{t('codesign.targetAreas.label')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('codesign.rolesPlural.recipient')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('codesign.rolesPlural.provider')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('codesign.rolesPlural.leader')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('codesign.targetAreas.total')}</Table.HeaderCell>
        </>}>
          {area.votes.map((v) => (
            <Table.Row key={v.id}>
              <Table.Cell>{v.rank ? `${v.rank}. ${v.label}` : v.label}</Table.Cell>
              <Table.Cell>{n(v.tally.recipient)}</Table.Cell>
              <Table.Cell>{n(v.tally.provider)}</Table.Cell>
              <Table.Cell>{n(v.tally.leader)}</Table.Cell>
              <Table.Cell>{n(v.tally.total)}</Table.Cell>
            </Table.Row>
          ))}
        </DataTable>
      ) : null}
      {area.touchpoints.length ? (
        <>
          <Heading level={(headingLevel + 1) as 4 | 5} data-size="2xs">{t('codesign.targetAreas.touchpoints')}</Heading>
          <ul className="quote-list">
            {area.touchpoints.map((tp) => <li key={tp.id}>{`${t(`codesign.roles.${tp.role}`)} · ${tp.emotionLabel}: `}<q>{tp.quote.text}</q> {tp.quote.attribution}</li>)}
          </ul>
        </>
      ) : null}
      {area.quotes.length ? (
        <>
          <Heading level={(headingLevel + 1) as 4 | 5} data-size="2xs">{t('codesign.targetAreas.quotes')}</Heading>
          <ul className="quote-list">{area.quotes.map((q) => <li key={q.codingId}><q>{q.text}</q> {q.attribution}</li>)}</ul>
        </>
      ) : null}
      <div className="button-row">
        <Link to={`${base}/thread?targetAreaId=${area.id}`}>{`${t('codesign.targetAreas.thread')}: ${area.title}`}</Link>
        {onDelete ? <Button variant="tertiary" data-size="sm" data-color="danger" onClick={onDelete}>{`${t('codesign.targetAreas.remove')}: ${area.title}`}</Button> : null}
      </div>
    </Card>
  );
}
