import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Fieldset, Radio, Textfield } from '@digdir/designsystemet-react';
import { api } from '../../api.js';
import { FormErrors } from '../../components/FormErrors.js';
import { SelectField } from '../../components/SelectField.js';
import { useFormSubmit } from '../../hooks/useFormSubmit.js';
import { emotionWordKeys, emotionWords, touchpointRoles, valences, type EmotionWord } from '../../../modules/codesign/vocabulary.js';
import type { Stage, Touchpoint } from './types.js';

interface Props {
  programmeId: string;
  codingId: string;
  stages: Stage[];
  existing?: Touchpoint;
  /** The document's one role, if it has one: then "who experienced it" may be left to the document. */
  documentRole: string | null;
  onSaved(message: string): void;
}

/** Marks one coded segment as a touchpoint (or changes/removes the marking): stage, who, valence and emotion word. */
export function TouchpointForm({ programmeId, codingId, stages, existing, documentRole, onSaved }: Props) {
  const { t } = useTranslation();
  const formId = `tp-${codingId}`;
  const [values, setValues] = useState({
    stageId: existing?.stageId ?? stages[0]?.id ?? '',
    role: existing?.role ?? (documentRole ? '' : 'recipient'),
    valence: existing ? String(existing.valence) : '',
    emotion: existing?.emotion ?? '',
    note: existing?.note ?? '',
  });
  const base = `/programmes/${programmeId}/codesign/touchpoints`;
  const { submit, error, busy } = useFormSubmit(async () => {
    await api(base, {
      method: 'PUT',
      body: { codingId, stageId: values.stageId, ...(values.role ? { role: values.role } : {}), valence: values.valence === '' ? undefined : Number(values.valence), emotion: values.emotion || undefined, note: values.note },
    });
    onSaved(t('codesign.touchpoints.saved'));
  });
  const remove = useFormSubmit(async () => {
    await api(`${base}/${existing!.id}`, { method: 'DELETE' });
    onSaved(t('codesign.touchpoints.removed'));
  });
  const chooseEmotion = (emotion: string) =>
    setValues((v) => ({ ...v, emotion, valence: v.valence === '' && emotion in emotionWords ? String(emotionWords[emotion as EmotionWord]) : v.valence }));
  const labels = { stageId: t('codesign.touchpoints.stage'), role: t('codesign.touchpoints.role'), valence: t('codesign.touchpoints.valence'), emotion: t('codesign.touchpoints.emotion'), note: t('codesign.touchpoints.note') };
  return (
    <form className="touchpoint-form" onSubmit={submit} noValidate data-testid={`touchpoint-form-${codingId}`}>
      <FormErrors error={error ?? remove.error} formId={formId} labels={labels} headingLevel={3} />
      <div className="inline-form">
        <SelectField id={`${formId}-stageId`} label={labels.stageId} value={values.stageId} onChange={(stageId) => setValues((v) => ({ ...v, stageId }))} error={error?.forField('stageId')}>
          {stages.map((s) => <option key={s.id} value={s.id}>{s.label}</option>)}
        </SelectField>
        <SelectField id={`${formId}-role`} label={labels.role} value={values.role} onChange={(role) => setValues((v) => ({ ...v, role }))} error={error?.forField('role')}>
          {documentRole ? <option value="">{`${t('codesign.touchpoints.roleFromDocument')} (${t(`codesign.roles.${documentRole}`, { defaultValue: documentRole })})`}</option> : null}
          {touchpointRoles.map((r) => <option key={r} value={r}>{t(`codesign.roles.${r}`)}</option>)}
        </SelectField>
        <SelectField id={`${formId}-emotion`} label={labels.emotion} value={values.emotion} onChange={chooseEmotion} error={error?.forField('emotion')}>
          <option value="">{t('common.choose')}</option>
          {emotionWordKeys.map((e) => <option key={e} value={e}>{t(`codesign.emotion.${e}`)}</option>)}
        </SelectField>
      </div>
      <Fieldset id={`${formId}-valence`} className="valence-scale" aria-invalid={error?.forField('valence') ? true : undefined}>
        <Fieldset.Legend>{labels.valence}</Fieldset.Legend>
        {valences.map((v) => (
          <Radio key={v} name={`${formId}-valence`} label={t(`codesign.valence.${v}`)} value={String(v)} checked={values.valence === String(v)} onChange={() => setValues((s) => ({ ...s, valence: String(v) }))} />
        ))}
        {error?.forField('valence') ? <p className="field-error" role="alert">{error.forField('valence')}</p> : null}
      </Fieldset>
      <Textfield id={`${formId}-note`} label={labels.note} value={values.note} onChange={(e) => setValues((v) => ({ ...v, note: e.target.value }))} error={error?.forField('note')} />
      <div className="button-row">
        <Button type="submit" loading={busy}>{existing ? t('codesign.touchpoints.edit') : t('codesign.touchpoints.mark')}</Button>
        {existing ? <Button type="button" variant="tertiary" data-color="danger" onClick={() => void remove.submit()} loading={remove.busy}>{t('codesign.touchpoints.remove')}</Button> : null}
      </div>
    </form>
  );
}
