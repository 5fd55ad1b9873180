import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { api, ApiError } from '../../api.js';
import type { AgreementReport, AgreementResult, Code, Segment, Statistic } from '../../analysis-types.js';
import { AgreementFigures } from '../../components/analysis/AgreementFigures.js';
import { AnalysisTabs } from '../../components/analysis/AnalysisTabs.js';
import { useAnalysis } from '../../components/analysis/useAnalysis.js';
import { LoadState } from '../../components/LoadState.js';
import { PageHeader } from '../../components/PageHeader.js';
import { SelectField } from '../../components/SelectField.js';
import { useApi } from '../../hooks/useApi.js';
import '../../people.css';
import '../../analysis.css';

/** Two coders' agreement per code and overall: percent, Cohen's kappa, Krippendorff's alpha (unit: characters), and where they disagree. */
export function AgreementPage() {
  const { t, i18n } = useTranslation();
  const { base, crumbs, canWrite } = useAnalysis();
  const codes = useApi<Code[]>(`${base}/codes`);
  const [coders, setCoders] = useState<Map<string, string> | null>(null);
  const [coderA, setCoderA] = useState('');
  const [coderB, setCoderB] = useState('');
  const report = useApi<AgreementReport>(coderA && coderB && coderA !== coderB ? `${base}/agreement?coderA=${coderA}&coderB=${coderB}` : null);
  const number = (n: number, digits = 2) => n.toLocaleString(i18n.language === 'en' ? 'en-GB' : 'nb-NO', { maximumFractionDigits: digits, minimumFractionDigits: digits });

  // The coders are those who coded anything: gather them from each top-level code's segments (themes include their sub-codes).
  useEffect(() => {
    if (!codes.data) return;
    const tops = codes.data.filter((c) => !c.parentId);
    void Promise.all(tops.map((c) => api<Segment[]>(`${base}/codes/${c.id}/segments?includeChildren=true`).catch(() => [] as Segment[]))).then((lists) => {
      const found = new Map<string, string>();
      for (const s of lists.flat()) if (s.coderId) found.set(s.coderId, s.coderName ?? t('analysis.unknownCoder'));
      setCoders(found);
    });
  }, [codes.data, base, t]);

  const stat = (s: Statistic) => (s.ok ? number(s.value, 3) : t(s.messageKey));
  const cells = (r: AgreementResult) => r.ok
    ? [`${number(r.percentAgreement * 100, 1)} %`, stat(r.cohensKappa), stat(r.krippendorffAlpha), number(r.units, 0)]
    : [t(r.messageKey), '–', '–', '–'];
  const codeName = new Map((codes.data ?? []).map((c) => [c.id, c.name]));
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  type Disagreement = AgreementReport['disagreements'][number];
  const short = (text = '') => (text.length > 60 ? `${text.slice(0, 60)}…` : text);
  const settle = async (d: Disagreement, decision: 'keep' | 'remove') => {
    const code = codeName.get(d.codeId) ?? '';
    const holder = coders?.get(d.coder === 'A' ? coderA : coderB) ?? d.coder;
    if (decision === 'remove' && !window.confirm(t('analysis.agreement.removeConfirm', { code, segment: short(d.text), coder: holder }))) return;
    setBusy(true);
    setStatus('');
    try {
      const result = await api<{ settled: boolean }>(`${base}/agreement/settle`, {
        method: 'POST', body: { documentId: d.documentId, codeId: d.codeId, start: d.start, end: d.end, coderA, coderB, decision },
      });
      setStatus(!result.settled ? t('analysis.agreement.alreadySettled') : t(decision === 'keep' ? 'analysis.agreement.kept' : 'analysis.agreement.removed', { code }));
      report.reload();
    } catch (e) {
      setStatus(e instanceof ApiError && e.status === 403 ? t('analysis.agreement.settleBlind') : (e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const list = [...(coders ?? [])];

  return (
    <div className="page">
      <PageHeader title={t('analysis.agreement.title')} crumbs={[...crumbs, { label: t('analysis.tabs.agreement'), to: `${base}/agreement` }]} />
      <AnalysisTabs />
      <Paragraph>{t('analysis.agreement.intro')}</Paragraph>
      {!coders ? <LoadState error={codes.error} /> : list.length < 2 ? <Paragraph>{t('analysis.agreement.needTwo')}</Paragraph> : (
        <div className="filters">
          <SelectField id="coder-a" label={t('analysis.agreement.coderA')} value={coderA} onChange={setCoderA}>
            <option value="">{t('common.choose')}</option>
            {list.map(([id, name]) => <option key={id} value={id}>{name}</option>)}
          </SelectField>
          <SelectField id="coder-b" label={t('analysis.agreement.coderB')} value={coderB} onChange={setCoderB}>
            <option value="">{t('common.choose')}</option>
            {list.filter(([id]) => id !== coderA).map(([id, name]) => <option key={id} value={id}>{name}</option>)}
          </SelectField>
        </div>
      )}
      {!report.data ? (report.error ? <LoadState error={report.error} /> : null) : (
        <>
          <Paragraph>{t('analysis.agreement.unit', { units: number(report.data.units, 0), documents: report.data.documents.length })}</Paragraph>
          <AgreementFigures caption={t('analysis.agreement.caption')} testId="agreement-table" nameHeader={t('analysis.retrieval.code')} rows={[
            ...report.data.perCode.map((p) => ({ key: p.codeId, name: p.name, figures: cells(p.result) })),
            { key: 'overall', name: t('analysis.agreement.overall'), figures: cells(report.data.overall), total: true },
          ]} />
          {report.data.byTheme.length ? (
            <section className="section" aria-labelledby="by-theme-heading">
              <Heading level={2} data-size="sm" id="by-theme-heading">{t('analysis.agreement.byThemeHeading')}</Heading>
              <Paragraph>{t('analysis.agreement.byThemeIntro')}</Paragraph>
              <AgreementFigures caption={t('analysis.agreement.byThemeCaption')} testId="agreement-by-theme" nameHeader={t('analysis.agreement.theme')} extraHeaders={[t('analysis.agreement.values')]}
                rows={report.data.byTheme.map((row) => ({
                  key: row.themeId,
                  name: row.name,
                  extra: [row.values.map((v) => v.name ?? t(v.key === 'several' ? 'analysis.agreement.valueSeveral' : 'analysis.agreement.valueNone')).join(', ')],
                  figures: [row.percentAgreement.ok ? `${number(row.percentAgreement.value * 100, 1)} %` : t(row.percentAgreement.messageKey), stat(row.cohensKappa), stat(row.krippendorffAlpha), number(row.units, 0)],
                }))} />
            </section>
          ) : null}
          <section className="section" aria-labelledby="disagreements-heading">
            <Heading level={2} data-size="sm" id="disagreements-heading">{t('analysis.agreement.disagreements')}</Heading>
            {report.data.disagreementsHidden ? <Paragraph>{t('analysis.agreement.hidden')}</Paragraph> : report.data.disagreements.length === 0 ? <Paragraph>{t('analysis.agreement.noDisagreements')}</Paragraph> : (
              <div className="table-wrap" tabIndex={0} role="region" aria-label={t('analysis.agreement.side', { a: coders?.get(coderA) ?? t('analysis.agreement.coderA'), b: coders?.get(coderB) ?? t('analysis.agreement.coderB') })}>
                <Table className="data-table" data-testid="disagreement-table">
                  <caption>{t('analysis.agreement.side', { a: coders?.get(coderA) ?? t('analysis.agreement.coderA'), b: coders?.get(coderB) ?? t('analysis.agreement.coderB') })}</caption>
                  <Table.Head>
                    <Table.Row>
                      <Table.HeaderCell>{t('analysis.agreement.document')}</Table.HeaderCell>
                      <Table.HeaderCell>{t('analysis.retrieval.code')}</Table.HeaderCell>
                      <Table.HeaderCell>{t('analysis.agreement.segment')}</Table.HeaderCell>
                      <Table.HeaderCell>{coders?.get(coderA) ?? t('analysis.agreement.coderA')}</Table.HeaderCell>
                      <Table.HeaderCell>{coders?.get(coderB) ?? t('analysis.agreement.coderB')}</Table.HeaderCell>
                      {canWrite ? <Table.HeaderCell>{t('analysis.agreement.actions')}</Table.HeaderCell> : null}
                    </Table.Row>
                  </Table.Head>
                  <Table.Body>
                    {report.data.disagreements.map((d) => {
                      const code = codeName.get(d.codeId) ?? '';
                      const segment = short(d.text);
                      const mark = (who: 'A' | 'B') => (d.coder === who ? `✓ ${t('analysis.agreement.coded')}` : `– ${t('analysis.agreement.notCoded')}`);
                      return (
                        <Table.Row key={`${d.documentId}:${d.codeId}:${d.start}:${d.end}`}>
                          <Table.Cell>{report.data!.documents.find((x) => x.id === d.documentId)?.title}</Table.Cell>
                          <Table.Cell>{code}</Table.Cell>
                          <Table.Cell>
                            <q className="segment-text">{d.text}</q>
                            <div className="muted">{t('analysis.agreement.onlyBy', { coder: coders?.get(d.coder === 'A' ? coderA : coderB) ?? d.coder, start: d.start, end: d.end })}</div>
                          </Table.Cell>
                          <Table.Cell>{mark('A')}</Table.Cell>
                          <Table.Cell>{mark('B')}</Table.Cell>
                          {canWrite ? (
                            <Table.Cell>
                              <div className="button-row">
                                <Button variant="secondary" data-size="sm" disabled={busy} aria-label={t('analysis.agreement.keepLabel', { code, segment })} onClick={() => void settle(d, 'keep')}>{t('analysis.agreement.keep')}</Button>
                                <Button variant="tertiary" data-size="sm" data-color="danger" disabled={busy} aria-label={t('analysis.agreement.removeLabel', { code, segment })} onClick={() => void settle(d, 'remove')}>{t('analysis.agreement.remove')}</Button>
                              </div>
                            </Table.Cell>
                          ) : null}
                        </Table.Row>
                      );
                    })}
                  </Table.Body>
                </Table>
              </div>
            )}
          </section>
        </>
      )}
      <div role="status" className="status-region">{status}</div>
    </div>
  );
}
