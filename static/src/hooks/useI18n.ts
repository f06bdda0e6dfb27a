import { useContext } from 'react';
import { I18nContext, i18nOf, type I18n } from '../i18n';

export function useI18n(): I18n {
  return i18nOf(useContext(I18nContext));
}
