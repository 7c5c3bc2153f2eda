import { useTranslation } from 'react-i18next';

export function Footer() {
  const { t } = useTranslation();
  return (
    <footer>
      <div className="footer">
        <div className="container">
          <ul className="inline-list footer-links">
            <li>
              <span className="footer-product">{t('footer.product')}</span>
            </li>
            <li>
              <a className="function-link" href="/api/docs">
                {t('footer.apiDocs')}
              </a>
            </li>
          </ul>
        </div>
      </div>
    </footer>
  );
}
