import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * DejaVu Sans (package `dejavu-fonts-ttf`) for the PDFs the API writes: it covers every
 * Vietnamese letter and is embedded as a subset, so a PDF reads the same on any machine.
 */
const fontsDir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');

/**
 * The font files are read once; pdfkit parses them for each document. Sharing one parsed
 * fontkit font between documents (it saves ~40 ms per face) is not safe: shaping a
 * precomposed letter ("Ủ") rewrites the code points of the cached base glyphs, so a later
 * document maps "U" and "I" to no text at all — copy, search and screen readers lose them
 * ("QUỐC HỘI" read back as "QỐC HỘ" after "CHÍNH PHỦ"; render-legal-document.test.ts
 * renders two documents in a row).
 */
let fontCache: { regular: Buffer; bold: Buffer; italic: Buffer } | undefined;
const fonts = () =>
  (fontCache ??= {
    regular: readFileSync(join(fontsDir, 'DejaVuSans.ttf')),
    bold: readFileSync(join(fontsDir, 'DejaVuSans-Bold.ttf')),
    italic: readFileSync(join(fontsDir, 'DejaVuSans-Oblique.ttf')),
  });

export const PDF_FONT = { regular: 'DejaVuSans', bold: 'DejaVuSans-Bold', italic: 'DejaVuSans-Oblique' } as const;

/** Registers the three faces under the names of PDF_FONT. */
export function registerPdfFonts(doc: PDFKit.PDFDocument): void {
  const { regular, bold, italic } = fonts();
  doc.registerFont(PDF_FONT.regular, regular);
  doc.registerFont(PDF_FONT.bold, bold);
  doc.registerFont(PDF_FONT.italic, italic);
}

/** The whole document as bytes once `doc.end()` has been called. */
export function collectPdf(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}
