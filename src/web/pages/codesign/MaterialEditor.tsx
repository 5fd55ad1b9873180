import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Card, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { Link } from 'react-router';
import { api } from '../../api.js';
import { FormErrors } from '../../components/FormErrors.js';
import { SelectField } from '../../components/SelectField.js';
import { useApi } from '../../hooks/useApi.js';
import { useFormSubmit } from '../../hooks/useFormSubmit.js';
import type { Material, Touchpoint } from './types.js';

interface Draft { key: string; touchpointId: string | null; codingId: string | null; caption: string; label: string }

/** Edits one material set's slides: add touchpoints, caption, reorder, remove; saved as a whole. */
export function MaterialEditor({ programmeId, setId, touchpoints, onSaved }: { programmeId: string; setId: string; touchpoints: Touchpoint[]; onSaved(message: string): void }) {
  const { t } = useTranslation();
  const base = `/programmes/${programmeId}/codesign/material/${setId}`;
  const material = useApi<Material>(base);
  const [items, setItems] = useState<Draft[] | null>(null);
  const [adding, setAdding] = useState('');
  useEffect(() => {
    if (material.data) setItems(material.data.items.map((i) => ({
      key: i.id, touchpointId: i.touchpointId, codingId: i.touchpointId ? null : i.codingId, caption: i.caption,
      label: i.touchpoint ? `${i.touchpoint.stageLabel} · ${i.touchpoint.emotionLabel}: «${i.quote.text}»` : `«${i.quote.text}»`,
    })));
  }, [material.data]);
  const { submit, error, busy } = useFormSubmit(async () => {
    await api(`${base}/items`, { method: 'PUT', body: { items: (items ?? []).map((i) => ({ touchpointId: i.touchpointId, codingId: i.codingId, caption: i.caption })) } });
    onSaved(t('common.saved'));
    material.reload();
  });
  if (!material.data || !items) return null;
  const move = (i: number, by: number) => setItems((list) => {
    const next = [...list!];
    const [it] = next.splice(i, 1);
    next.splice(i + by, 0, it);
    return next;
  });
  const add = () => {
    const tp = touchpoints.find((x) => x.id === adding);
    if (!tp) return;
    setItems((list) => [...list!, { key: `new-${tp.id}-${list!.length}`, touchpointId: tp.id, codingId: null, caption: '', label: `${tp.emotionLabel}: «${tp.quote.text}»` }]);
    setAdding('');
  };
  return (
    <Card className="form-card" data-testid="material-editor">
      <Heading level={3} data-size="xs">{`${material.data.title} – ${material.data.activityTitle}`}</Heading>
      {material.data.filmUrl ? <Paragraph>{t('codesign.material.film')}: <a href={material.data.filmUrl} rel="noopener noreferrer" target="_blank">{material.data.filmUrl}</a></Paragraph> : null}
      <form onSubmit={submit} noValidate>
        <FormErrors error={error} formId="material-items" labels={{ items: t('codesign.material.items') }} headingLevel={3} />
        {items.length === 0 ? <Paragraph>{t('codesign.material.noItems')}</Paragraph> : (
          <ol className="material-items">
            {items.map((item, i) => (
              <li key={item.key}>
                <Paragraph data-size="sm">{item.label}</Paragraph>
                <Textfield id={`material-caption-${i}`} label={`${t('codesign.material.caption')} (${i + 1})`} value={item.caption} onChange={(e) => setItems((l) => l!.map((x, j) => (j === i ? { ...x, caption: e.target.value } : x)))} />
                <div className="button-row">
                  <Button type="button" variant="tertiary" data-size="sm" disabled={i === 0} onClick={() => move(i, -1)}>{`${t('codesign.material.moveUp')} (${i + 1})`}</Button>
                  <Button type="button" variant="tertiary" data-size="sm" disabled={i === items.length - 1} onClick={() => move(i, 1)}>{`${t('codesign.material.moveDown')} (${i + 1})`}</Button>
                  <Button type="button" variant="tertiary" data-size="sm" data-color="danger" onClick={() => setItems((l) => l!.filter((_, j) => j !== i))}>{`${t('codesign.material.remove')} (${i + 1})`}</Button>
                </div>
              </li>
            ))}
          </ol>
        )}
        <div className="inline-form">
          <SelectField id="material-add-touchpoint" label={t('codesign.material.addTouchpoint')} value={adding} onChange={setAdding}>
            <option value="">{t('common.choose')}</option>
            {touchpoints.map((tp) => <option key={tp.id} value={tp.id}>{`${t(`codesign.roles.${tp.role}`)} · ${tp.emotionLabel}: ${tp.quote.text.slice(0, 80)}`}</option>)}
          </SelectField>
          <Button type="button" variant="secondary" disabled={!adding} onClick={add}>{t('codesign.material.addQuote')}</Button>
        </div>
        <div className="button-row">
          <Button type="submit" loading={busy}>{t('common.save')}</Button>
          <Button asChild variant="secondary"><Link to={`/programmes/${programmeId}/codesign/material/${setId}/present`}>{t('codesign.material.present')}</Link></Button>
        </div>
      </form>
    </Card>
  );
}
