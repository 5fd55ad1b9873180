import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Card, Checkbox, Fieldset, Heading, Paragraph } from '@digdir/designsystemet-react';
import { api } from '../../api.js';
import { FormErrors } from '../../components/FormErrors.js';
import { SelectField } from '../../components/SelectField.js';
import { useApi } from '../../hooks/useApi.js';
import { useFormSubmit } from '../../hooks/useFormSubmit.js';

interface BoardSummary { id: string; title: string; municipalityId: string | null; status: string; purpose: string }
interface Cell { points: number | null; suppressed: boolean }
interface StoredTallies { tallies: { items: { itemId: string; label: string; rank: number; byRole: Record<'recipient' | 'provider' | 'leader', Cell>; total: Cell }[] } }

const shown = (c: Cell, hidden: string) => (c.suppressed || c.points === null ? hidden : String(c.points));

/**
 * A board's top items (stored tallies: small cells hidden) become target areas: the top three are
 * ticked to start with; the facilitator may change the choice before making them.
 */
export function FromBoardPanel({ programmeId, onCreated }: { programmeId: string; onCreated(message: string): void }) {
  const { t } = useTranslation();
  const boards = useApi<BoardSummary[]>(`/programmes/${programmeId}/boards`);
  const [boardId, setBoardId] = useState('');
  const [programmeWide, setProgrammeWide] = useState(false);
  const tallies = useApi<StoredTallies>(boardId ? `/programmes/${programmeId}/boards/${boardId}/tallies` : null);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const items = [...(tallies.data?.tallies.items ?? [])].sort((a, b) => a.rank - b.rank);
  useEffect(() => {
    setChosen(new Set(items.slice(0, 3).map((i) => i.itemId)));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [tallies.data]);
  const { submit, error, busy } = useFormSubmit(async () => {
    const created = await api<{ ids: string[] }>(`/programmes/${programmeId}/codesign/target-areas/from-board`, { method: 'POST', body: { boardId, itemIds: [...chosen], programmeWide } });
    onCreated(t('codesign.targetAreas.createdMany', { n: created.ids.length }));
  });
  const prioritising = (boards.data ?? []).filter((b) => b.purpose === 'prioritise');
  if (boards.error || prioritising.length === 0) return null;
  const hidden = t('codesign.targetAreas.suppressed');
  return (
    <Card className="form-card" data-testid="from-board">
      <Heading level={3} data-size="xs">{t('codesign.targetAreas.fromBoard')}</Heading>
      <Paragraph data-size="sm">{t('codesign.targetAreas.fromBoardIntro')}</Paragraph>
      <form onSubmit={submit} noValidate>
        <FormErrors error={error} formId="from-board" labels={{ itemIds: t('codesign.targetAreas.label'), boardId: t('codesign.targetAreas.fromBoard') }} headingLevel={3} />
        <SelectField id="from-board-boardId" label={t('codesign.targetAreas.fromBoard')} value={boardId} onChange={setBoardId}>
          <option value="">{t('common.choose')}</option>
          {prioritising.map((b) => <option key={b.id} value={b.id}>{b.title}</option>)}
        </SelectField>
        {items.length ? (
          <Fieldset id="from-board-itemIds">
            <Fieldset.Legend>{t('codesign.targetAreas.label')}</Fieldset.Legend>
            {items.map((i) => (
              <Checkbox
                key={i.itemId} value={i.itemId} checked={chosen.has(i.itemId)}
                label={`${i.rank}. ${i.label} – ${t('codesign.rolesPlural.recipient')}: ${shown(i.byRole.recipient, hidden)}, ${t('codesign.rolesPlural.provider')}: ${shown(i.byRole.provider, hidden)}, ${t('codesign.rolesPlural.leader')}: ${shown(i.byRole.leader, hidden)}`}
                onChange={(e) => setChosen((s) => { const n = new Set(s); if (e.target.checked) n.add(i.itemId); else n.delete(i.itemId); return n; })}
              />
            ))}
          </Fieldset>
        ) : null}
        <Checkbox value="programme" label={t('codesign.targetAreas.programmeWide')} checked={programmeWide} onChange={(e) => setProgrammeWide(e.target.checked)} />
        <div className="button-row"><Button type="submit" loading={busy} disabled={!boardId || chosen.size === 0}>{t('codesign.targetAreas.makeTargets')}</Button></div>
      </form>
    </Card>
  );
}
