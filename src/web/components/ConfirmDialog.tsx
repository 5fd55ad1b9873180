import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { ApiError } from '../api.js';

interface Props {
  open: boolean;
  title: string;
  message: string;
  confirmLabel: string;
  /** Does the change; the parent closes the dialog when it succeeds. Errors are shown in the dialog. */
  onConfirm(): Promise<void>;
  onClose(): void;
}

/** "Are you sure?" before removing or archiving something. */
export function ConfirmDialog({ open, title, message, confirmLabel, onConfirm, onClose }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (open) setError(null);
  }, [open]);

  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
    } catch (err) {
      setError(err instanceof ApiError ? err.detail : t('errors.internal'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open={open} onClose={onClose} closeButton={t('common.closeDialog')} aria-labelledby={titleId} closedby="any">
      <Heading level={2} data-size="xs" id={titleId}>
        {title}
      </Heading>
      <Paragraph className="dialog-text">{message}</Paragraph>
      {error ? (
        <Alert data-color="danger" role="alert">
          <Paragraph>{error}</Paragraph>
        </Alert>
      ) : null}
      <div className="button-row">
        <Button data-color="danger" onClick={confirm} loading={busy} aria-disabled={busy || undefined}>
          {confirmLabel}
        </Button>
        <Button variant="secondary" onClick={onClose}>
          {t('common.cancel')}
        </Button>
      </div>
    </Dialog>
  );
}
