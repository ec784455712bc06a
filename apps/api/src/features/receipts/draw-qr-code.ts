import QRCode from 'qrcode';

/** The dark modules of a QR code, row by row: `true` = dark. */
export function qrMatrixOf(text: string): boolean[][] {
  // Level M survives a crease or a stain on a printed receipt, and keeps a URL of ~60
  // characters at version 4 (33 modules), large enough to scan at 2.5 cm.
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const rows: boolean[][] = [];
  for (let row = 0; row < modules.size; row++) {
    const cells: boolean[] = [];
    for (let column = 0; column < modules.size; column++) cells.push(Boolean(modules.get(row, column)));
    rows.push(cells);
  }
  return rows;
}

/**
 * Draws the QR code as vector rectangles (one per horizontal run of dark modules): sharp at
 * any print size and a few hundred bytes, where a PNG would be blurry or large.
 */
export function drawQrCode(doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number): void {
  const matrix = qrMatrixOf(text);
  const module = size / matrix.length;
  doc.save();
  matrix.forEach((cells, row) => {
    let column = 0;
    while (column < cells.length) {
      if (!cells[column]) {
        column++;
        continue;
      }
      const start = column;
      while (column < cells.length && cells[column]) column++;
      doc.rect(x + start * module, y + row * module, (column - start) * module, module);
    }
  });
  doc.fill('#000000');
  doc.restore();
}
