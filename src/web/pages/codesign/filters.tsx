import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/SelectField.js';
import { useApi } from '../../hooks/useApi.js';
import { touchpointRoles } from '../../../modules/codesign/vocabulary.js';
import type { Municipality } from '../../types.js';

/** Municipality (or all, pooled) and role filters shared by the touchpoint list and the emotional map. */
export function TouchpointFilters({ programmeId, idPrefix, municipalityId, role, onMunicipality, onRole }: {
  programmeId: string; idPrefix: string; municipalityId: string; role: string; onMunicipality(id: string): void; onRole(role: string): void;
}) {
  const { t } = useTranslation();
  const municipalities = useApi<Municipality[]>(`/programmes/${programmeId}/municipalities`);
  return (
    <div className="filters">
      <SelectField id={`${idPrefix}-municipality`} label={t('codesign.touchpoints.municipality')} value={municipalityId} onChange={onMunicipality}>
        <option value="">{t('codesign.touchpoints.pooled')}</option>
        {(municipalities.data ?? []).map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
      </SelectField>
      <SelectField id={`${idPrefix}-role`} label={t('codesign.touchpoints.filterRole')} value={role} onChange={onRole}>
        <option value="">{t('codesign.touchpoints.allRoles')}</option>
        {touchpointRoles.map((r) => <option key={r} value={r}>{t(`codesign.rolesPlural.${r}`)}</option>)}
      </SelectField>
    </div>
  );
}

export const filterQuery = (municipalityId: string, role: string) =>
  [municipalityId ? `municipalityId=${municipalityId}` : '', role ? `role=${role}` : ''].filter(Boolean).join('&');

/** Whether the signed-in user may mark touchpoints (researchers and coordinators; the API decides in the end). */
export const mayMark = (roles: string[]) => roles.some((r) => r === 'coordinator' || r === 'researcher' || r === 'admin');
export const mayFacilitate = (roles: string[]) => roles.some((r) => r === 'coordinator' || r === 'facilitator' || r === 'admin');
