import { useTranslation } from 'react-i18next';
import { currentLanguage, languages } from '../i18n';
import { useChangeLanguage } from '../session';

/** Dansk | English. Each name is written in its own language, as users look for their own. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const change = useChangeLanguage();
  const active = currentLanguage();
  return (
    <ul className="language-switch" aria-label={t('language.label')}>
      {languages.map((language) => (
        <li key={language}>
          <button
            type="button"
            className="function-link"
            lang={language}
            aria-pressed={language === active}
            disabled={change.isPending}
            onClick={() => change.mutate(language)}
          >
            {t(`language.${language}`)}
          </button>
        </li>
      ))}
    </ul>
  );
}
