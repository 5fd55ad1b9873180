import { useTranslation } from 'react-i18next';
import { Paragraph, Tag } from '@digdir/designsystemet-react';

/** The newest e-mail to one invitee as the API reports it (src/modules/mail/dto.ts). */
export interface Delivery {
  kind: string;
  status: 'queued' | 'sent' | 'failed';
  attempts: number;
  error: string | null;
  retryAt: string | null;
  at: string;
}

/** Attempts before the mail job gives up (src/modules/mail/deliver.ts: maxAttempts). */
const maxAttempts = 5;
const color = { queued: 'neutral', sent: 'success', failed: 'danger' } as const;

/** Queued / sent (when) / failed (the server's reason, and when the next attempt is due) for one person's e-mail. */
export function DeliveryStatus({ delivery, testId }: { delivery: Delivery; testId?: string }) {
  const { t, i18n } = useTranslation();
  const time = (iso: string) => new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'nb-NO', { dateStyle: 'short', timeStyle: 'short' }).format(new Date(iso));
  const kind = t(`invitations.panel.delivery.kinds.${delivery.kind}`, { defaultValue: delivery.kind });
  const label = delivery.status === 'sent' ? t('invitations.panel.delivery.sent', { time: time(delivery.at) }) : t(`invitations.panel.delivery.${delivery.status}`);
  return (
    <div data-testid={testId} data-status={delivery.status}>
      <Tag data-color={color[delivery.status]}>{`${kind}: ${label}`}</Tag>
      {delivery.status === 'failed' ? (
        <Paragraph data-size="sm">
          {delivery.error ? `${delivery.error} ` : ''}
          {delivery.retryAt ? t('invitations.panel.delivery.retry', { time: time(delivery.retryAt), attempts: delivery.attempts, max: maxAttempts }) : t('invitations.panel.delivery.givenUp')}
        </Paragraph>
      ) : null}
    </div>
  );
}
