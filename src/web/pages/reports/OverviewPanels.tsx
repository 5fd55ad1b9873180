import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { DataTable } from '../../components/DataTable.js';
import { LoadState } from '../../components/LoadState.js';
import { formatDate } from '../../format.js';
import { useApi } from '../../hooks/useApi.js';
import { SteeringReport } from './SteeringReport.js';
import type { Count, OverviewDto } from './types.js';
import './reports.css';

/**
 * The programme overview's "what to do next" (issue 14 §1): what needs attention today (each line a
 * link to the page where it is done), progress against the plan per municipality, consent, and the
 * steering group's progress report from the same data.
 */
export function OverviewPanels({ programmeId, stages }: { programmeId: string; /** The EBCD stage per municipality (co-design programmes), shown beside the progress. */ stages?: ReactNode }) {
  const { t, i18n } = useTranslation();
  const overview = useApi<OverviewDto>(`/programmes/${programmeId}/reports/overview`);
  const o = (k: string, vars?: Record<string, unknown>) => t(`reports.overview.${k}`, vars);
  if (!overview.data) return <LoadState error={overview.error} />;
  const data = overview.data;
  const base = `/programmes/${programmeId}`;
  const count = (c: Count) => (c.suppressed ? o('suppressed', { threshold: data.threshold }) : String(c.value));
  const pending = data.attention.filter((a) => a.count.suppressed || (a.count.value ?? 0) > 0);
  return (
    <div className="overview-panels">
      <section aria-labelledby="attention-heading" data-testid="attention">
        <Heading level={2} data-size="xs" id="attention-heading">{o('attentionHeading')}</Heading>
        {pending.length === 0 ? <Paragraph>{o('nothing')}</Paragraph> : (
          <>
            <Paragraph data-size="sm">{o('attentionIntro')}</Paragraph>
            <ul className="attention-list">
              {pending.map((a) => {
                const shown = a.entries.length;
                const total = a.count.value ?? shown;
                return (
                  <li key={a.kind} data-testid={`attention-${a.kind}`}>
                    <Link to={`${base}${a.link}`} data-testid={`attention-link-${a.kind}`}>
                      {`${t(`reports.attention.${a.kind}`)}: `}<strong data-testid={`attention-count-${a.kind}`}>{count(a.count)}</strong>
                    </Link>
                    {a.entries.length > 1 ? (
                      <ul>
                        {a.entries.map((e) => (
                          <li key={e.id}>
                            <Link to={`${base}${e.link}`}>{e.label}</Link>
                            {e.count ? ` (${count(e.count)})` : ''}
                            {e.date ? ` – ${o(a.kind === 'surveys' ? 'closes' : 'due', { date: formatDate(e.date, i18n.language) })}` : ''}
                          </li>
                        ))}
                        {a.kind !== 'invitations' && a.kind !== 'followUps' && total > shown ? <li>{o('more', { count: total - shown })}</li> : null}
                      </ul>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          </>
        )}
      </section>
      <section aria-labelledby="progress-heading" data-testid="progress">
        <Heading level={2} data-size="xs" id="progress-heading">{o('progressHeading')}</Heading>
        {data.gatherings ? <Paragraph data-testid="progress-gatherings">{o('gatherings', { ...data.gatherings })}</Paragraph> : null}
        <DataTable caption={o('progressCaption')} testId="progress-table" head={<>
          <Table.HeaderCell scope="col">{o('municipality')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{o('activities')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{o('recruitment')}</Table.HeaderCell>
        </>}>
          {data.municipalities.map((m) => (
            <Table.Row key={m.municipalityId} data-testid={`progress-${m.name}`}>
              <Table.HeaderCell scope="row"><Link to={`${base}/municipalities/${m.municipalityId}`}>{m.name}</Link></Table.HeaderCell>
              <Table.Cell data-testid={`progress-activities-${m.name}`}>{o('ofTotal', { done: m.activities.held, total: m.activities.planned })}</Table.Cell>
              <Table.Cell data-testid={`progress-recruitment-${m.name}`}>{o('ofTotal', { done: count(m.recruitment.recruited), total: m.recruitment.target })}</Table.Cell>
            </Table.Row>
          ))}
          <Table.Row data-testid="progress-programme">
            <Table.HeaderCell scope="row">{o('programmeWide')}</Table.HeaderCell>
            <Table.Cell>{o('ofTotal', { done: data.programmeWide.held, total: data.programmeWide.planned })}</Table.Cell>
            <Table.Cell>{o('ofTotal', { done: count(data.recruitment.recruited), total: data.recruitment.target })}</Table.Cell>
          </Table.Row>
        </DataTable>
        {data.suppressing ? <Paragraph data-size="sm">{o('suppressedNote', { threshold: data.threshold })}</Paragraph> : null}
      </section>
      {stages}
      <section aria-labelledby="consent-heading" data-testid="consent-status">
        <Heading level={2} data-size="xs" id="consent-heading">{o('consentHeading')}</Heading>
        {data.consent.length === 0 ? <Paragraph>{o('consentNone')}</Paragraph> : (
          <>
            <Paragraph data-size="sm">{o('consentIntro')}</Paragraph>
            <ul>
              {data.consent.map((c) => <li key={c.key} data-testid={`consent-${c.key}`}>{`${c.label}: ${count(c.consented)}`}</li>)}
            </ul>
          </>
        )}
      </section>
      <SteeringReport programmeId={programmeId} />
    </div>
  );
}
