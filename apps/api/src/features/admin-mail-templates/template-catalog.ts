import { STATUS_LABELS, type TDossierStatus } from '@portal/domain';
import { MAIL_TEMPLATES, type MailContent, type TMailLocale, type TMailTemplate } from '../mail/templates.ts';

type Localized = Record<TMailLocale, string>;

/**
 * What an administrator may edit of each e-mail template: its name, the placeholders its
 * text may use (with a description and a sample value), and how those placeholders get
 * their values from the message's data. Templates missing here (the generic
 * `notification`, whose text comes from the caller) are not editable.
 */
export interface EditableTemplate {
  label: Localized;
  description: Localized;
  placeholders: Record<string, Localized>;
  /** Data of a realistic message, for the preview */
  sample: Record<string, unknown>;
  /** Placeholder values computed from the data (otherwise the data field of the same name) */
  derived?: (data: Record<string, unknown>, locale: TMailLocale) => Record<string, string>;
  /** The built-in wording with placeholders, when it cannot be derived by rendering with placeholder data */
  starter?: Record<TMailLocale, { subject: string; text: string }>;
}

const link = 'https://dichvucong.dienbien.gov.vn/kich-hoat#token=mau-lien-ket';
const common = {
  displayName: { vi: 'Tên người nhận (họ và tên, hoặc tên tài khoản)', en: 'Recipient’s name (full name or username)' },
  link: { vi: 'Liên kết trong thư (nút bấm)', en: 'The link of the message (its button)' },
} satisfies Record<string, Localized>;

export const EDITABLE_TEMPLATES: Partial<Record<TMailTemplate, EditableTemplate>> = {
  activation: {
    label: { vi: 'Kích hoạt tài khoản', en: 'Account activation' },
    description: { vi: 'Gửi khi công dân đăng ký tài khoản.', en: 'Sent when a citizen registers.' },
    placeholders: {
      displayName: common.displayName,
      username: { vi: 'Tên tài khoản', en: 'Username' },
      link: common.link,
      expiresInHours: { vi: 'Số giờ liên kết còn hiệu lực', en: 'Hours the link stays valid' },
    },
    sample: { displayName: 'Nguyễn Văn An', username: 'nguyenvanan', link, expiresInHours: 48 },
  },
  'password-reset': {
    label: { vi: 'Đặt lại mật khẩu', en: 'Password reset' },
    description: { vi: 'Gửi khi người dùng chọn “Quên mật khẩu”.', en: 'Sent on “Forgot password”.' },
    placeholders: {
      displayName: common.displayName,
      link: common.link,
      expiresInMinutes: { vi: 'Số phút liên kết còn hiệu lực', en: 'Minutes the link stays valid' },
    },
    sample: { displayName: 'Nguyễn Văn An', link, expiresInMinutes: 60 },
  },
  'email-change': {
    label: { vi: 'Xác nhận thư điện tử mới', en: 'New e-mail confirmation' },
    description: { vi: 'Gửi tới địa chỉ mới khi người dùng đổi thư điện tử.', en: 'Sent to the new address on an e-mail change.' },
    placeholders: {
      displayName: common.displayName,
      newEmail: { vi: 'Địa chỉ thư điện tử mới', en: 'New e-mail address' },
      link: common.link,
      expiresInHours: { vi: 'Số giờ liên kết còn hiệu lực', en: 'Hours the link stays valid' },
    },
    sample: { displayName: 'Nguyễn Văn An', newEmail: 'an.nguyen@example.vn', link, expiresInHours: 24 },
  },
  'email-changed': {
    label: { vi: 'Đã đổi thư điện tử', en: 'E-mail changed' },
    description: { vi: 'Gửi tới địa chỉ cũ sau khi đổi thư điện tử.', en: 'Sent to the old address after an e-mail change.' },
    placeholders: { displayName: common.displayName, newEmail: { vi: 'Địa chỉ thư điện tử mới', en: 'New e-mail address' } },
    sample: { displayName: 'Nguyễn Văn An', newEmail: 'an.nguyen@example.vn' },
  },
  'password-changed': {
    label: { vi: 'Đã đổi mật khẩu', en: 'Password changed' },
    description: { vi: 'Gửi sau khi mật khẩu được đổi hoặc đặt lại.', en: 'Sent after a password change or reset.' },
    placeholders: { displayName: common.displayName, when: { vi: 'Thời điểm đổi (giờ Việt Nam)', en: 'When (Vietnam time)' } },
    sample: { displayName: 'Nguyễn Văn An', when: '08:30 22/11/2026' },
  },
  'dossier-sent': {
    label: { vi: 'Đã gửi hồ sơ', en: 'Dossier sent' },
    description: { vi: 'Gửi khi hồ sơ trực tuyến được gửi đến cơ quan, kèm mã hồ sơ.', en: 'Sent when a dossier is sent, with its code.' },
    placeholders: {
      displayName: common.displayName,
      code: { vi: 'Mã hồ sơ', en: 'Dossier code' },
      procedureName: { vi: 'Tên thủ tục', en: 'Procedure name' },
      agencyName: { vi: 'Cơ quan giải quyết', en: 'Handling agency' },
      submittedAt: { vi: 'Thời điểm gửi', en: 'When it was sent' },
      link: { vi: 'Liên kết xem / tra cứu hồ sơ', en: 'Link to the dossier or its lookup' },
    },
    sample: {
      displayName: 'Nguyễn Văn An',
      code: '000.00.12.H18-261122-0001',
      procedureName: 'Cấp giấy phép xây dựng nhà ở riêng lẻ',
      agencyName: 'Sở Xây dựng',
      submittedAt: '08:30 22/11/2026',
      link,
      guest: false,
    },
  },
  'dossier-status-changed': {
    label: { vi: 'Hồ sơ đổi trạng thái', en: 'Dossier status changed' },
    description: {
      vi: 'Gửi khi cơ quan tiếp nhận, yêu cầu bổ sung, trả lại hoặc trả kết quả hồ sơ.',
      en: 'Sent when the agency receives, asks for a supplement, returns or completes a dossier.',
    },
    placeholders: {
      displayName: common.displayName,
      code: { vi: 'Mã hồ sơ', en: 'Dossier code' },
      procedureName: { vi: 'Tên thủ tục', en: 'Procedure name' },
      agencyName: { vi: 'Cơ quan giải quyết', en: 'Handling agency' },
      statusLabel: { vi: 'Trạng thái mới (ví dụ: Đang xử lý)', en: 'New status (e.g. Processing)' },
      note: { vi: 'Nội dung yêu cầu bổ sung, lý do trả lại… (có thể trống)', en: 'Supplement request, return reason… (may be empty)' },
      dueDate: { vi: 'Ngày hẹn trả kết quả (có thể trống)', en: 'Due date (may be empty)' },
      link: { vi: 'Liên kết xem / tra cứu hồ sơ', en: 'Link to the dossier or its lookup' },
    },
    sample: {
      displayName: 'Nguyễn Văn An',
      code: '000.00.12.H18-261122-0001',
      procedureName: 'Cấp giấy phép xây dựng nhà ở riêng lẻ',
      agencyName: 'Sở Xây dựng',
      status: 'supplement-requested',
      note: 'Bổ sung bản vẽ mặt bằng có chữ ký của đơn vị thiết kế.',
      link,
      guest: false,
    },
    derived: (data, locale) => ({
      statusLabel: STATUS_LABELS[data.status as TDossierStatus][locale],
      note: typeof data.note === 'string' ? data.note : '',
      dueDate: typeof data.dueDate === 'string' ? data.dueDate : '',
    }),
    starter: {
      vi: {
        subject: 'Hồ sơ {{code}}: {{statusLabel}}',
        text: 'Xin chào {{displayName}},\n\nHồ sơ {{code}} (“{{procedureName}}”, {{agencyName}}) chuyển sang trạng thái: {{statusLabel}}.\n\n{{note}}\n\n{{dueDate}}',
      },
      en: {
        subject: 'Dossier {{code}}: {{statusLabel}}',
        text: 'Hello {{displayName}},\n\nDossier {{code}} (“{{procedureName}}”, {{agencyName}}) is now: {{statusLabel}}.\n\n{{note}}\n\n{{dueDate}}',
      },
    },
  },
  'dossier-apology': {
    label: { vi: 'Thư xin lỗi, hẹn lại ngày trả', en: 'Apology and new due date' },
    description: {
      vi: 'Gửi khi cơ quan xin lỗi vì hồ sơ quá hạn và hẹn lại ngày trả kết quả.',
      en: 'Sent when the agency apologises for an overdue dossier and sets a new due date.',
    },
    placeholders: {
      displayName: common.displayName,
      code: { vi: 'Mã hồ sơ', en: 'Dossier code' },
      procedureName: { vi: 'Tên thủ tục', en: 'Procedure name' },
      agencyName: { vi: 'Cơ quan giải quyết', en: 'Handling agency' },
      previousDueDate: { vi: 'Ngày hẹn trả đã qua (có thể trống)', en: 'The due date that passed (may be empty)' },
      newDueDate: { vi: 'Ngày hẹn trả mới', en: 'New due date' },
      apology: { vi: 'Nội dung thư xin lỗi do cán bộ viết', en: 'The apology as the staff member wrote it' },
      link: { vi: 'Liên kết xem / tra cứu hồ sơ', en: 'Link to the dossier or its lookup' },
    },
    sample: {
      displayName: 'Nguyễn Văn An',
      code: '000.00.12.H18-261122-0001',
      procedureName: 'Cấp giấy phép xây dựng nhà ở riêng lẻ',
      agencyName: 'Sở Xây dựng',
      previousDueDate: '20/11/2026',
      newDueDate: '17:00 27/11/2026',
      apology: 'Do cần lấy ý kiến thẩm định của cơ quan chuyên môn, hồ sơ chưa giải quyết kịp. Mong ông/bà thông cảm.',
      link,
      guest: false,
    },
    derived: (data) => ({ previousDueDate: typeof data.previousDueDate === 'string' ? data.previousDueDate : '' }),
    starter: {
      vi: {
        subject: 'Thư xin lỗi và hẹn lại ngày trả kết quả hồ sơ {{code}}',
        text: 'Xin chào {{displayName}},\n\n{{agencyName}} thành thật xin lỗi vì hồ sơ {{code}} (“{{procedureName}}”) chưa được giải quyết đúng hạn {{previousDueDate}}.\n\n{{apology}}\n\nNgày hẹn trả kết quả mới: {{newDueDate}}.',
      },
      en: {
        subject: 'Apology and new due date for dossier {{code}}',
        text: 'Hello {{displayName}},\n\n{{agencyName}} sincerely apologises: dossier {{code}} (“{{procedureName}}”) was not settled by its due date {{previousDueDate}}.\n\n{{apology}}\n\nNew due date: {{newDueDate}}.',
      },
    },
  },
  'guest-dossier-confirm': {
    label: { vi: 'Xác nhận hồ sơ không tài khoản', en: 'Guest dossier confirmation' },
    description: { vi: 'Gửi khi nộp hồ sơ không dùng tài khoản: hồ sơ có hiệu lực sau khi xác nhận.', en: 'Sent for a dossier submitted without an account.' },
    placeholders: {
      displayName: common.displayName,
      procedureName: { vi: 'Tên thủ tục', en: 'Procedure name' },
      agencyName: { vi: 'Cơ quan giải quyết', en: 'Handling agency' },
      link: common.link,
      expiresInHours: { vi: 'Số giờ liên kết còn hiệu lực', en: 'Hours the link stays valid' },
    },
    sample: { displayName: 'Nguyễn Văn An', procedureName: 'Cấp giấy phép xây dựng nhà ở riêng lẻ', agencyName: 'Sở Xây dựng', link, expiresInHours: 72 },
  },
  'staff-invitation': {
    label: { vi: 'Mời cán bộ', en: 'Staff invitation' },
    description: { vi: 'Gửi khi quản trị mời cán bộ mới: cán bộ bấm liên kết để đặt mật khẩu.', en: 'Sent when an administrator invites a staff member.' },
    placeholders: {
      displayName: common.displayName,
      username: { vi: 'Tên đăng nhập của cán bộ', en: 'The staff member’s username' },
      agencyName: { vi: 'Đơn vị công tác', en: 'Agency' },
      roles: { vi: 'Các vai trò được cấp', en: 'Roles granted' },
      invitedBy: { vi: 'Người mời', en: 'Invited by' },
      link: common.link,
      expiresInHours: { vi: 'Số giờ liên kết còn hiệu lực', en: 'Hours the link stays valid' },
    },
    sample: {
      displayName: 'Lò Thị Hoa',
      username: 'vanthu2',
      agencyName: 'Sở Xây dựng',
      roles: 'Bộ phận một cửa',
      invitedBy: 'Quản trị hệ thống',
      link,
      expiresInHours: 72,
    },
  },
  'question-answered': {
    label: { vi: 'Trả lời câu hỏi', en: 'Question answered' },
    description: {
      vi: 'Gửi tới người hỏi khi cán bộ trả lời câu hỏi trên trang Hỏi đáp (kèm liên kết nếu câu trả lời được công khai).',
      en: 'Sent to the asker when staff answer a question of the Q&A page (with a link when the answer is published).',
    },
    placeholders: {
      displayName: { vi: 'Họ và tên người hỏi', en: 'The asker’s name' },
      title: { vi: 'Tiêu đề câu hỏi', en: 'The question’s title' },
      answer: { vi: 'Nội dung trả lời', en: 'The answer' },
      agencyName: { vi: 'Cơ quan trả lời', en: 'Answering agency' },
      link: { vi: 'Liên kết tới câu hỏi trên trang Hỏi đáp (có thể trống)', en: 'Link to the question on the Q&A page (may be empty)' },
    },
    sample: {
      displayName: 'Nguyễn Văn An',
      title: 'Xây nhà ở nông thôn có cần giấy phép không?',
      answer: 'Nhà ở riêng lẻ tại nông thôn không thuộc khu vực có quy hoạch được miễn giấy phép xây dựng.',
      agencyName: 'Sở Xây dựng',
      link: 'https://dichvucong.dienbien.gov.vn/hoi-dap/0190a3f2-0000-7000-8000-000000000001',
    },
  },
  'question-rejected': {
    label: { vi: 'Từ chối câu hỏi', en: 'Question declined' },
    description: { vi: 'Gửi tới người hỏi khi cán bộ từ chối trả lời câu hỏi, kèm lý do.', en: 'Sent to the asker when staff decline a question, with the reason.' },
    placeholders: {
      displayName: { vi: 'Họ và tên người hỏi', en: 'The asker’s name' },
      title: { vi: 'Tiêu đề câu hỏi', en: 'The question’s title' },
      reason: { vi: 'Lý do từ chối', en: 'The reason' },
      agencyName: { vi: 'Cơ quan nhận câu hỏi', en: 'Agency' },
    },
    sample: { displayName: 'Nguyễn Văn An', title: 'Hỏi về hồ sơ của hàng xóm', reason: 'Câu hỏi liên quan đến thông tin cá nhân của người khác.', agencyName: 'Sở Xây dựng' },
  },
  'webhook-disabled': {
    label: { vi: 'Webhook bị tạm dừng', en: 'Webhook disabled' },
    description: {
      vi: 'Gửi tới quản trị hệ thống (và quản trị của cơ quan của ứng dụng) khi một đăng ký webhook gửi không thành công liên tục ba ngày và bị tạm dừng.',
      en: 'Sent to the system administrators (and those of the client’s agency) when a webhook subscription failed for three days and was disabled.',
    },
    placeholders: {
      displayName: common.displayName,
      clientName: { vi: 'Tên ứng dụng tích hợp', en: 'The API client’s name' },
      clientId: { vi: 'Mã ứng dụng (client_id)', en: 'The client_id' },
      url: { vi: 'Địa chỉ nhận webhook', en: 'The endpoint URL' },
      failingSince: { vi: 'Thời điểm bắt đầu gửi không thành công (giờ Việt Nam)', en: 'First failure (Vietnam time)' },
      lastError: { vi: 'Lỗi của lần gửi cuối', en: 'What the last attempt got' },
      link: common.link,
    },
    sample: {
      displayName: 'Quản trị hệ thống',
      clientName: 'Phần mềm một cửa Sở Xây dựng',
      clientId: 'cli_sxd_motcua',
      url: 'https://motcua.sxd.example.gov.vn/hooks/portal',
      failingSince: '08:30 19/11/2026',
      lastError: 'HTTP 503: Service Unavailable',
      link: 'https://dichvucong.dienbien.gov.vn/can-bo/quan-tri/ung-dung-tich-hop/0193a1b2-0000-7000-8000-000000000001',
    },
  },
};

export const editableTemplateKeys = (): TMailTemplate[] => (Object.keys(EDITABLE_TEMPLATES) as TMailTemplate[]).filter((key) => Object.hasOwn(MAIL_TEMPLATES, key));

export const editableTemplate = (key: string): EditableTemplate | null =>
  Object.hasOwn(EDITABLE_TEMPLATES, key) && Object.hasOwn(MAIL_TEMPLATES, key) ? EDITABLE_TEMPLATES[key as TMailTemplate]! : null;

const stringify = (value: unknown): string => (value === undefined || value === null ? '' : typeof value === 'string' ? value : String(value));

/** The value of every placeholder of `entry` for one message. */
export function placeholderValues(entry: EditableTemplate, data: Record<string, unknown>, locale: TMailLocale): Record<string, string> {
  const derived = entry.derived?.(data, locale) ?? {};
  return Object.fromEntries(Object.keys(entry.placeholders).map((name) => [name, Object.hasOwn(derived, name) ? derived[name]! : stringify(data[name])]));
}

/** Greeting, paragraphs and note as the plain text an administrator edits (blank line between paragraphs). */
export const bodyTextOf = (content: MailContent): string =>
  [...(content.greeting ? [content.greeting] : []), ...content.paragraphs, ...(content.note ? [content.note] : [])].join('\n\n');

/** The built-in wording with {{placeholders}} in place of the values: where a new version starts. */
export function defaultWording(key: TMailTemplate, entry: EditableTemplate, locale: TMailLocale): { subject: string; text: string } {
  if (entry.starter) return entry.starter[locale];
  const tokens = Object.fromEntries(Object.keys(entry.placeholders).map((name) => [name, `{{${name}}}`]));
  const render = MAIL_TEMPLATES[key].render as (data: Record<string, unknown>, l: TMailLocale) => MailContent;
  const content = render({ ...entry.sample, ...tokens }, locale);
  return { subject: content.subject, text: bodyTextOf(content) };
}
