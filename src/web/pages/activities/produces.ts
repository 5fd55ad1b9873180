import type { i18n as I18n, TFunction } from 'i18next';

/** What an activity type produces, in words: the built-in kinds are translated; a programme's own are shown as typed. */
export function producesLabel(t: TFunction, i18n: I18n, kind: string): string {
  return i18n.exists(`coordinator.produces.${kind}`) ? t(`coordinator.produces.${kind}`) : kind.replace(/_/g, ' ');
}
