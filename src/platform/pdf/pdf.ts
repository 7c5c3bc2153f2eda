/**
 * PDF documents on the server with pdfmake. Fonts are Roboto from the pdfmake package (full Latin, so æøå render);
 * no URL is ever fetched and only the font files may be read from disk, so a document built from user text cannot
 * make the server load anything else.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import pdfmake from 'pdfmake';

const fontDir = path.join(
  path.dirname(createRequire(import.meta.url).resolve('pdfmake/package.json')),
  'fonts',
  'Roboto',
);

let configured = false;
function configure(): void {
  if (configured) return;
  pdfmake.addFonts({
    Roboto: {
      normal: path.join(fontDir, 'Roboto-Regular.ttf'),
      bold: path.join(fontDir, 'Roboto-Medium.ttf'),
      italics: path.join(fontDir, 'Roboto-Italic.ttf'),
      bolditalics: path.join(fontDir, 'Roboto-MediumItalic.ttf'),
    },
  });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((file) => path.resolve(file).startsWith(fontDir + path.sep));
  configured = true;
}

/** A pdfmake document definition (https://pdfmake.github.io/docs/) rendered to bytes. */
export async function renderPdf(docDefinition: Record<string, unknown>): Promise<Buffer> {
  configure();
  return pdfmake.createPdf(docDefinition).getBuffer();
}
