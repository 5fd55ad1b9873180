import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Card, Heading, Textfield } from '@digdir/designsystemet-react';
import { api } from '../../api.js';
import { FormErrors } from '../../components/FormErrors.js';
import { useFormSubmit } from '../../hooks/useFormSubmit.js';

/** The coordinator adds a stage to the programme's service journey (after the default EBCD stages). */
export function AddStageForm({ programmeId, onAdded }: { programmeId: string; onAdded(message: string): void }) {
  const { t } = useTranslation();
  const [labels, setLabels] = useState({ nb: '', nn: '', en: '' });
  const { submit, error, busy } = useFormSubmit(async () => {
    await api(`/programmes/${programmeId}/codesign/stages`, { method: 'POST', body: { labels } });
    setLabels({ nb: '', nn: '', en: '' });
    onAdded(t('codesign.touchpoints.stageAdded'));
  });
  const names = { 'labels.nb': t('codesign.touchpoints.stageName'), 'labels.nn': t('codesign.touchpoints.stageNameNn'), 'labels.en': t('codesign.touchpoints.stageNameEn') };
  return (
    <Card className="form-card">
      <Heading level={3} data-size="xs">{t('codesign.touchpoints.addStage')}</Heading>
      <form onSubmit={submit} noValidate data-testid="add-stage">
        <FormErrors error={error} formId="add-stage" labels={names} headingLevel={3} />
        <div className="inline-form">
          {(['nb', 'nn', 'en'] as const).map((lang) => (
            <Textfield key={lang} id={`add-stage-labels.${lang}`} label={names[`labels.${lang}`]} value={labels[lang]} onChange={(e) => setLabels((l) => ({ ...l, [lang]: e.target.value }))} error={error?.forField(`labels.${lang}`)} />
          ))}
        </div>
        <div className="button-row"><Button type="submit" variant="secondary" loading={busy}>{t('codesign.touchpoints.addStage')}</Button></div>
      </form>
    </Card>
  );
}
