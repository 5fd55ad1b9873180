import { useTranslation } from 'react-i18next';
import { Alert, Paragraph, Spinner } from '@digdir/designsystemet-react';
import type { ApiError } from '../api.js';

/** What to show while something loads, or when loading failed. */
export function LoadState({ error }: { error?: ApiError }) {
  const { t } = useTranslation();
  if (error)
    return (
      <Alert data-color={error.status === 404 || error.status === 403 ? 'warning' : 'danger'}>
        <Paragraph>{error.detail}</Paragraph>
      </Alert>
    );
  return (
    <div className="loading">
      <Spinner aria-hidden data-size="md" />
      <Paragraph>{t('common.loading')}</Paragraph>
    </div>
  );
}
