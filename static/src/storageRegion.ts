import type { I18n, MessageKey } from './i18n';

/**
 * A storage region as a person names it, with the service's code beside it: "Europe, Frankfurt
 * (eu-central-1)". A code the page does not know, or a name the service already gave, shows as
 * the service sent it.
 */
export function describeStorageRegion(code: string, { t }: I18n): string {
  const key = `storage.${code}` as MessageKey;
  const name = t(key);
  return name === key ? code : t('storage.named', { name, code });
}
