import { z } from 'zod';
import { DOSSIER_STATUSES, STATUS_LABELS, type TDossierStatus } from '@portal/domain';

/**
 * The portal's e-mails, in Vietnamese and English, each rendered as HTML and plain
 * text from one description (title, paragraphs, an action button). `notification` is
 * the generic layout later features reuse (dossier received, supplement requested…).
 */

export const MAIL_LOCALES = ['vi', 'en'] as const;
export type TMailLocale = (typeof MAIL_LOCALES)[number];
export const toMailLocale = (locale: string | null | undefined): TMailLocale => (locale === 'en' ? 'en' : 'vi');

type Localized = Record<TMailLocale, string>;

export interface MailContent {
  subject: string;
  /** Heading inside the message */
  title: string;
  greeting?: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  /** Small print under the action, e.g. how long the link is valid */
  note?: string;
}

const ZName = z.string().min(1).max(200);
const ZLink = z.url({ protocol: /^https?$/ });

const hello = (name: string): Localized => ({ vi: `Xin chào ${name},`, en: `Hello ${name},` });

export const MAIL_TEMPLATES = {
  activation: {
    data: z.object({ displayName: ZName, username: z.string(), link: ZLink, expiresInHours: z.number().int().positive() }),
    render: (d: { displayName: string; username: string; link: string; expiresInHours: number }, l: TMailLocale): MailContent => ({
      subject: { vi: 'Kích hoạt tài khoản Cổng Dịch vụ công', en: 'Activate your public-service portal account' }[l],
      title: { vi: 'Kích hoạt tài khoản', en: 'Activate your account' }[l],
      greeting: hello(d.displayName)[l],
      paragraphs: [
        {
          vi: `Bạn (hoặc ai đó dùng địa chỉ thư này) vừa đăng ký tài khoản “${d.username}” trên Cổng Dịch vụ công trực tuyến.`,
          en: `You (or someone using this address) registered the account “${d.username}” on the online public-service portal.`,
        }[l],
        {
          vi: 'Bấm vào nút dưới đây để kích hoạt tài khoản. Sau khi kích hoạt, bạn có thể đăng nhập và nộp hồ sơ trực tuyến.',
          en: 'Press the button below to activate the account. You can then sign in and submit dossiers online.',
        }[l],
      ],
      action: { label: { vi: 'Kích hoạt tài khoản', en: 'Activate account' }[l], url: d.link },
      note: {
        vi: `Liên kết có hiệu lực trong ${d.expiresInHours} giờ và chỉ dùng được một lần. Nếu bạn không đăng ký, hãy bỏ qua thư này.`,
        en: `The link is valid for ${d.expiresInHours} hours and works once. If you did not register, ignore this message.`,
      }[l],
    }),
  },
  'password-reset': {
    data: z.object({ displayName: ZName, link: ZLink, expiresInMinutes: z.number().int().positive() }),
    render: (d: { displayName: string; link: string; expiresInMinutes: number }, l: TMailLocale): MailContent => ({
      subject: { vi: 'Đặt lại mật khẩu Cổng Dịch vụ công', en: 'Reset your public-service portal password' }[l],
      title: { vi: 'Đặt lại mật khẩu', en: 'Reset your password' }[l],
      greeting: hello(d.displayName)[l],
      paragraphs: [
        {
          vi: 'Chúng tôi nhận được yêu cầu đặt lại mật khẩu cho tài khoản của bạn. Bấm vào nút dưới đây để chọn mật khẩu mới.',
          en: 'We received a request to reset the password of your account. Press the button below to choose a new one.',
        }[l],
      ],
      action: { label: { vi: 'Đặt lại mật khẩu', en: 'Reset password' }[l], url: d.link },
      note: {
        vi: `Liên kết có hiệu lực trong ${d.expiresInMinutes} phút và chỉ dùng được một lần. Nếu bạn không yêu cầu, hãy bỏ qua thư này: mật khẩu hiện tại vẫn giữ nguyên.`,
        en: `The link is valid for ${d.expiresInMinutes} minutes and works once. If you did not ask for it, ignore this message: your password stays as it is.`,
      }[l],
    }),
  },
  'email-change': {
    data: z.object({ displayName: ZName, newEmail: z.string(), link: ZLink, expiresInHours: z.number().int().positive() }),
    render: (d: { displayName: string; newEmail: string; link: string; expiresInHours: number }, l: TMailLocale): MailContent => ({
      subject: { vi: 'Xác nhận địa chỉ thư điện tử mới', en: 'Confirm your new e-mail address' }[l],
      title: { vi: 'Xác nhận thư điện tử mới', en: 'Confirm your new e-mail address' }[l],
      greeting: hello(d.displayName)[l],
      paragraphs: [
        {
          vi: `Tài khoản của bạn trên Cổng Dịch vụ công trực tuyến sẽ dùng địa chỉ ${d.newEmail} sau khi bạn xác nhận.`,
          en: `Your portal account will use ${d.newEmail} once you confirm it.`,
        }[l],
      ],
      action: { label: { vi: 'Xác nhận địa chỉ này', en: 'Confirm this address' }[l], url: d.link },
      note: {
        vi: `Liên kết có hiệu lực trong ${d.expiresInHours} giờ và chỉ dùng được một lần.`,
        en: `The link is valid for ${d.expiresInHours} hours and works once.`,
      }[l],
    }),
  },
  'email-changed': {
    data: z.object({ displayName: ZName, newEmail: z.string() }),
    render: (d: { displayName: string; newEmail: string }, l: TMailLocale): MailContent => ({
      subject: { vi: 'Địa chỉ thư điện tử của tài khoản đã thay đổi', en: 'Your account e-mail address was changed' }[l],
      title: { vi: 'Đã thay đổi thư điện tử', en: 'E-mail address changed' }[l],
      greeting: hello(d.displayName)[l],
      paragraphs: [
        {
          vi: `Tài khoản của bạn từ nay dùng địa chỉ ${d.newEmail}. Nếu không phải bạn thực hiện, hãy liên hệ ngay bộ phận hỗ trợ của Cổng.`,
          en: `Your account now uses ${d.newEmail}. If this was not you, contact the portal's support at once.`,
        }[l],
      ],
    }),
  },
  'password-changed': {
    data: z.object({ displayName: ZName, when: z.string() }),
    render: (d: { displayName: string; when: string }, l: TMailLocale): MailContent => ({
      subject: { vi: 'Mật khẩu tài khoản đã được thay đổi', en: 'Your account password was changed' }[l],
      title: { vi: 'Mật khẩu đã thay đổi', en: 'Password changed' }[l],
      greeting: hello(d.displayName)[l],
      paragraphs: [
        {
          vi: `Mật khẩu tài khoản của bạn đã được thay đổi lúc ${d.when}. Các phiên đăng nhập khác đã được đăng xuất.`,
          en: `Your account password was changed at ${d.when}. Other signed-in sessions were signed out.`,
        }[l],
        {
          vi: 'Nếu không phải bạn thực hiện, hãy dùng chức năng “Quên mật khẩu” để lấy lại tài khoản và liên hệ bộ phận hỗ trợ.',
          en: 'If this was not you, use “Forgot password” to recover the account and contact support.',
        }[l],
      ],
    }),
  },
  /** Generic message for other features: title, paragraphs and an optional action. */
  notification: {
    data: z.object({
      subject: z.string().min(1).max(200),
      title: z.string().min(1).max(200),
      displayName: ZName.optional(),
      paragraphs: z.array(z.string().max(2000)).min(1).max(20),
      action: z.object({ label: z.string().min(1).max(100), url: ZLink }).optional(),
      note: z.string().max(500).optional(),
    }),
    render: (
      d: { subject: string; title: string; displayName?: string | undefined; paragraphs: string[]; action?: { label: string; url: string } | undefined; note?: string | undefined },
      l: TMailLocale,
    ): MailContent => ({
      subject: d.subject,
      title: d.title,
      ...(d.displayName ? { greeting: hello(d.displayName)[l] } : {}),
      paragraphs: d.paragraphs,
      ...(d.action ? { action: d.action } : {}),
      ...(d.note ? { note: d.note } : {}),
    }),
  },
  // ───── Dossiers (features/dossiers, features/guest-dossiers) ─────
  /** Confirmation that a dossier was sent, with its code. */
  'dossier-sent': {
    data: z.object({
      displayName: ZName,
      code: z.string().min(1).max(80),
      procedureName: z.string().min(1).max(500),
      agencyName: z.string().min(1).max(300),
      /** 'HH:mm dd/MM/yyyy', Vietnam time */
      submittedAt: z.string().min(1).max(40),
      /** The citizen's dossier page, or the public lookup for a guest */
      link: ZLink,
      guest: z.boolean(),
    }),
    render: (
      d: { displayName: string; code: string; procedureName: string; agencyName: string; submittedAt: string; link: string; guest: boolean },
      l: TMailLocale,
    ): MailContent => ({
      subject: { vi: `Hồ sơ ${d.code} đã được gửi thành công`, en: `Dossier ${d.code} has been sent` }[l],
      title: { vi: 'Đã gửi hồ sơ trực tuyến', en: 'Dossier sent online' }[l],
      greeting: hello(d.displayName)[l],
      paragraphs: [
        {
          vi: `Hồ sơ “${d.procedureName}” của bạn đã được gửi đến ${d.agencyName} lúc ${d.submittedAt}.`,
          en: `Your dossier “${d.procedureName}” was sent to ${d.agencyName} at ${d.submittedAt}.`,
        }[l],
        { vi: `Mã hồ sơ: ${d.code}. Vui lòng ghi lại mã này để tra cứu tình trạng giải quyết.`, en: `Dossier code: ${d.code}. Keep it to follow the processing.` }[l],
        {
          vi: 'Bộ phận một cửa sẽ kiểm tra và tiếp nhận hồ sơ; bạn sẽ nhận thư thông báo mỗi khi trạng thái hồ sơ thay đổi.',
          en: 'The one-stop desk will check and receive the dossier; you will get an e-mail whenever its status changes.',
        }[l],
      ],
      action: d.guest
        ? { label: { vi: 'Tra cứu hồ sơ', en: 'Track the dossier' }[l], url: d.link }
        : { label: { vi: 'Xem hồ sơ', en: 'View the dossier' }[l], url: d.link },
    }),
  },
  /** A status change of a dossier (staff actions, supplement sent); the note is the agency's text. */
  'dossier-status-changed': {
    data: z.object({
      displayName: ZName,
      code: z.string().min(1).max(80),
      procedureName: z.string().min(1).max(500),
      agencyName: z.string().min(1).max(300),
      status: z.enum(DOSSIER_STATUSES),
      /** Supplement request text, return reason, … */
      note: z.string().max(4000).optional(),
      /** Due date when known, 'dd/MM/yyyy' */
      dueDate: z.string().max(40).optional(),
      link: ZLink,
      guest: z.boolean(),
    }),
    render: (
      d: {
        displayName: string;
        code: string;
        procedureName: string;
        agencyName: string;
        status: TDossierStatus;
        note?: string | undefined;
        dueDate?: string | undefined;
        link: string;
        guest: boolean;
      },
      l: TMailLocale,
    ): MailContent => {
      const status = STATUS_LABELS[d.status][l];
      const explanation: Record<typeof d.status, Localized> = {
        unsent: { vi: 'Hồ sơ chưa được gửi.', en: 'The dossier has not been sent.' },
        sent: { vi: 'Hồ sơ đã được gửi đến bộ phận một cửa và đang chờ tiếp nhận.', en: 'The dossier was sent to the one-stop desk and awaits reception.' },
        'supplement-requested': d.guest
          ? {
              vi: 'Cơ quan giải quyết yêu cầu bổ sung hồ sơ. Vì hồ sơ được nộp không qua tài khoản, bạn cần nộp một hồ sơ mới theo nội dung yêu cầu dưới đây.',
              en: 'The agency asks for a supplement. As the dossier was submitted without an account, submit a new dossier following the request below.',
            }
          : {
              vi: 'Cơ quan giải quyết yêu cầu bổ sung hồ sơ. Vui lòng đăng nhập, bổ sung theo nội dung dưới đây và bấm “Gửi bổ sung”.',
              en: 'The agency asks for a supplement. Sign in, complete the dossier as requested below and press “Send supplement”.',
            },
        processing: { vi: 'Hồ sơ đã được tiếp nhận và đang được xử lý.', en: 'The dossier was received and is being processed.' },
        result: { vi: 'Hồ sơ đã có kết quả giải quyết.', en: 'The dossier has a result.' },
        returned: { vi: 'Hồ sơ bị trả lại.', en: 'The dossier was returned.' },
      };
      const noteLabel: Localized =
        d.status === 'supplement-requested'
          ? { vi: 'Nội dung yêu cầu bổ sung', en: 'What to supplement' }
          : d.status === 'returned'
            ? { vi: 'Lý do trả lại', en: 'Reason' }
            : { vi: 'Ghi chú', en: 'Note' };
      return {
        subject: { vi: `Hồ sơ ${d.code}: ${status}`, en: `Dossier ${d.code}: ${status}` }[l],
        title: { vi: 'Cập nhật tình trạng hồ sơ', en: 'Dossier status update' }[l],
        greeting: hello(d.displayName)[l],
        paragraphs: [
          {
            vi: `Hồ sơ ${d.code} (“${d.procedureName}”, ${d.agencyName}) chuyển sang trạng thái: ${status}.`,
            en: `Dossier ${d.code} (“${d.procedureName}”, ${d.agencyName}) is now: ${status}.`,
          }[l],
          explanation[d.status][l],
          ...(d.note ? [`${noteLabel[l]}: ${d.note}`] : []),
          ...(d.dueDate ? [{ vi: `Ngày hẹn trả kết quả: ${d.dueDate}.`, en: `Due date: ${d.dueDate}.` }[l]] : []),
        ],
        action: d.guest
          ? { label: { vi: 'Tra cứu hồ sơ', en: 'Track the dossier' }[l], url: d.link }
          : { label: { vi: 'Xem hồ sơ', en: 'View the dossier' }[l], url: d.link },
      };
    },
  },
  /** An overdue dossier: the agency apologises and sets a new due date (Decree 45/2020, art. 19). */
  'dossier-apology': {
    data: z.object({
      displayName: ZName,
      code: z.string().min(1).max(80),
      procedureName: z.string().min(1).max(500),
      agencyName: z.string().min(1).max(300),
      /** The due date that passed, 'dd/MM/yyyy' */
      previousDueDate: z.string().max(40).optional(),
      /** 'HH:mm dd/MM/yyyy' */
      newDueDate: z.string().min(1).max(40),
      /** The agency's letter, as the staff member wrote it */
      apology: z.string().min(1).max(4000),
      link: ZLink,
      guest: z.boolean(),
    }),
    render: (
      d: {
        displayName: string;
        code: string;
        procedureName: string;
        agencyName: string;
        previousDueDate?: string | undefined;
        newDueDate: string;
        apology: string;
        link: string;
        guest: boolean;
      },
      l: TMailLocale,
    ): MailContent => ({
      subject: { vi: `Thư xin lỗi và hẹn lại ngày trả kết quả hồ sơ ${d.code}`, en: `Apology and new due date for dossier ${d.code}` }[l],
      title: { vi: 'Thư xin lỗi và hẹn lại ngày trả kết quả', en: 'Apology and new due date' }[l],
      greeting: hello(d.displayName)[l],
      paragraphs: [
        {
          vi: `${d.agencyName} thành thật xin lỗi vì hồ sơ ${d.code} (“${d.procedureName}”) chưa được giải quyết đúng hạn${d.previousDueDate ? ` (${d.previousDueDate})` : ''}.`,
          en: `${d.agencyName} sincerely apologises: dossier ${d.code} (“${d.procedureName}”) was not settled by its due date${d.previousDueDate ? ` (${d.previousDueDate})` : ''}.`,
        }[l],
        d.apology,
        { vi: `Ngày hẹn trả kết quả mới: ${d.newDueDate}.`, en: `New due date: ${d.newDueDate}.` }[l],
      ],
      action: d.guest
        ? { label: { vi: 'Tra cứu hồ sơ', en: 'Track the dossier' }[l], url: d.link }
        : { label: { vi: 'Xem hồ sơ', en: 'View the dossier' }[l], url: d.link },
    }),
  },
  /** A guest's dossier becomes effective only once this link is followed (seed 003). */
  'guest-dossier-confirm': {
    data: z.object({
      displayName: ZName,
      procedureName: z.string().min(1).max(500),
      agencyName: z.string().min(1).max(300),
      link: ZLink,
      expiresInHours: z.number().int().positive(),
    }),
    render: (d: { displayName: string; procedureName: string; agencyName: string; link: string; expiresInHours: number }, l: TMailLocale): MailContent => ({
      subject: { vi: 'Xác nhận gửi hồ sơ trực tuyến', en: 'Confirm sending your dossier' }[l],
      title: { vi: 'Xác nhận gửi hồ sơ', en: 'Confirm your dossier' }[l],
      greeting: hello(d.displayName)[l],
      paragraphs: [
        {
          vi: `Bạn vừa gửi hồ sơ “${d.procedureName}” đến ${d.agencyName} mà không dùng tài khoản.`,
          en: `You submitted the dossier “${d.procedureName}” to ${d.agencyName} without an account.`,
        }[l],
        {
          vi: 'Hồ sơ chỉ có hiệu lực sau khi bạn xác nhận bằng nút dưới đây; khi đó hồ sơ được cấp mã và chuyển đến bộ phận một cửa.',
          en: 'The dossier takes effect only once you confirm it with the button below; it then gets its code and goes to the one-stop desk.',
        }[l],
      ],
      action: { label: { vi: 'Xác nhận gửi hồ sơ', en: 'Confirm the dossier' }[l], url: d.link },
      note: {
        vi: `Liên kết có hiệu lực trong ${d.expiresInHours} giờ. Nếu bạn không nộp hồ sơ này, hãy bỏ qua thư.`,
        en: `The link is valid for ${d.expiresInHours} hours. If you did not submit this dossier, ignore this message.`,
      }[l],
    }),
  },
  // ───── Administration (features/admin-staff) ─────
  /** An administrator invited a staff member: the link lets them choose a password. */
  'staff-invitation': {
    data: z.object({
      displayName: ZName,
      username: z.string().min(1).max(64),
      agencyName: z.string().min(1).max(300),
      /** Role names in the recipient's language, comma-separated */
      roles: z.string().min(1).max(300),
      invitedBy: z.string().min(1).max(200),
      link: ZLink,
      expiresInHours: z.number().int().positive(),
    }),
    render: (
      d: { displayName: string; username: string; agencyName: string; roles: string; invitedBy: string; link: string; expiresInHours: number },
      l: TMailLocale,
    ): MailContent => ({
      subject: { vi: 'Lời mời sử dụng tài khoản cán bộ trên Cổng Dịch vụ công', en: 'Invitation to your staff account on the public-service portal' }[l],
      title: { vi: 'Lời mời tham gia xử lý hồ sơ', en: 'Your staff account' }[l],
      greeting: hello(d.displayName)[l],
      paragraphs: [
        {
          vi: `${d.invitedBy} đã tạo cho bạn tài khoản cán bộ “${d.username}” của ${d.agencyName} với vai trò: ${d.roles}.`,
          en: `${d.invitedBy} created the staff account “${d.username}” of ${d.agencyName} for you, with the roles: ${d.roles}.`,
        }[l],
        {
          vi: 'Bấm vào nút dưới đây để đặt mật khẩu, sau đó đăng nhập tại trang Cán bộ đăng nhập.',
          en: 'Press the button below to choose your password, then sign in on the Staff sign-in page.',
        }[l],
      ],
      action: { label: { vi: 'Đặt mật khẩu', en: 'Choose a password' }[l], url: d.link },
      note: {
        vi: `Liên kết có hiệu lực trong ${d.expiresInHours} giờ và chỉ dùng được một lần. Nếu bạn không mong đợi thư này, hãy bỏ qua.`,
        en: `The link is valid for ${d.expiresInHours} hours and works once. If you did not expect this message, ignore it.`,
      }[l],
    }),
  },
  // ───── Questions and answers (features/questions) ─────
  /** Staff answered a question asked on the Hỏi đáp page; `link` when the answer is published. */
  'question-answered': {
    data: z.object({
      displayName: ZName,
      title: z.string().min(1).max(300),
      answer: z.string().min(1).max(10_000),
      agencyName: z.string().min(1).max(300),
      link: ZLink.optional(),
    }),
    render: (d: { displayName: string; title: string; answer: string; agencyName: string; link?: string | undefined }, l: TMailLocale): MailContent => ({
      subject: { vi: `Trả lời câu hỏi: ${d.title}`, en: `Answer to your question: ${d.title}` }[l],
      title: { vi: 'Câu hỏi của bạn đã được trả lời', en: 'Your question was answered' }[l],
      greeting: hello(d.displayName)[l],
      paragraphs: [
        { vi: `${d.agencyName} trả lời câu hỏi “${d.title}” của bạn như sau:`, en: `${d.agencyName} answered your question “${d.title}”:` }[l],
        d.answer,
      ],
      ...(d.link ? { action: { label: { vi: 'Xem trên trang Hỏi đáp', en: 'View on the Q&A page' }[l], url: d.link } } : {}),
    }),
  },
  /** Staff declined to answer a question of the Hỏi đáp page, with their reason. */
  'question-rejected': {
    data: z.object({ displayName: ZName, title: z.string().min(1).max(300), reason: z.string().min(1).max(2000), agencyName: z.string().min(1).max(300) }),
    render: (d: { displayName: string; title: string; reason: string; agencyName: string }, l: TMailLocale): MailContent => ({
      subject: { vi: `Câu hỏi chưa được trả lời: ${d.title}`, en: `Your question was not answered: ${d.title}` }[l],
      title: { vi: 'Câu hỏi không được tiếp nhận', en: 'Question declined' }[l],
      greeting: hello(d.displayName)[l],
      paragraphs: [
        { vi: `${d.agencyName} không trả lời câu hỏi “${d.title}” của bạn vì lý do sau:`, en: `${d.agencyName} declined to answer your question “${d.title}” for this reason:` }[l],
        d.reason,
      ],
    }),
  },
  // ───── Integrations (features/webhooks) ─────
  /** A webhook subscription failed for three days in a row and was turned off (to system and agency administrators). */
  'webhook-disabled': {
    data: z.object({
      displayName: ZName,
      /** The API client's name and its public client_id */
      clientName: z.string().min(1).max(200),
      clientId: z.string().min(1).max(200),
      /** The endpoint */
      url: z.string().min(1).max(2000),
      /** 'HH:mm dd/MM/yyyy', Vietnam time: first failure of the run */
      failingSince: z.string().min(1).max(40),
      /** What the last attempt got, e.g. "HTTP 503" or "ECONNREFUSED" */
      lastError: z.string().max(500).optional(),
      /** The client's page in the administration */
      link: ZLink,
    }),
    render: (
      d: { displayName: string; clientName: string; clientId: string; url: string; failingSince: string; lastError?: string | undefined; link: string },
      l: TMailLocale,
    ): MailContent => ({
      subject: { vi: `Webhook của ứng dụng “${d.clientName}” đã bị tạm dừng`, en: `The webhook of “${d.clientName}” was disabled` }[l],
      title: { vi: 'Webhook bị tạm dừng do gửi không thành công', en: 'Webhook disabled after failed deliveries' }[l],
      greeting: hello(d.displayName)[l],
      paragraphs: [
        {
          vi: `Cổng không gửi được sự kiện đến địa chỉ ${d.url} của ứng dụng tích hợp “${d.clientName}” (${d.clientId}) từ ${d.failingSince}. Sau ba ngày liên tục không thành công, đăng ký webhook này đã được tạm dừng và các sự kiện đang chờ gửi đã bị hủy.`,
          en: `The portal has not been able to deliver events to ${d.url} of the API client “${d.clientName}” (${d.clientId}) since ${d.failingSince}. After three days of failures the webhook subscription was disabled and its pending deliveries dropped.`,
        }[l],
        ...(d.lastError ? [{ vi: `Lỗi lần gửi cuối: ${d.lastError}`, en: `Last attempt: ${d.lastError}` }[l]] : []),
        {
          vi: 'Khi hệ thống nhận đã hoạt động trở lại, ứng dụng có thể bật lại đăng ký (PATCH với status: active) và đọc các sự kiện bị lỡ từ luồng sự kiện (GET /api/v1/events).',
          en: 'Once the receiving system works again, the client can enable the subscription again (PATCH with status: active) and read the missed events from the event feed (GET /api/v1/events).',
        }[l],
      ],
      action: { label: { vi: 'Xem ứng dụng tích hợp', en: 'View the API client' }[l], url: d.link },
    }),
  },
} as const;

export type TMailTemplate = keyof typeof MAIL_TEMPLATES;
export type TMailData<T extends TMailTemplate> = z.input<(typeof MAIL_TEMPLATES)[T]['data']>;
export const MAIL_TEMPLATE_NAMES = Object.keys(MAIL_TEMPLATES) as TMailTemplate[];
export const isMailTemplate = (name: string): name is TMailTemplate => Object.hasOwn(MAIL_TEMPLATES, name);

const FOOTER: Localized = {
  vi: 'Thư này được gửi tự động từ Cổng Dịch vụ công trực tuyến, vui lòng không trả lời.',
  en: 'This message was sent automatically by the online public-service portal; please do not reply.',
};
const PORTAL: Localized = { vi: 'Cổng Dịch vụ công trực tuyến', en: 'Online public-service portal' };
const LINK_HINT: Localized = {
  vi: 'Nếu nút không bấm được, hãy chép liên kết sau vào trình duyệt:',
  en: 'If the button does not work, copy this link into your browser:',
};

export const escapeHtml = (value: string): string =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** HTML (inline styles: mail clients drop <style>) and the plain-text alternative. */
export function layout(content: MailContent, locale: TMailLocale): { subject: string; html: string; text: string } {
  const p = (text: string, style = '') => `<p style="margin:0 0 16px;line-height:1.5;${style}">${escapeHtml(text)}</p>`;
  const action = content.action
    ? `<p style="margin:24px 0"><a href="${escapeHtml(content.action.url)}" style="display:inline-block;background:#b3261e;color:#ffffff;text-decoration:none;font-weight:bold;padding:12px 20px;border-radius:4px">${escapeHtml(content.action.label)}</a></p>` +
      p(LINK_HINT[locale], 'font-size:14px;color:#444') +
      `<p style="margin:0 0 16px;font-size:14px;word-break:break-all"><a href="${escapeHtml(content.action.url)}" style="color:#0b57d0">${escapeHtml(content.action.url)}</a></p>`
    : '';
  const html = `<!doctype html>
<html lang="${locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(content.subject)}</title></head>
<body style="margin:0;padding:0;background:#f4f4f4;font-family:Arial,Helvetica,sans-serif;color:#1a1a1a">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f4f4f4"><tr><td align="center" style="padding:24px 12px">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:600px;background:#ffffff;border-top:4px solid #b3261e">
<tr><td style="padding:16px 24px;font-size:14px;font-weight:bold;color:#b3261e;text-transform:uppercase">${escapeHtml(PORTAL[locale])}</td></tr>
<tr><td style="padding:8px 24px 24px">
<h1 style="font-size:22px;margin:0 0 16px">${escapeHtml(content.title)}</h1>
${content.greeting ? p(content.greeting) : ''}${content.paragraphs.map((text) => p(text)).join('')}${action}${content.note ? p(content.note, 'font-size:14px;color:#444') : ''}
</td></tr>
<tr><td style="padding:16px 24px;font-size:12px;color:#666;border-top:1px solid #e0e0e0">${escapeHtml(FOOTER[locale])}</td></tr>
</table></td></tr></table>
</body>
</html>`;
  const text = [
    PORTAL[locale].toUpperCase(),
    '',
    content.title,
    '',
    ...(content.greeting ? [content.greeting, ''] : []),
    ...content.paragraphs.flatMap((paragraph) => [paragraph, '']),
    ...(content.action ? [`${content.action.label}: ${content.action.url}`, ''] : []),
    ...(content.note ? [content.note, ''] : []),
    '--',
    FOOTER[locale],
  ].join('\n');
  return { subject: content.subject, html, text };
}

/** Renders a queued message; throws when the data does not fit the template (a bug, not a delivery failure). */
export function renderMail(template: string, locale: string, data: unknown): { subject: string; html: string; text: string } {
  if (!isMailTemplate(template)) throw new Error(`unknown mail template: ${template}`);
  const entry = MAIL_TEMPLATES[template];
  const parsed = entry.data.parse(data);
  const mailLocale = toMailLocale(locale);
  return layout((entry.render as (d: typeof parsed, l: TMailLocale) => MailContent)(parsed, mailLocale), mailLocale);
}

/** Checks data against the template when the message is queued, so mistakes fail in the request that made them. */
export function assertMailData(template: TMailTemplate, data: unknown): void {
  MAIL_TEMPLATES[template].data.parse(data);
}
