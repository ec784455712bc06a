/**
 * Everything a receipt (giấy tiếp nhận hồ sơ và hẹn trả kết quả) shows, gathered by the
 * dossier service; rendering needs nothing else (no database, no clock).
 */
export interface ReceiptData {
  /** Dossier code, `{unitCode}-{YYMMDD}-{NNNN}` */
  code: string;
  procedure: {
    code: string;
    name: string;
    /** Processing time in working days (0 = within the day) */
    processingDays: number;
  };
  /** The handling agency; `parentName` is the governing body printed above it ("UBND tỉnh Điện Biên") */
  agency: { name: string; parentName?: string | null; address?: string | null; phone?: string | null };
  applicant: {
    fullName: string;
    idNumber: string;
    phone: string;
    address: string;
    email?: string | null;
  };
  /**
   * Components received, in the procedure's order, with the number of files for each;
   * `bringOriginal`: the applicant brings the original on paper to the one-stop desk (seed 003)
   */
  components: { name: string; fileCount: number; bringOriginal?: boolean }[];
  submittedAt: Date;
  /** Null until the one-stop desk receives it: the receipt is then a sending confirmation */
  receivedAt: Date | null;
  /** Due date (ngày hẹn trả), known once received */
  dueAt: Date | null;
  /** The clerk who received it, when known */
  receivedBy?: string | null;
  portal: {
    /** "Cổng Dịch vụ công trực tuyến" */
    name: string;
    /** Bare province name for the place-and-date line, e.g. "Điện Biên" */
    provinceName?: string | null;
    hotline?: string | null;
    email?: string | null;
    /** PUBLIC_URL, without a trailing slash needed */
    publicUrl: string;
  };
  /** When the PDF is produced (printed in the footer) */
  generatedAt: Date;
}

/** The public lookup page of a dossier, encoded in the receipt's QR code. */
export const lookupUrlOf = (publicUrl: string, code: string): string =>
  `${publicUrl.replace(/\/+$/, '')}/tra-cuu?code=${encodeURIComponent(code)}`;

/** Received receipts promise a due date; before that the paper only confirms the sending. */
export const isReceived = (data: ReceiptData): boolean => data.receivedAt !== null;
