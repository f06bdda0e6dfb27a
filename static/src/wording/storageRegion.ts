import type { I18n } from '../i18n';

/** The storage regions the page has a name for; the service may add others. */
const NAMED_REGIONS = [
  'eu-central-1',
  'eu-west-1',
  'us-east-1',
  'us-west-2',
  'ap-southeast-2',
] as const;

function isNamed(code: string): code is (typeof NAMED_REGIONS)[number] {
  return (NAMED_REGIONS as readonly string[]).includes(code);
}

/**
 * A storage region as a person names it, with the service's code beside it: "Europe, Frankfurt
 * (eu-central-1)". A code the page does not know, or a name the service already gave, shows as
 * the service sent it.
 */
export function describeStorageRegion(code: string, { t }: I18n): string {
  return isNamed(code) ? t('storage.named', { name: t(`storage.${code}`), code }) : code;
}
