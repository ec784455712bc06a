/**
 * Every URL the SPA links to, in one place. Paths are Vietnamese because citizens read
 * and share them; they are part of the public interface, so change them with redirects.
 */
export const paths = {
  home: '/',
  procedures: '/thu-tuc',
  procedure: (idOrCode: string) => `/thu-tuc/${encodeURIComponent(idOrCode)}`,
  onlineServices: '/dich-vu-cong-truc-tuyen',
  lookup: '/tra-cuu',
  /** The public lookup of one dossier: the address the receipt's QR code and the e-mails carry */
  lookupCode: (code: string) => `/tra-cuu?code=${encodeURIComponent(code)}`,
  stats: '/thong-ke',
  guides: '/huong-dan',
  /** One guide; `#muc-…` anchors point at its sections */
  guide: (slug: string) => `/huong-dan/${encodeURIComponent(slug)}`,
  qa: '/hoi-dap',
  question: (id: string) => `/hoi-dap/${encodeURIComponent(id)}`,
  /** The question form of Hỏi đáp about one procedure (by its code) */
  askAbout: (procedureCode: string) => `/hoi-dap?thuTuc=${encodeURIComponent(procedureCode)}#gui-cau-hoi`,
  legalDocs: '/van-ban',
  legalDoc: (id: string) => `/van-ban/${encodeURIComponent(id)}`,
  login: '/dang-nhap',
  register: '/dang-ky',
  staffLogin: '/can-bo/dang-nhap',
  activate: '/kich-hoat',
  forgotPassword: '/quen-mat-khau',
  resetPassword: '/dat-lai-mat-khau',
  confirmEmail: '/xac-nhan-email',
  devMailbox: '/dev/mailbox',
  citizen: {
    home: '/ca-nhan',
    dossiers: '/ca-nhan/ho-so',
    profile: '/ca-nhan/thong-tin',
    submit: (idOrCode: string) => `/ca-nhan/nop-ho-so/${encodeURIComponent(idOrCode)}`,
    /** A category of *Hồ sơ cá nhân* (`?status=unsent`…), or every dossier */
    dossierList: (status?: string) => (status ? `/ca-nhan/ho-so?status=${encodeURIComponent(status)}` : '/ca-nhan/ho-so'),
    dossier: (id: string) => `/ca-nhan/ho-so/${encodeURIComponent(id)}`,
    editDossier: (id: string) => `/ca-nhan/ho-so/${encodeURIComponent(id)}/sua`,
    supplementDossier: (id: string) => `/ca-nhan/ho-so/${encodeURIComponent(id)}/bo-sung`,
  },
  /** Submission without an account (seed 004) and the e-mailed confirmation link */
  guestSubmit: (idOrCode: string) => `/nop-ho-so-khong-tai-khoan/${encodeURIComponent(idOrCode)}`,
  guestConfirm: '/ho-so/xac-nhan',
  staff: {
    home: '/can-bo',
    dossiers: '/can-bo/ho-so',
    /** A view of the staff inbox (`?view=new`…), or every dossier of the agency */
    dossierList: (view?: string) => (view ? `/can-bo/ho-so?view=${encodeURIComponent(view)}` : '/can-bo/ho-so'),
    dossier: (id: string) => `/can-bo/ho-so/${encodeURIComponent(id)}`,
    /** Hỏi đáp: answering the questions addressed to my agency */
    questions: '/can-bo/hoi-dap',
    /** Landing page of the e-mailed staff invitation (…#token=…): the invitee chooses a password */
    acceptInvitation: '/can-bo/nhan-loi-moi',
    /** Administration (agency and system administrators), one layout with its own navigation */
    admin: {
      home: '/can-bo/quan-tri',
      agencies: '/can-bo/quan-tri/co-quan',
      procedures: '/can-bo/quan-tri/thu-tuc',
      newProcedure: '/can-bo/quan-tri/thu-tuc/moi',
      procedure: (id: string) => `/can-bo/quan-tri/thu-tuc/${encodeURIComponent(id)}`,
      staff: '/can-bo/quan-tri/can-bo',
      calendar: '/can-bo/quan-tri/lich-lam-viec',
      mailTemplates: '/can-bo/quan-tri/mau-email',
      audit: '/can-bo/quan-tri/nhat-ky',
      /** Hướng dẫn: the guide pages (system administrators) */
      guides: '/can-bo/quan-tri/huong-dan',
      newGuide: '/can-bo/quan-tri/huong-dan/moi',
      /** Văn bản pháp luật (system administrators) */
      legalDocuments: '/can-bo/quan-tri/van-ban',
      newLegalDocument: '/can-bo/quan-tri/van-ban/moi',
      legalDocument: (id: string) => `/can-bo/quan-tri/van-ban/${encodeURIComponent(id)}`,
      guide: (id: string) => `/can-bo/quan-tri/huong-dan/${encodeURIComponent(id)}`,
      /** Ứng dụng tích hợp: machine clients (OAuth 2.0 client credentials) of integrating systems */
      apiClients: '/can-bo/quan-tri/ung-dung-tich-hop',
      newApiClient: '/can-bo/quan-tri/ung-dung-tich-hop/moi',
      apiClient: (id: string) => `/can-bo/quan-tri/ung-dung-tich-hop/${encodeURIComponent(id)}`,
    },
  },
} as const;

/** `/thu-tuc?agencyId=…` and friends; empty values are left out. */
export function proceduresUrl(query: Record<string, string | undefined>, base: string = paths.procedures): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value) params.set(key, value);
  const qs = params.toString();
  return qs ? `${base}?${qs}` : base;
}
