import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Button, Card, Checkbox, Fieldset, Heading, Paragraph, Tag, Textarea, Textfield, Label } from '@digdir/designsystemet-react';
import { api } from '../../api.js';
import { LoadState } from '../../components/LoadState.js';
import { SelectField } from '../../components/SelectField.js';
import { useApi } from '../../hooks/useApi.js';
import '../../course.css';
import { useProgramme } from '../../hooks/useProgramme.js';
import { ProblemAlert } from '../activities/ProblemAlert.js';
import { useSectionAction } from '../activities/sections/useSectionAction.js';
import { CourseHolders } from './CourseHolders.js';
import type { Course, DocumentSummary } from './course-types.js';

const statusColor = { draft: 'neutral', in_review: 'warning', approved: 'success' } as const;

/** The training course: modules answering target areas, their materials, the values document, the Word export and the course holders. */
export function CoursePage() {
  const { t, i18n } = useTranslation();
  const { programme, archived } = useProgramme();
  const navigate = useNavigate();
  const base = `/programmes/${programme.id}/codesign/course`;
  const course = useApi<Course>(base);
  const { error, run } = useSectionAction(course.reload);
  const [module, setModule] = useState({ title: '', aims: '', targetAreaIds: [] as string[] });
  const mayWrite = !archived && programme.myRoles.some((r) => ['admin', 'coordinator', 'researcher', 'facilitator'].includes(r));
  const lang = i18n.language === 'en' ? 'en' : i18n.language === 'nn' ? 'nn' : 'nb';
  const docPath = (id: string) => `/programmes/${programme.id}/codesign/course/documents/${id}`;
  if (!course.data) return <LoadState error={course.error} />;
  const { modules, targetAreas, valuesDocument } = course.data;

  const openValues = () => run(async () => {
    const { id } = await api<{ id: string }>(`${base}/values-document`, { method: 'POST' });
    navigate(docPath(id));
  }, () => {});

  return (
    <section className="course-page" aria-labelledby="course-heading">
      <Heading level={2} data-size="md" id="course-heading">{t('course.heading')}</Heading>
      <Paragraph>{t('course.intro')}</Paragraph>
      <ProblemAlert error={error} />
      <Paragraph><a href={`/api/v1${base}.docx?language=${lang}`} download data-testid="course-export">{t('course.exportCourse')}</a></Paragraph>

      <Heading level={3} data-size="sm">{t('course.modules')}</Heading>
      {modules.length === 0 ? <Paragraph>{t('course.noModules')}</Paragraph> : null}
      {modules.map((m) => (
        <Card key={m.id} data-testid="course-module">
          <Heading level={4} data-size="xs">{m.title}</Heading>
          {m.aims ? <Paragraph><strong>{t('course.aims')}:</strong> {m.aims}</Paragraph> : null}
          <Paragraph>
            <strong>{t('course.targetAreas')}:</strong>{' '}
            {m.targetAreas.length ? m.targetAreas.map((a) => <Tag key={a.id} data-color="info" className="tag-gap">{a.title}</Tag>) : '–'}
          </Paragraph>
          <Materials items={m.materials} docPath={docPath} />
          {mayWrite ? <AddMaterial onAdd={(input) => run(async () => { const { id } = await api<{ id: string }>(`${base}/modules/${m.id}/materials`, { method: 'POST', body: input }); navigate(docPath(id)); }, () => {})} moduleTitle={m.title} /> : null}
          <Paragraph><a href={`/api/v1${base}.docx?courseModuleId=${m.id}&language=${lang}`} download>{`${t('course.exportModule')}: ${m.title}`}</a></Paragraph>
        </Card>
      ))}

      {mayWrite ? (
        <Card className="form-card">
          <form onSubmit={(e) => { e.preventDefault(); run(async () => { await api(`${base}/modules`, { method: 'POST', body: module }); setModule({ title: '', aims: '', targetAreaIds: [] }); }); }}>
            <Heading level={4} data-size="xs">{t('course.newModule')}</Heading>
            <Textfield id="module-title" label={t('course.moduleTitle')} required value={module.title} onChange={(e) => setModule({ ...module, title: e.target.value })} />
            <Label htmlFor="module-aims">{t('course.aims')}</Label>
            <Textarea id="module-aims" rows={3} value={module.aims} onChange={(e) => setModule({ ...module, aims: e.target.value })} />
            <Fieldset>
              <Fieldset.Legend>{t('course.targetAreas')}</Fieldset.Legend>
              {targetAreas.length === 0 ? <Paragraph>{t('course.noTargetAreas')}</Paragraph> : targetAreas.map((a) => (
                <Checkbox key={a.id} label={a.title} value={a.id} checked={module.targetAreaIds.includes(a.id)}
                  onChange={(e) => setModule({ ...module, targetAreaIds: e.target.checked ? [...module.targetAreaIds, a.id] : module.targetAreaIds.filter((x) => x !== a.id) })} />
              ))}
            </Fieldset>
            <div className="button-row"><Button type="submit" disabled={!module.title.trim()}>{t('course.addModule')}</Button></div>
          </form>
        </Card>
      ) : null}

      <Heading level={3} data-size="sm">{t('course.valuesHeading')}</Heading>
      <Paragraph>{t('course.valuesIntro')}</Paragraph>
      {valuesDocument ? <Materials items={[valuesDocument]} docPath={docPath} /> : null}
      {mayWrite && !valuesDocument ? <Button variant="secondary" onClick={openValues}>{t('course.openValues')}</Button> : null}

      <CourseHolders programmeId={programme.id} mayWrite={!archived && programme.myRoles.some((r) => r === 'admin' || r === 'coordinator')} />
    </section>
  );
}

function Materials({ items, docPath }: { items: DocumentSummary[]; docPath(id: string): string }) {
  const { t } = useTranslation();
  if (items.length === 0) return <Paragraph>{t('course.noMaterials')}</Paragraph>;
  return (
    <ul className="plain-list">
      {items.map((d) => (
        <li key={d.id}>
          <span><Link to={docPath(d.id)}>{d.title}</Link> · {t(`documents.form.${d.form}`)} · {t('course.versions', { count: d.versions })}</span>
          <Tag data-color={statusColor[d.status]}>{t(`documents.status.${d.status}`)}</Tag>
        </li>
      ))}
    </ul>
  );
}

function AddMaterial({ onAdd, moduleTitle }: { onAdd(input: { title: string; form: 'written' | 'upload' }): void; moduleTitle: string }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [form, setForm] = useState<'written' | 'upload'>('written');
  const id = moduleTitle.replace(/\W+/g, '-').toLowerCase();
  return (
    <form className="inline-form" aria-label={`${t('course.addMaterial')}: ${moduleTitle}`} onSubmit={(e) => { e.preventDefault(); onAdd({ title, form }); }}>
      <Textfield id={`material-title-${id}`} className="grow" label={t('course.materialTitle')} required value={title} onChange={(e) => setTitle(e.target.value)} />
      <SelectField id={`material-form-${id}`} label={t('course.materialForm')} value={form} onChange={(v) => setForm(v as 'written' | 'upload')}>
        <option value="written">{t('documents.form.written')}</option>
        <option value="upload">{t('documents.form.upload')}</option>
      </SelectField>
      <Button type="submit" disabled={!title.trim()}>{t('course.addMaterial')}</Button>
    </form>
  );
}
