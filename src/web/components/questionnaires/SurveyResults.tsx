import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../format.js';
import { Card, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useApi } from '../../hooks/useApi.js';
import { DataTable } from '../DataTable.js';
import { DeliveryStatus } from '../DeliveryStatus.js';
import { LoadState } from '../LoadState.js';
import { useInstruments } from './useInstruments.js';
import type { PairingSummary, Reliability, Survey, SurveyProgress } from './survey-types.js';

/** Counts of who was invited, started and finished. */
export function SurveyProgressCard({ progress }: { progress: SurveyProgress | undefined }) {
  const { t } = useTranslation();
  const rows = progress ? (['invited', 'emailed', 'reminded', 'invitedAnswered', 'started', 'complete'] as const) : [];
  const label = (k: (typeof rows)[number]) => t(`questionnaires.surveys.progress.${k === 'invitedAnswered' ? 'answered' : k}`);
  return (
    <Card data-color="neutral" className="section">
      <Heading level={2} data-size="sm">{t('questionnaires.surveys.progress.heading')}</Heading>
      <dl className="survey-counts" data-testid="survey-progress">
        {rows.map((k) => (
          <div key={k}><dt>{label(k)}</dt><dd>{progress![k]}</dd></div>
        ))}
      </dl>
      {progress?.deliveries ? (
        <>
          <Paragraph data-size="sm" data-testid="survey-deliveries">{t('invitations.panel.delivery.counts', progress.deliveries)}</Paragraph>
          {progress.deliveries.failures.length ? (
            <DataTable caption={t('invitations.panel.delivery.failuresCaption')} testId="survey-delivery-failures"
              head={<><Table.HeaderCell>{t('invitations.panel.delivery.person')}</Table.HeaderCell><Table.HeaderCell>{t('invitations.panel.delivery.status')}</Table.HeaderCell></>}>
              {progress.deliveries.failures.map((f) => (
                <Table.Row key={f.code}>
                  <Table.Cell>{f.code}</Table.Cell>
                  <Table.Cell><DeliveryStatus delivery={{ ...f, status: 'failed', at: '' }} /></Table.Cell>
                </Table.Row>
              ))}
            </DataTable>
          ) : null}
        </>
      ) : null}
    </Card>
  );
}

/** The coordinator's pairing view (counts only) and Cronbach's alpha per scale. */
export function SurveyResults({ survey }: { survey: Survey }) {
  const { t, i18n } = useTranslation();
  const { api: base, text } = useInstruments();
  const pairing = useApi<PairingSummary>(survey.waveGroupId ? `${base}/surveys/${survey.id}/pairing` : null);
  const reliability = useApi<Reliability>(`${base}/surveys/${survey.id}/reliability`);
  const p = pairing.data;
  const pairRows: [string, number | undefined][] = p
    ? [['pre', p.preResponses], ['post', p.postResponses], ['matched', p.matched], ['unmatched', p.unmatched], ['unmatchedPre', p.unmatchedPre], ['unmatchedPost', p.unmatchedPost], ['ambiguous', p.ambiguous], ['withoutKey', p.withoutKey.pre + p.withoutKey.post]]
    : [];
  return (
    <>
      <Card data-color="neutral" className="section">
        <Heading level={2} data-size="sm">{t('questionnaires.surveys.pairing.heading')}</Heading>
        {!survey.waveGroupId ? <Paragraph>{t('questionnaires.surveys.pairing.none')}</Paragraph> : !p ? <LoadState error={pairing.error} /> : (
          <>
            <Paragraph data-size="sm">{t('questionnaires.surveys.pairing.intro')}</Paragraph>
            <dl className="survey-counts" data-testid="pairing-view">
              {pairRows.map(([k, v]) => <div key={k} data-testid={`pairing-${k}`}><dt>{t(`questionnaires.surveys.pairing.${k}`)}</dt><dd>{v ?? 0}</dd></div>)}
            </dl>
          </>
        )}
      </Card>
      <Card data-color="neutral" className="section">
        <Heading level={2} data-size="sm">{t('questionnaires.surveys.reliability.heading')}</Heading>
        {!reliability.data ? <LoadState error={reliability.error} /> : reliability.data.scales.length === 0 ? <Paragraph>{t('questionnaires.surveys.reliability.none')}</Paragraph> : (
          <>
            <Paragraph data-size="sm">{t('questionnaires.surveys.reliability.responses', { count: reliability.data.responses })}</Paragraph>
            <DataTable caption={t('questionnaires.surveys.reliability.heading')} testId="reliability"
              head={<><Table.HeaderCell>{t('questionnaires.surveys.reliability.scale')}</Table.HeaderCell><Table.HeaderCell>{t('questionnaires.surveys.reliability.alpha')}</Table.HeaderCell><Table.HeaderCell>{t('questionnaires.surveys.reliability.n')}</Table.HeaderCell></>}>
              {reliability.data.scales.map((s) => (
                <Table.Row key={s.scale}>
                  <Table.Cell>{text(s.label)}</Table.Cell>
                  <Table.Cell>{s.result?.ok ? formatNumber(s.result.alpha, i18n.language, 2) : t('questionnaires.surveys.reliability.unavailable')}</Table.Cell>
                  <Table.Cell>{s.result?.n ?? 0}</Table.Cell>
                </Table.Row>
              ))}
            </DataTable>
          </>
        )}
      </Card>
    </>
  );
}
