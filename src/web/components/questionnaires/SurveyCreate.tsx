import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Card, Checkbox, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { api } from '../../api.js';
import { useApi } from '../../hooks/useApi.js';
import { useFormSubmit } from '../../hooks/useFormSubmit.js';
import { FormButtons } from '../FormButtons.js';
import { FormErrors } from '../FormErrors.js';
import { SelectField } from '../SelectField.js';
import { useInstruments, type InstrumentSummary } from './useInstruments.js';
import type { Survey } from './survey-types.js';

/** A new survey of a published version: one, or a pre/post pair around a course (anonymous pairs ask for the self-generated code). */
export function SurveyCreate({ municipalities }: { municipalities: { id: string; name: string }[] }) {
  const { t } = useTranslation();
  const { api: base, app, text } = useInstruments();
  const navigate = useNavigate();
  const instruments = useApi<InstrumentSummary[]>(`${base}/instruments`);
  const versions = (instruments.data ?? []).flatMap((i) => i.versions.filter((v) => v.status === 'published').map((v) => ({ id: v.id, label: t('questionnaires.surveys.create.versionOption', { title: text(i.title), version: v.version }) })));
  const plan = useApi<{ activities: { id: string; name: string; typeKey: string; isPilot: boolean; municipalityId: string | null }[] }>(`${base}/activities`);
  const courses = { data: plan.data?.activities.filter((a) => a.typeKey === 'training_course') };
  const [form, setForm] = useState({ activityId: '', instrumentVersionId: '', title: '', municipalityId: '', kind: 'single', mode: 'anonymous', display: 'one_per_screen', askPairingCode: true, closesOn: '', reminder: '' });
  const set = (patch: Partial<typeof form>) => setForm((f) => ({ ...f, ...patch }));
  const pair = form.kind === 'pair';
  const save = useFormSubmit(async () => {
    const body = {
      instrumentVersionId: form.instrumentVersionId,
      ...(form.title.trim() ? { title: form.title.trim() } : {}),
      municipalityId: form.municipalityId || null,
      ...(form.activityId ? { activityId: form.activityId } : {}),
      mode: form.mode,
      display: form.display,
      ...(pair ? { waves: ['pre', 'post'], askPairingCode: form.mode === 'anonymous' && form.askPairingCode } : {}),
      // The last day to answer runs to midnight in Norway.
      ...(form.closesOn ? { closesAt: new Date(`${form.closesOn}T23:59:00`).toISOString() } : {}),
      ...(form.reminder ? { reminderHoursBeforeClose: Number(form.reminder) } : {}),
    };
    const created = await api<{ surveys: Survey[] }>(`${base}/surveys`, { method: 'POST', body });
    navigate(`${app}/surveys/${created.surveys[0].id}`);
  });
  const id = 'new-survey';
  const labels = {
    instrumentVersionId: t('questionnaires.surveys.create.version'), title: t('questionnaires.surveys.create.title'), municipalityId: t('questionnaires.surveys.create.municipality'),
    closesAt: t('questionnaires.surveys.create.closesAt'), reminderHoursBeforeClose: t('questionnaires.surveys.create.reminder'),
  };
  return (
    <Card data-color="neutral" className="section">
      <form onSubmit={save.submit} className="form-grid" id={id} data-testid="new-survey">
        <Heading level={2} data-size="xs">{t('questionnaires.surveys.create.heading')}</Heading>
        <FormErrors error={save.error} formId={id} labels={labels} headingLevel={3} />
        {instruments.data && versions.length === 0 ? <Paragraph>{t('questionnaires.surveys.create.noVersions')}</Paragraph> : null}
        <SelectField id={`${id}-instrumentVersionId`} label={labels.instrumentVersionId} value={form.instrumentVersionId} onChange={(v) => set({ instrumentVersionId: v })} required error={save.error?.forField('instrumentVersionId')} data-testid="survey-version">
          <option value="">{t('questionnaires.surveys.create.choose')}</option>
          {versions.map((v) => <option key={v.id} value={v.id}>{v.label}</option>)}
        </SelectField>
        <Textfield id={`${id}-title`} label={labels.title} value={form.title} onChange={(e) => set({ title: e.target.value })} error={save.error?.forField('title')} />
        <SelectField id={`${id}-municipalityId`} label={labels.municipalityId} value={form.municipalityId} onChange={(v) => set({ municipalityId: v })}>
          <option value="">{t('questionnaires.surveys.list.wholeProgramme')}</option>
          {municipalities.map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
        </SelectField>
        <SelectField id={`${id}-activityId`} label={t('surveyCourse.course')} value={form.activityId} error={save.error?.forField('activityId')} data-testid="survey-course"
          onChange={(v) => set({ activityId: v, municipalityId: courses.data?.find((c) => c.id === v)?.municipalityId ?? form.municipalityId })}>
          <option value="">{t('surveyCourse.noCourse')}</option>
          {courses.data?.filter((c) => c.typeKey === 'training_course').map((c) => <option key={c.id} value={c.id}>{c.isPilot ? `${c.name} (${t('surveyCourse.pilot')})` : c.name}</option>)}
        </SelectField>
        <SelectField id={`${id}-kind`} label={t('questionnaires.surveys.create.kind')} value={form.kind} onChange={(v) => set({ kind: v })} data-testid="survey-kind">
          <option value="single">{t('questionnaires.surveys.create.kindSingle')}</option>
          <option value="pair">{t('questionnaires.surveys.create.kindPair')}</option>
        </SelectField>
        <SelectField id={`${id}-mode`} label={t('questionnaires.surveys.create.mode')} value={form.mode} onChange={(v) => set({ mode: v })}>
          <option value="anonymous">{t('questionnaires.surveys.mode.anonymous')}</option>
          <option value="linked">{t('questionnaires.surveys.mode.linked')}</option>
        </SelectField>
        <SelectField id={`${id}-display`} label={t('questionnaires.surveys.create.display')} value={form.display} onChange={(v) => set({ display: v })}>
          <option value="one_per_screen">{t('questionnaires.surveys.display.one_per_screen')}</option>
          <option value="whole">{t('questionnaires.surveys.display.whole')}</option>
        </SelectField>
        {pair && form.mode === 'anonymous' ? (
          <Checkbox id={`${id}-askPairingCode`} label={t('questionnaires.surveys.create.askPairingCode')} checked={form.askPairingCode} onChange={(e) => set({ askPairingCode: e.target.checked })} />
        ) : null}
        <Textfield id={`${id}-closesAt`} type="date" label={labels.closesAt} value={form.closesOn} onChange={(e) => set({ closesOn: e.target.value })} error={save.error?.forField('closesAt')} />
        <Textfield id={`${id}-reminderHoursBeforeClose`} type="number" min={1} label={labels.reminderHoursBeforeClose} value={form.reminder} onChange={(e) => set({ reminder: e.target.value })} error={save.error?.forField('reminderHoursBeforeClose')} />
        <FormButtons submitLabel={t('questionnaires.surveys.create.submit')} busy={save.busy} />
      </form>
    </Card>
  );
}
