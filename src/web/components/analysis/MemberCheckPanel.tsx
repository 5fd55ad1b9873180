import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Card, Checkbox, Fieldset, Heading, Paragraph, Table, Tag, Textfield } from '@digdir/designsystemet-react';
import { api, ApiError } from '../../api.js';
import { formatDate, formatDateTime } from '../../format.js';
import type { Participant } from '../../people-types.js';
import { useApi } from '../../hooks/useApi.js';
import { DeliveryStatus, type Delivery } from '../DeliveryStatus.js';

/** API shapes of …/member-checks (see src/modules/analysis/member-check-dto.ts). */
interface Recipient { id: string; participantId: string; code: string; hasEmail: boolean; sentAt: string | null; openedAt: string | null; respondedAt: string | null; comment: string | null; delivery: Delivery | null }
interface MemberCheck { id: string; documentId: string; deadline: string; open: boolean; createdAt: string; recipients: Recipient[] }
interface Link { recipientId: string; participantId: string; code: string; emailed: boolean; url: string | null; qrSvg: string | null }

interface Props {
  base: string;
  programmeId: string;
  documentId: string;
  participantIds: string[];
  canWrite: boolean;
}

/**
 * Member checking on the document page: send the (pseudonymised) text back to the participants who
 * were present, with a deadline; see who was e-mailed, who opened it and what they wrote. Links of
 * people without e-mail are shown once, with a QR code, to hand out.
 */
export function MemberCheckPanel({ base, programmeId, documentId, participantIds, canWrite }: Props) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const checks = useApi<MemberCheck[]>(`${base}/documents/${documentId}/member-checks`);
  const people = useApi<Participant[]>(participantIds.length ? `/programmes/${programmeId}/participants` : null);
  const codeOf = new Map((people.data ?? []).map((p) => [p.id, p.code]));
  const [chosen, setChosen] = useState<string[] | null>(null);
  const [deadline, setDeadline] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [status, setStatus] = useState('');
  const [links, setLinks] = useState<Link[]>([]);
  const selected = chosen ?? participantIds;
  const when = (iso: string | null) => (iso ? formatDateTime(iso, i18n.language) : t('analysis.memberCheck.no'));

  const start = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      const done = await api<{ check: MemberCheck; links: Link[] }>(`${base}/documents/${documentId}/member-checks`, { method: 'POST', body: { deadline, participantIds: selected } });
      setLinks(done.links.filter((l) => l.url));
      setStatus(t('analysis.memberCheck.started', { count: done.links.length, emailed: done.links.filter((l) => l.emailed).length }));
      checks.reload();
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, String(e)));
    }
  };
  const newLink = async (check: MemberCheck, r: Recipient) => {
    const link = await api<{ url: string; qrSvg: string }>(`${base}/member-checks/${check.id}/recipients/${r.id}/link`, { method: 'POST' });
    setLinks([{ recipientId: r.id, participantId: r.participantId, code: r.code, emailed: false, ...link }]);
  };

  return (
    <Card className="memo-panel" data-testid="member-check-panel">
      <Heading level={2} data-size="xs" id={`${id}-h`}>{t('analysis.memberCheck.title')}</Heading>
      <Paragraph data-size="sm">{t('analysis.memberCheck.intro')}</Paragraph>
      {canWrite && participantIds.length === 0 ? <Paragraph data-size="sm" className="muted">{t('analysis.memberCheck.nonePresent')}</Paragraph> : null}
      {canWrite && participantIds.length > 0 ? (
        <form onSubmit={start} className="form-grid">
          <Fieldset>
            <Fieldset.Legend>{t('analysis.memberCheck.participants')}</Fieldset.Legend>
            {participantIds.map((pid) => (
              <Checkbox
                key={pid}
                label={codeOf.get(pid) ?? pid}
                value={pid}
                checked={selected.includes(pid)}
                onChange={(e) => setChosen(e.target.checked ? [...selected, pid] : selected.filter((x) => x !== pid))}
              />
            ))}
          </Fieldset>
          <Textfield label={t('analysis.memberCheck.deadline')} type="date" value={deadline} onChange={(e) => setDeadline(e.target.value)} error={error?.forField('deadline')} required />
          {error && !error.forField('deadline') ? <Paragraph role="alert" className="error-text">{error.forField('participantIds') ?? error.detail}</Paragraph> : null}
          <Button type="submit" variant="secondary" disabled={!deadline || selected.length === 0}>{t('analysis.memberCheck.start')}</Button>
        </form>
      ) : null}
      <div role="status" className="status-region">{status}</div>
      {links.length ? (
        <Alert data-color="info" data-testid="member-check-links">
          <Paragraph data-size="sm">{t('analysis.memberCheck.handOut')}</Paragraph>
          <ul className="memo-list">
            {links.map((l) => (
              <li key={l.recipientId}>
                <strong>{t('analysis.memberCheck.linkFor', { code: l.code })}:</strong> <code>{l.url}</code>
                {l.qrSvg ? <img alt={t('analysis.memberCheck.qrAlt', { code: l.code })} width={160} height={160} src={`data:image/svg+xml;utf8,${encodeURIComponent(l.qrSvg)}`} /> : null}
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
      {(checks.data ?? []).length === 0 ? <Paragraph data-size="sm" className="muted">{t('analysis.memberCheck.noChecks')}</Paragraph> : null}
      {(checks.data ?? []).map((check) => (
        <section key={check.id} aria-label={t('analysis.memberCheck.sentOn', { date: formatDate(check.createdAt, i18n.language), deadline: formatDate(check.deadline, i18n.language) })}>
          <Paragraph data-size="sm">
            {t('analysis.memberCheck.sentOn', { date: formatDate(check.createdAt, i18n.language), deadline: formatDate(check.deadline, i18n.language) })}{' '}
            <Tag data-color={check.open ? 'success' : 'neutral'}>{check.open ? t('analysis.memberCheck.open') : t('analysis.memberCheck.closed')}</Tag>
          </Paragraph>
          <Table zebra className="data-table" data-size="sm">
            <caption className="ds-sr-only">{t('analysis.memberCheck.caption')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('analysis.memberCheck.participant')}</Table.HeaderCell>
                <Table.HeaderCell>{t('analysis.memberCheck.sent')}</Table.HeaderCell>
                <Table.HeaderCell>{t('analysis.memberCheck.opened')}</Table.HeaderCell>
                <Table.HeaderCell>{t('analysis.memberCheck.responded')}</Table.HeaderCell>
                <Table.HeaderCell>{t('analysis.memberCheck.comment')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {check.recipients.map((r) => (
                <Table.Row key={r.id} data-testid="member-check-recipient">
                  <Table.Cell>{r.code}</Table.Cell>
                  <Table.Cell>
                    {r.sentAt ? when(r.sentAt) : r.delivery ? <DeliveryStatus delivery={r.delivery} testId="member-check-delivery" /> : t('analysis.memberCheck.notSent')}
                    {canWrite && check.open ? <Button variant="tertiary" data-size="sm" onClick={() => newLink(check, r)}>{t('analysis.memberCheck.newLink', { code: r.code })}</Button> : null}
                  </Table.Cell>
                  <Table.Cell>{when(r.openedAt)}</Table.Cell>
                  <Table.Cell>{when(r.respondedAt)}</Table.Cell>
                  <Table.Cell className="memo-text">{r.comment ?? '–'}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </section>
      ))}
    </Card>
  );
}
