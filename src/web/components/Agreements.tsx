import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Card, Heading, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import { api, ApiError } from '../api.js';
import { uploadFile, type Agreement } from '../consent-types.js';
import { useApi } from '../hooks/useApi.js';
import { useSession } from '../session.js';

/** Data-processing agreements per partner organisation, with the signed document. */
export function Agreements({ programmeId, readOnly }: { programmeId: string; readOnly: boolean }) {
  const { t } = useTranslation();
  const { session } = useSession();
  const base = `/programmes/${programmeId}/data-processing-agreements`;
  const list = useApi<Agreement[]>(base);
  const [partner, setPartner] = useState('');
  const [signedOn, setSignedOn] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const add = async (e: React.FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      const created = await api<Agreement>(base, { method: 'POST', body: { partner, signedOn } });
      if (file) await uploadFile(`${base}/${created.id}/document`, file, session.csrfToken ?? null);
      setPartner('');
      setSignedOn('');
      list.reload();
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(400, String((err as Error).message)));
    }
  };
  return (
    <section aria-labelledby="agreements-heading" className="section">
      <Heading level={2} data-size="sm" id="agreements-heading">{t('consent.agreementsTitle')}</Heading>
      {(list.data ?? []).length === 0 ? <Paragraph>{t('consent.noAgreements')}</Paragraph> : (
        <Table>
          <Table.Head><Table.Row><Table.HeaderCell>{t('consent.partner')}</Table.HeaderCell><Table.HeaderCell>{t('consent.signedOn')}</Table.HeaderCell><Table.HeaderCell>{t('consent.document')}</Table.HeaderCell></Table.Row></Table.Head>
          <Table.Body>
            {list.data!.map((a) => (
              <Table.Row key={a.id}>
                <Table.Cell>{a.partner}</Table.Cell>
                <Table.Cell>{a.signedOn}</Table.Cell>
                <Table.Cell>{a.documentName ? <a href={`/api/v1${base}/${a.id}/document`} download>{t('consent.download')} ({a.documentName})</a> : '–'}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      {!readOnly ? (
        <Card className="form-card">
          <form onSubmit={add}>
            <Textfield label={t('consent.partner')} value={partner} onChange={(e) => setPartner(e.target.value)} error={error?.forField('partner')} required />
            <Textfield label={t('consent.signedOn')} type="date" value={signedOn} onChange={(e) => setSignedOn(e.target.value)} error={error?.forField('signedOn')} required />
            <Textfield label={t('consent.document')} type="file" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
            {error && !error.fieldErrors.length ? <Paragraph role="alert">{error.detail}</Paragraph> : null}
            <Button type="submit">{t('consent.addAgreement')}</Button>
          </form>
        </Card>
      ) : null}
    </section>
  );
}
