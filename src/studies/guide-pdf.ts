/** The interview guide as a PDF for the interviewer: the questions, their follow-ups and room for notes. */
import type { GuideView } from './guide.service.js';

type Translate = (key: string, params?: Record<string, unknown>) => string;

export function guidePdfDefinition(guide: GuideView, t: Translate, language: 'da' | 'en'): Record<string, unknown> {
  const pick = (da: string, en?: string) => (language === 'en' && en ? en : da);
  const title = t('studies.guide_print.title', { title: guide.studyTitle });
  const content: unknown[] = [
    { text: title, style: 'title' },
    { text: t('studies.guide_print.intro'), style: 'intro' },
  ];
  for (const section of guide.sections) {
    content.push({ text: pick(section.titleDa, section.titleEn), style: 'section', headlineLevel: 1 });
    content.push({
      ol: section.questions.map((q) => ({
        stack: [
          { text: pick(q.textDa, q.textEn) },
          ...(q.probeDa
            ? [{ text: `${t('studies.guide_print.probe')}: ${pick(q.probeDa, q.probeEn)}`, style: 'probe' }]
            : []),
          // Room for notes: an empty framed box.
          {
            table: { widths: ['*'], heights: [48], body: [['']] },
            layout: { hLineColor: '#bbbbbb', vLineColor: '#bbbbbb' },
            margin: [0, 4, 0, 10],
          },
        ],
        unbreakable: true,
      })),
    });
  }
  return {
    info: { title, creator: 'Frontline', producer: 'Frontline' },
    language,
    pageSize: 'A4',
    pageMargins: [50, 50, 50, 60],
    footer: (page: number, pages: number) => ({
      text: `${page} / ${pages}`,
      alignment: 'center',
      fontSize: 8,
      margin: [0, 20, 0, 0],
    }),
    content,
    styles: {
      title: { fontSize: 18, bold: true, margin: [0, 0, 0, 6] },
      intro: { fontSize: 10, color: '#444444', margin: [0, 0, 0, 12] },
      section: { fontSize: 13, bold: true, margin: [0, 14, 0, 6] },
      probe: { italics: true, color: '#444444', fontSize: 9, margin: [0, 2, 0, 0] },
    },
    defaultStyle: { font: 'Roboto', fontSize: 10.5, lineHeight: 1.2 },
  };
}
