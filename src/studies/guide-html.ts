/**
 * The interview guide as a page to print (or save as PDF from the browser's print dialog): one self-contained HTML
 * document with print styles, no scripts or external resources, every value escaped.
 */
import { escapeHtml } from '../organisations/privacy-html.js';
import type { GuideView } from './guide.service.js';

type Translate = (key: string, params?: Record<string, unknown>) => string;

const STYLE = `
  body { font-family: system-ui, -apple-system, "Segoe UI", Arial, sans-serif; color: #1a1a1a; margin: 2rem auto;
         max-width: 48rem; padding: 0 1rem; line-height: 1.45; }
  h1 { font-size: 1.6rem; margin-bottom: .25rem; }
  h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #bbb; padding-bottom: .25rem; }
  ol { padding-left: 1.4rem; }
  li { margin: .75rem 0; }
  .probe { color: #444; font-style: italic; margin-top: .25rem; }
  .notes { border: 1px solid #ccc; height: 4.5rem; margin-top: .4rem; }
  .meta { color: #555; }
  @media print { body { margin: 0; max-width: none; } h2 { break-after: avoid; } li { break-inside: avoid; } }
`;

export function renderGuideHtml(guide: GuideView, t: Translate, language: 'da' | 'en'): string {
  const pick = (da: string, en?: string) => (language === 'en' && en ? en : da);
  const sections = guide.sections
    .map(
      (section) => `
  <section>
    <h2>${escapeHtml(pick(section.titleDa, section.titleEn))}</h2>
    <ol>${section.questions
      .map(
        (q) => `
      <li>
        <div>${escapeHtml(pick(q.textDa, q.textEn))}</div>
        ${q.probeDa ? `<div class="probe">${escapeHtml(t('studies.guide_print.probe'))}: ${escapeHtml(pick(q.probeDa, q.probeEn))}</div>` : ''}
        <div class="notes" aria-hidden="true"></div>
      </li>`,
      )
      .join('')}
    </ol>
  </section>`,
    )
    .join('');
  return `<!doctype html>
<html lang="${language}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escapeHtml(t('studies.guide_print.title', { title: guide.studyTitle }))}</title>
  <style>${STYLE}</style>
</head>
<body>
  <h1>${escapeHtml(t('studies.guide_print.title', { title: guide.studyTitle }))}</h1>
  <p class="meta">${escapeHtml(t('studies.guide_print.intro'))}</p>
  ${sections}
</body>
</html>`;
}
