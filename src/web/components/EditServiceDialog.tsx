import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog, Heading } from '@digdir/designsystemet-react';
import type { Service } from '../types.js';
import { ServiceForm, type ServiceValues } from './ServiceForm.js';

interface Props {
  service: Service | null;
  onSave(service: Service, values: ServiceValues): Promise<void>;
  onClose(): void;
}

/** Editing one service in a modal dialog (focus stays inside until it closes). */
export function EditServiceDialog({ service, onSave, onClose }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <Dialog open={service !== null} onClose={onClose} closeButton={t('common.closeDialog')} aria-labelledby={titleId} className="wide-dialog">
      <Heading level={2} data-size="xs" id={titleId}>
        {t('service.editTitle')}
      </Heading>
      {service ? (
        <ServiceForm
          key={service.id}
          formId="edit-service"
          initial={service}
          submitLabel={t('common.save')}
          onSubmit={(values) => onSave(service, values)}
          onCancel={onClose}
        />
      ) : null}
    </Dialog>
  );
}
