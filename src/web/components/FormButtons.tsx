import { useTranslation } from 'react-i18next';
import { Button } from '@digdir/designsystemet-react';

/** The submit button (spinning while busy) and an optional cancel, as every form ends. */
export function FormButtons({ submitLabel, busy, onCancel }: { submitLabel: string; busy: boolean; onCancel?: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="button-row">
      <Button type="submit" loading={busy}>
        {submitLabel}
      </Button>
      {onCancel ? (
        <Button type="button" variant="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      ) : null}
    </div>
  );
}
