import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Card, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { api } from '../../../api.js';
import type { SectionProps } from '../../../activities-types.js';
import { ConfirmDialog } from '../../../components/ConfirmDialog.js';
import { StatusMessage } from '../../../components/StatusMessage.js';

/**
 * Cancelling, apart from every save button on the page: it tells the invitees and cannot be taken back,
 * so it sits last, says so, and asks before it happens.
 */
export function CancelSection({ programmeId, detail, reload, archived }: SectionProps) {
  const { t } = useTranslation();
  const a = detail.activity;
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  if (!detail.mayWrite || archived || a.status === 'held') return null;
  if (a.status === 'cancelled') return <StatusMessage message={status} />;
  return (
    <Card data-testid="cancel-section" className="danger-zone">
      <Heading level={2} data-size="xs">{t('coordinator.cancel.heading')}</Heading>
      <Paragraph>{t('coordinator.cancel.intro')}</Paragraph>
      <Textfield id="cancel-reason" label={t('coordinator.cancel.reason')} value={reason} onChange={(e) => setReason(e.target.value)} />
      <div className="button-row">
        <Button variant="secondary" data-color="danger" data-testid="cancel-activity" onClick={() => setConfirming(true)}>{t('coordinator.cancel.button')}</Button>
      </div>
      <StatusMessage message={status} />
      <ConfirmDialog open={confirming} title={t('coordinator.cancel.heading')} message={t('coordinator.cancel.confirm', { name: a.name })} confirmLabel={t('coordinator.cancel.confirmButton')}
        onConfirm={async () => {
          await api(`/programmes/${programmeId}/activities/${a.id}/cancel`, { method: 'POST', body: { reason } });
          setConfirming(false);
          setStatus(t('coordinator.cancel.done', { name: a.name }));
          reload();
        }}
        onClose={() => setConfirming(false)} />
    </Card>
  );
}
