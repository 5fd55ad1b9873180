import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { api, ApiError } from '../../api.js';
import { LoadState } from '../../components/LoadState.js';
import { PageHeader } from '../../components/PageHeader.js';
import { SelectField } from '../../components/SelectField.js';
import { useApi } from '../../hooks/useApi.js';
import { programmeCrumbs, useProgramme } from '../../hooks/useProgramme.js';
import type { CourseExperienceDto } from './experience-types.js';
import { PrePostTabs } from './PrePostTabs.js';
import type { PrePostInstrument } from './types.js';
import './prepost.css';

/** The course evaluation summarised per course, the pilot beside the later courses; free text sent on to analysis. */
export function CourseExperiencePage() {
  const { t, i18n } = useTranslation();
  const { programme } = useProgramme();
  const base = `/programmes/${programme.id}/course-experience`;
  const instruments = useApi<PrePostInstrument[]>(base);
  const [instrumentId, setInstrumentId] = useState('');
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (!instrumentId && instruments.data?.length) setInstrumentId(instruments.data[0].instrumentId);
  }, [instruments.data, instrumentId]);
  const data = useApi<CourseExperienceDto>(instrumentId ? `${base}/${instrumentId}` : null);
  const s = data.data?.summary;
  const number = (n: number) => n.toLocaleString(i18n.language === 'en' ? 'en-GB' : 'nb-NO', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const title = t('prepost.experience.title');
  const roles = new Set(programme.myRoles);
  const maySend = roles.has('coordinator') || roles.has('researcher') || roles.has('admin');
  const columns = s ? [...s.courses.map((c) => ({ key: c.key, label: c.label + (c.isPilot ? ` (${t('prepost.pilot')})` : ''), suppressed: c.suppressed })), ...s.groups.map((g) => ({ key: g.key, label: t(`prepost.experience.groups.${g.key}`), suppressed: g.suppressed }))] : [];
  const send = async () => {
    setBusy(true);
    setStatus('');
    try {
      const result = await api<{ created: unknown[] }>(`${base}/${instrumentId}/send-to-analysis`, { method: 'POST' });
      setStatus(result.created.length ? t('prepost.experience.sent', { count: result.created.length }) : t('prepost.experience.nothingSent'));
    } catch (e) {
      setStatus(e instanceof ApiError ? e.detail : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="page">
      <PageHeader title={title} crumbs={[...programmeCrumbs(programme, t), { label: t('nav.questionnaires'), to: `/programmes/${programme.id}/questionnaires` }, { label: title, to: `/programmes/${programme.id}/questionnaires/course-experience` }]} />
      <PrePostTabs />
      <Paragraph>{t('prepost.experience.intro')}</Paragraph>
      {!instruments.data ? <LoadState error={instruments.error} /> : instruments.data.length === 0 ? <Paragraph>{t('prepost.experience.noInstruments')}</Paragraph> : (
        <div className="filters">
          <SelectField id="experience-instrument" label={t('prepost.experience.instrument')} value={instrumentId} onChange={setInstrumentId}>
            {instruments.data.map((i) => <option key={i.instrumentId} value={i.instrumentId}>{i.title[i18n.language] ?? i.title.nb ?? ''}</option>)}
          </SelectField>
        </div>
      )}
      {instrumentId && !s ? <LoadState error={data.error} /> : null}
      {s ? (
        <>
          <Paragraph>{t('prepost.experience.comparisonNote')}</Paragraph>
          {s.scales.map((scale) => (
            <div className="table-wrap" key={scale.name} tabIndex={0} role="region" aria-label={scale.label}>
              <Table zebra className="data-table" data-testid="experience-scales">
                <caption>{`${t('prepost.experience.scaleCaption')}: ${scale.label}`}</caption>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell scope="col">{t('prepost.experience.course')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('prepost.experience.n')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('prepost.experience.meanSd')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('prepost.experience.medianIqr')}</Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {columns.map((c) => {
                    const d = scale.byGroup[c.key];
                    return (
                      <Table.Row key={c.key}>
                        <Table.HeaderCell scope="row">{c.label}</Table.HeaderCell>
                        {c.suppressed || !d ? <Table.Cell colSpan={3}>{t('prepost.experience.suppressed')}</Table.Cell> : d.ok ? (
                          <><Table.Cell>{d.n}</Table.Cell><Table.Cell>{`${number(d.mean)} (${d.sd === null ? '–' : number(d.sd)})`}</Table.Cell><Table.Cell>{`${number(d.median)} (${number(d.q1)}–${number(d.q3)})`}</Table.Cell></>
                        ) : <Table.Cell colSpan={3}>{t(d.messageKey)}</Table.Cell>}
                      </Table.Row>
                    );
                  })}
                </Table.Body>
              </Table>
            </div>
          ))}
          <Heading level={2} data-size="sm">{t('prepost.experience.distributions')}</Heading>
          {s.items.map((item) => (
            <div className="table-wrap" key={item.variable} tabIndex={0} role="region" aria-label={item.label}>
              <Table className="data-table" data-size="sm" data-testid="experience-item">
                <caption>{item.label}</caption>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell scope="col">{t('prepost.experience.option')}</Table.HeaderCell>
                    {columns.map((c) => <Table.HeaderCell scope="col" key={c.key}>{c.label}</Table.HeaderCell>)}
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {item.options.map((o, i) => (
                    <Table.Row key={o.code}>
                      <Table.HeaderCell scope="row">{o.label}</Table.HeaderCell>
                      {columns.map((c) => <Table.Cell key={c.key}>{c.suppressed ? '–' : (item.counts[c.key]?.[i] ?? 0)}</Table.Cell>)}
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </div>
          ))}
          <Heading level={2} data-size="sm">{t('prepost.experience.freeText')}</Heading>
          {maySend ? (
            <div className="button-row">
              <Button onClick={() => void send()} disabled={busy} data-testid="send-free-text">{t('prepost.experience.send')}</Button>
            </div>
          ) : null}
          <p role="status" data-testid="send-status">{status}</p>
          {s.freeText.map((q) => (
            <section key={q.variable} aria-label={q.label}>
              <Heading level={3} data-size="2xs">{q.label}</Heading>
              {q.answers.length === 0 ? <Paragraph>{t('prepost.experience.noFreeText')}</Paragraph> : (
                <ul className="free-text" data-testid="free-text">
                  {q.answers.map((a, i) => <li key={i}><span className="free-text-course">{a.course}{a.isPilot ? ` (${t('prepost.pilot')})` : ''}:</span> {a.text}</li>)}
                </ul>
              )}
            </section>
          ))}
        </>
      ) : null}
    </div>
  );
}
