import 'dkfds/dist/css/dkfds-virkdk.min.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { configureApi } from './api';
import { currentLanguage } from './i18n';
import { cachedSession } from './session';

configureApi({
  csrfToken: () => cachedSession()?.csrfToken,
  language: currentLanguage,
});
document.documentElement.lang = currentLanguage();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
