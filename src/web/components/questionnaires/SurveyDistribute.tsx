import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { api } from '../../api.js';
import { useApi } from '../../hooks/useApi.js';
import { useFormSubmit } from '../../hooks/useFormSubmit.js';
import { FormErrors } from '../FormErrors.js';
import { SelectField } from '../SelectField.js';
import { StatusMessage } from '../StatusMessage.js';
import { useInstruments } from './useInstruments.js';
import type { Survey } from './survey-types.js';
import { RecipientPicker, type SendResult } from '../coordinator/RecipientPicker.js';

interface Invited {
  invited: number;
  emailed: number;
  alreadyInvited: number;
  handOut: { participantId: string; code: string; url: string }[];
}

/** Channels: personal links by e-mail (the survey's municipality, or a group), and for anonymous surveys a public link with its QR code. */
export function SurveyDistribute({ survey, onChange }: { survey: Survey; onChange(): void }) {
  const { t } = useTranslation();
  const { api: base } = useInstruments();
  const path = `${base}/surveys/${survey.id}`;
  const groups = useApi<{ groups: { id: string; name: string; municipalityId: string | null }[] }>(`${base}/groups`);
  const [groupId, setGroupId] = useState('');
  const [result, setResult] = useState<Invited | null>(null);
  const [publicUrl, setPublicUrl] = useState<string | null>(null);
  const invite = (body: unknown) => async () => {
    setResult(await api<Invited>(`${path}/invitations`, { method: 'POST', body }));
    onChange();
  };
  const byMunicipality = useFormSubmit(invite({ municipality: true }));
  const byGroup = useFormSubmit(invite({ groupId }));
  const makePublic = useFormSubmit(async () => {
    setPublicUrl((await api<{ url: string }>(`${path}/public-link`, { method: 'POST' })).url);
    onChange();
  });
  const turnOff = useFormSubmit(async () => {
    await api(`${path}/public-link`, { method: 'DELETE' });
    setPublicUrl(null);
    onChange();
  });
  const hasPublic = Boolean(survey.publicTokenHash);
  const qr = `/api/v1${path}/qr.svg`;
  const groupsHere = (groups.data?.groups ?? []).filter((g) => !survey.municipalityId || g.municipalityId === survey.municipalityId);
  return (
    <Card data-color="neutral" className="section" data-testid="survey-distribute">
      <Heading level={2} data-size="sm">{t('questionnaires.surveys.distribute.heading')}</Heading>
      <FormErrors error={byMunicipality.error ?? byGroup.error ?? makePublic.error ?? turnOff.error} formId="distribute" labels={{}} headingLevel={3} />
      {survey.municipalityId ? (
        <div className="button-row">
          <Button onClick={() => void byMunicipality.submit()} loading={byMunicipality.busy} data-testid="invite-municipality">{t('questionnaires.surveys.distribute.inviteMunicipality')}</Button>
        </div>
      ) : null}
      <form className="form-grid" onSubmit={byGroup.submit}>
        <SelectField id="distribute-groupId" label={t('questionnaires.surveys.distribute.group')} value={groupId} onChange={setGroupId} required>
          <option value="">{t('questionnaires.surveys.distribute.chooseGroup')}</option>
          {groupsHere.map((g) => <option key={g.id} value={g.id}>{g.name}</option>)}
        </SelectField>
        <div className="button-row"><Button type="submit" variant="secondary" loading={byGroup.busy}>{t('questionnaires.surveys.distribute.inviteGroup')}</Button></div>
      </form>
      <StatusMessage message={result ? t('questionnaires.surveys.distribute.invited', { invited: result.invited, emailed: result.emailed, already: result.alreadyInvited }) : null} />
      {result?.handOut.length ? (
        <>
          <Paragraph>{t('questionnaires.surveys.distribute.handOut')}</Paragraph>
          <ul data-testid="hand-out">{result.handOut.map((h) => <li key={h.participantId}><strong>{h.code}</strong>: <code>{h.url}</code></li>)}</ul>
        </>
      ) : null}
      <RecipientPicker programmeId={survey.programmeId} candidatesPath={`${path}/recipients`} kind="survey" onSent={onChange}
        send={async (participantIds) => {
          const r = await api<Invited & { skipped: SendResult['skipped'] }>(`${path}/invitations`, { method: 'POST', body: { participantIds } });
          return { sent: r.invited, mailed: r.emailed, skipped: r.skipped, withoutEmail: r.handOut.map((h) => ({ participantId: h.participantId, code: h.code })) };
        }}
        issue={(participantId) => api(`${path}/invitations/${participantId}/link`, { method: 'POST' })} />
      <Heading level={3} data-size="xs">{t('questionnaires.surveys.distribute.publicHeading')}</Heading>
      {survey.mode !== 'anonymous' ? <Paragraph>{t('questionnaires.surveys.distribute.linkedOnly')}</Paragraph> : (
        <>
          <Paragraph>{t('questionnaires.surveys.distribute.publicIntro')}</Paragraph>
          <div className="button-row">
            <Button onClick={() => void makePublic.submit()} loading={makePublic.busy} data-testid="make-public">{t('questionnaires.surveys.distribute.makePublic')}</Button>
            {hasPublic ? <Button variant="secondary" onClick={() => void turnOff.submit()} loading={turnOff.busy}>{t('questionnaires.surveys.distribute.turnOff')}</Button> : null}
          </div>
          {publicUrl ? <Paragraph data-testid="public-url"><code>{publicUrl}</code></Paragraph> : null}
          {hasPublic ? (
            <div className="survey-qr">
              <img src={qr} alt={t('questionnaires.surveys.distribute.qrAlt')} width={240} height={240} data-testid="survey-qr" />
              <Paragraph><a href={qr} target="_blank" rel="noreferrer">{t('questionnaires.surveys.distribute.openQr')}</a></Paragraph>
            </div>
          ) : null}
        </>
      )}
    </Card>
  );
}
