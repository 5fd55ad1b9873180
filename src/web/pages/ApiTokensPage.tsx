import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Card, Checkbox, Fieldset, Heading, Paragraph, Radio, Table, Tag, Textfield } from '@digdir/designsystemet-react';
import { api, ApiError } from '../api.js';
import { ConfirmDialog } from '../components/ConfirmDialog.js';
import { FormErrors } from '../components/FormErrors.js';
import { LoadState } from '../components/LoadState.js';
import { PageHeader } from '../components/PageHeader.js';
import { SelectField } from '../components/SelectField.js';
import { StatusMessage } from '../components/StatusMessage.js';
import { formatDateTime } from '../format.js';
import { useApi } from '../hooks/useApi.js';
import type { Programme } from '../types.js';

interface ApiToken {
  id: string;
  name: string;
  prefix: string;
  access: 'read' | 'read_write';
  programmeIds: string[];
  createdAt: string;
  expiresAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

const lifetimes = [30, 90, 180, 365] as const;

/** Personal API tokens for R and Python scripts: made here, shown once, revoked here. */
export function ApiTokensPage() {
  const { t, i18n } = useTranslation();
  const tokens = useApi<ApiToken[]>('/me/tokens');
  const programmes = useApi<Programme[]>('/programmes?archived=false');
  const [name, setName] = useState('');
  const [access, setAccess] = useState<'read' | 'read_write'>('read');
  const [chosen, setChosen] = useState<string[]>([]);
  const [days, setDays] = useState<string>('90');
  const [error, setError] = useState<ApiError | null>(null);
  const [secret, setSecret] = useState<{ name: string; value: string } | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  const [copied, setCopied] = useState(false);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setStatus(null);
    try {
      const made = await api<{ token: ApiToken; secret: string }>('/me/tokens', { method: 'POST', body: { name, access, programmeIds: chosen, expiresInDays: Number(days) } });
      setSecret({ name: made.token.name, value: made.secret });
      setCopied(false);
      setName('');
      setChosen([]);
      tokens.reload();
    } catch (e) {
      if (e instanceof ApiError) setError(e);
      else throw e;
    }
  };

  const state = (tk: ApiToken) => (tk.revokedAt ? 'revoked' : new Date(tk.expiresAt) <= new Date() ? 'expired' : 'active');
  const programmeName = new Map((programmes.data ?? []).map((p) => [p.id, p.name]));
  const when = (iso: string | null) => (iso ? formatDateTime(iso, i18n.language) : t('tokens.never'));

  return (
    <div className="page">
      <PageHeader title={t('tokens.heading')} />
      <Paragraph>{t('tokens.intro')}</Paragraph>
      <StatusMessage message={status} />
      {secret ? (
        <Card className="form-card" data-color="success" data-testid="new-token">
          <Paragraph role="status">{t('tokens.created', { name: secret.name })}</Paragraph>
          <Textfield label={t('tokens.secretLabel')} value={secret.value} readOnly onFocus={(e) => e.currentTarget.select()} className="token-secret" />
          <div className="button-row">
            <Button variant="secondary" onClick={() => void navigator.clipboard?.writeText(secret.value).then(() => setCopied(true))}>
              {copied ? t('tokens.copied') : t('tokens.copy')}
            </Button>
          </div>
        </Card>
      ) : null}
      <Card className="form-card">
        <Heading level={2} data-size="sm">{t('tokens.create')}</Heading>
        {programmes.data && programmes.data.length === 0 ? <Paragraph>{t('tokens.noMembership')}</Paragraph> : null}
        <form onSubmit={(e) => void create(e)} noValidate data-testid="token-form">
          <FormErrors error={error} formId="token" labels={{ name: t('tokens.name'), programmeIds: t('tokens.programmes'), expiresInDays: t('tokens.expires') }} />
          <Textfield id="token-name" label={t('tokens.name')} description={t('tokens.nameHint')} value={name} onChange={(e) => setName(e.target.value)} error={error?.forField('name')} required maxLength={100} />
          <Fieldset>
            <Fieldset.Legend>{t('tokens.access')}</Fieldset.Legend>
            <Radio name="access" value="read" label={t('tokens.accessRead')} checked={access === 'read'} onChange={() => setAccess('read')} />
            <Radio name="access" value="read_write" label={t('tokens.accessReadWrite')} checked={access === 'read_write'} onChange={() => setAccess('read_write')} />
          </Fieldset>
          <Fieldset id="token-programmeIds">
            <Fieldset.Legend>{t('tokens.programmes')}</Fieldset.Legend>
            {error?.forField('programmeIds') ? <Paragraph data-color="danger">{error.forField('programmeIds')}</Paragraph> : null}
            {(programmes.data ?? []).map((p) => (
              <Checkbox key={p.id} value={p.id} label={p.name} checked={chosen.includes(p.id)}
                onChange={(e) => setChosen((c) => (e.target.checked ? [...c, p.id] : c.filter((x) => x !== p.id)))} />
            ))}
          </Fieldset>
          <SelectField id="token-days" label={t('tokens.expires')} value={days} onChange={setDays}>
            {lifetimes.map((d) => <option key={d} value={String(d)}>{t('tokens.days', { count: d })}</option>)}
          </SelectField>
          <div className="button-row">
            <Button type="submit" variant="primary">{t('tokens.create')}</Button>
          </div>
        </form>
      </Card>
      <Heading level={2} data-size="sm">{t('tokens.listHeading')}</Heading>
      {!tokens.data ? (
        <LoadState error={tokens.error} />
      ) : tokens.data.length === 0 ? (
        <Paragraph>{t('tokens.none')}</Paragraph>
      ) : (
        <div className="table-scroll">
          <Table data-testid="token-list">
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('tokens.name')}</Table.HeaderCell>
                <Table.HeaderCell>{t('tokens.prefix')}</Table.HeaderCell>
                <Table.HeaderCell>{t('tokens.access')}</Table.HeaderCell>
                <Table.HeaderCell>{t('tokens.programmes')}</Table.HeaderCell>
                <Table.HeaderCell>{t('tokens.expiresAt')}</Table.HeaderCell>
                <Table.HeaderCell>{t('tokens.lastUsed')}</Table.HeaderCell>
                <Table.HeaderCell>{t('tokens.status')}</Table.HeaderCell>
                <Table.HeaderCell><span className="visually-hidden">{t('tokens.revoke')}</span></Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {tokens.data.map((tk) => (
                <Table.Row key={tk.id}>
                  <Table.Cell>{tk.name}</Table.Cell>
                  <Table.Cell><code>{tk.prefix}…</code></Table.Cell>
                  <Table.Cell>{tk.access === 'read' ? t('tokens.accessRead') : t('tokens.accessReadWrite')}</Table.Cell>
                  <Table.Cell>{tk.programmeIds.map((id) => programmeName.get(id) ?? '–').join(', ')}</Table.Cell>
                  <Table.Cell>{when(tk.expiresAt)}</Table.Cell>
                  <Table.Cell>{when(tk.lastUsedAt)}</Table.Cell>
                  <Table.Cell><Tag data-color={state(tk) === 'active' ? 'success' : 'neutral'}>{t(`tokens.${state(tk)}`)}</Tag></Table.Cell>
                  <Table.Cell>
                    {state(tk) === 'active' ? (
                      <Button variant="tertiary" data-size="sm" onClick={() => setRevoking(tk)} aria-label={`${t('tokens.revoke')}: ${tk.name}`}>
                        {t('tokens.revoke')}
                      </Button>
                    ) : null}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
      <ConfirmDialog
        open={revoking !== null}
        title={t('tokens.revoke')}
        message={revoking ? t('tokens.revokeConfirm', { name: revoking.name }) : ''}
        confirmLabel={t('tokens.revoke')}
        onConfirm={async () => {
          await api(`/me/tokens/${revoking!.id}`, { method: 'DELETE' });
          setStatus(t('tokens.revokedMessage', { name: revoking!.name }));
          setRevoking(null);
          tokens.reload();
        }}
        onClose={() => setRevoking(null)}
      />
    </div>
  );
}
