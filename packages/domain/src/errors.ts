import { z } from 'zod';

/**
 * Every error the API can answer with, keyed by a stable code. The code is the contract
 * (the SPA and tests match on it); the status and titles live here once so the API's
 * single error handler and the SPA never disagree. The Vietnamese title is what the SPA
 * shows to the user; the English one is for logs and English-speaking integrators.
 */
export const ERROR_CODES = {
  // Generic HTTP-level failures
  VALIDATION_FAILED: { status: 400, vi: 'Dữ liệu không hợp lệ', en: 'Validation failed' },
  BAD_REQUEST: { status: 400, vi: 'Yêu cầu không hợp lệ', en: 'Bad request' },
  UNAUTHENTICATED: { status: 401, vi: 'Vui lòng đăng nhập để tiếp tục', en: 'Authentication required' },
  FORBIDDEN: { status: 403, vi: 'Bạn không có quyền thực hiện thao tác này', en: 'Forbidden' },
  NOT_FOUND: { status: 404, vi: 'Không tìm thấy dữ liệu', en: 'Not found' },
  CONFLICT: { status: 409, vi: 'Dữ liệu bị xung đột', en: 'Conflict' },
  VERSION_CONFLICT: {
    status: 409,
    vi: 'Dữ liệu đã được người khác cập nhật, vui lòng tải lại trang',
    en: 'The record was changed by someone else; reload and try again',
  },
  PAYLOAD_TOO_LARGE: { status: 413, vi: 'Dữ liệu gửi lên quá lớn', en: 'Payload too large' },
  /** A path parameter longer than any real identifier (the router's limit) */
  URI_TOO_LONG: { status: 414, vi: 'Địa chỉ yêu cầu quá dài', en: 'URI too long' },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    vi: 'Định dạng tệp hoặc dữ liệu không được hỗ trợ',
    en: 'Unsupported media type',
  },
  RATE_LIMITED: {
    status: 429,
    vi: 'Bạn thao tác quá nhanh, vui lòng thử lại sau ít phút',
    en: 'Too many requests',
  },
  /** A multipart/form-data body that cannot be parsed: no or wrong boundary, cut off */
  UPLOAD_MALFORMED: { status: 400, vi: 'Dữ liệu tải lên không đúng định dạng', en: 'Malformed upload (multipart/form-data)' },
  INTERNAL_ERROR: { status: 500, vi: 'Đã có lỗi xảy ra, vui lòng thử lại sau', en: 'Internal server error' },
  SERVICE_UNAVAILABLE: {
    status: 503,
    vi: 'Hệ thống đang tạm ngừng phục vụ, vui lòng thử lại sau',
    en: 'Service unavailable',
  },

  // Dossier lifecycle
  DOSSIER_ACTION_NOT_ALLOWED: {
    status: 409,
    vi: 'Không thể thực hiện thao tác này ở trạng thái hiện tại của hồ sơ',
    en: 'This action is not allowed in the dossier’s current state',
  },
  DOSSIER_ROLE_NOT_ALLOWED: {
    status: 403,
    vi: 'Vai trò của bạn không được phép thực hiện thao tác này với hồ sơ',
    en: 'Your role may not perform this action on the dossier',
  },
  DOSSIER_NOT_EDITABLE: {
    status: 409,
    vi: 'Hồ sơ không thể chỉnh sửa ở trạng thái hiện tại',
    en: 'The dossier cannot be edited in its current state',
  },
  DOSSIER_NOT_DELETABLE: {
    status: 409,
    vi: 'Chỉ có thể xóa hồ sơ chưa gửi',
    en: 'Only unsent dossiers can be deleted',
  },
  DOSSIER_INCOMPLETE: {
    status: 422,
    vi: 'Hồ sơ chưa đầy đủ thông tin hoặc thành phần bắt buộc',
    en: 'The dossier is missing required fields or components',
  },
  DOSSIER_NOT_FOUND: { status: 404, vi: 'Không tìm thấy hồ sơ', en: 'Dossier not found' },

  // Staff dossier workflow
  DOSSIER_VERSION_CONFLICT: {
    status: 409,
    vi: 'Hồ sơ vừa được cán bộ khác xử lý; vui lòng tải lại để xem trạng thái mới nhất',
    en: 'Someone else has just acted on this dossier; reload to see its current state',
  },
  DOSSIER_OTHER_AGENCY: {
    status: 403,
    vi: 'Hồ sơ thuộc cơ quan khác, bạn không có quyền xử lý',
    en: 'The dossier belongs to another agency',
  },
  DOSSIER_RESULT_REQUIRED: {
    status: 409,
    vi: 'Vui lòng đính kèm ít nhất một tệp kết quả trước khi kết thúc xử lý',
    en: 'Attach at least one result file before completing',
  },
  DOSSIER_NOT_OVERDUE: {
    status: 409,
    vi: 'Chỉ gia hạn, xin lỗi khi hồ sơ đã quá hạn xử lý',
    en: 'An apology and extension is only for an overdue dossier',
  },
  FORWARD_TARGET_INVALID: {
    status: 422,
    vi: 'Cán bộ nhận không thuộc đơn vị hoặc không còn hoạt động',
    en: 'The receiver is not an active handler of this agency',
  },
  PROCEDURE_NOT_FOUND: { status: 404, vi: 'Không tìm thấy thủ tục hành chính', en: 'Procedure not found' },
  PROCEDURE_NOT_ONLINE: {
    status: 409,
    vi: 'Thủ tục này chưa hỗ trợ nộp hồ sơ trực tuyến',
    en: 'This procedure does not accept online submission',
  },
  DOSSIER_FILE_NOT_FOUND: { status: 404, vi: 'Không tìm thấy tệp đính kèm', en: 'Dossier file not found' },
  COMPONENT_NOT_FOUND: {
    status: 422,
    vi: 'Thành phần hồ sơ không thuộc thủ tục này',
    en: 'The component does not belong to this procedure',
  },
  COMPONENT_FILE_LIMIT: {
    status: 409,
    vi: 'Thành phần hồ sơ này đã đủ số tệp tối đa',
    en: 'This component already has the maximum number of files',
  },
  RECEIPT_NOT_AVAILABLE: {
    status: 409,
    vi: 'Hồ sơ chưa được gửi nên chưa có giấy tiếp nhận',
    en: 'The dossier has no receipt before it is sent',
  },
  DOSSIER_ALREADY_RATED: { status: 409, vi: 'Hồ sơ này đã được đánh giá', en: 'The dossier has already been rated' },
  GUEST_CONFIRMATION_PENDING: {
    status: 409,
    vi: 'Hồ sơ đang chờ xác nhận qua thư điện tử',
    en: 'The dossier is waiting for the e-mailed confirmation',
  },

  // Catalogue administration
  AGENCY_UNIT_CODE_TAKEN: { status: 409, vi: 'Mã đơn vị đã được sử dụng cho cơ quan khác', en: 'Unit code already in use' },
  AGENCY_IN_USE: {
    status: 409,
    vi: 'Không thể ngừng hoạt động cơ quan còn đơn vị trực thuộc hoặc thủ tục đang công bố',
    en: 'The agency still has active sub-units or published procedures',
  },
  FIELD_CODE_TAKEN: { status: 409, vi: 'Mã lĩnh vực đã được sử dụng', en: 'Field code already in use' },
  PROCEDURE_CODE_TAKEN: { status: 409, vi: 'Mã thủ tục đã được sử dụng', en: 'Procedure code already in use' },
  COMPONENT_IN_USE: {
    status: 409,
    vi: 'Không thể xóa thành phần hồ sơ đã có tệp trong hồ sơ của công dân',
    en: 'The component has files in dossiers and cannot be removed',
  },

  // Accounts
  INVALID_CREDENTIALS: {
    status: 401,
    vi: 'Tên đăng nhập hoặc mật khẩu không đúng',
    en: 'Invalid username or password',
  },
  ACCOUNT_NOT_ACTIVATED: {
    status: 403,
    vi: 'Tài khoản chưa được kích hoạt, vui lòng kiểm tra thư điện tử',
    en: 'The account has not been activated; check your e-mail',
  },
  USERNAME_TAKEN: { status: 409, vi: 'Tên đăng nhập đã được sử dụng', en: 'Username already taken' },
  EMAIL_TAKEN: { status: 409, vi: 'Địa chỉ thư điện tử đã được sử dụng', en: 'E-mail already in use' },
  WEAK_PASSWORD: { status: 400, vi: 'Mật khẩu chưa đủ mạnh', en: 'Password is too weak' },
  CAPTCHA_INVALID: { status: 400, vi: 'Mã xác nhận không đúng', en: 'Invalid captcha' },
  TOKEN_INVALID: { status: 400, vi: 'Liên kết không hợp lệ', en: 'Invalid token' },
  TOKEN_EXPIRED: { status: 400, vi: 'Liên kết đã hết hạn', en: 'Token expired' },
  CSRF_INVALID: {
    status: 403,
    vi: 'Phiên làm việc không hợp lệ, vui lòng tải lại trang',
    en: 'Invalid CSRF token',
  },
  ACCOUNT_DISABLED: {
    status: 403,
    vi: 'Tài khoản đã bị vô hiệu hóa, vui lòng liên hệ quản trị hệ thống',
    en: 'The account is disabled; contact the administrator',
  },
  WRONG_LOGIN_ENTRY: {
    status: 403,
    vi: 'Tài khoản này không đăng nhập tại đây: công dân dùng trang Đăng nhập, cán bộ dùng trang Cán bộ đăng nhập',
    en: 'This account signs in elsewhere: citizens use Sign in, staff use Staff sign in',
  },
  WRONG_PASSWORD: { status: 400, vi: 'Mật khẩu hiện tại không đúng', en: 'The current password is wrong' },
  TOKEN_USED: { status: 400, vi: 'Liên kết đã được sử dụng', en: 'Token already used' },
  SESSION_EXPIRED: {
    status: 401,
    vi: 'Phiên đăng nhập đã hết hạn, vui lòng đăng nhập lại',
    en: 'The session has expired; sign in again',
  },

  // Staff accounts, calendar and e-mail templates administration
  STAFF_NOT_FOUND: { status: 404, vi: 'Không tìm thấy tài khoản cán bộ', en: 'Staff account not found' },
  ADMIN_AGENCY_SCOPE: {
    status: 403,
    vi: 'Bạn chỉ quản trị được cán bộ và dữ liệu của đơn vị mình',
    en: 'You administer only your own agency',
  },
  ROLE_NOT_GRANTABLE: {
    status: 403,
    vi: 'Bạn không được cấp vai trò này',
    en: 'You may not grant this role',
  },
  INVITATION_NOT_PENDING: {
    status: 409,
    vi: 'Tài khoản đã nhận lời mời, không cần gửi lại',
    en: 'The account has already accepted its invitation',
  },
  CANNOT_DISABLE_SELF: {
    status: 409,
    vi: 'Bạn không thể tự vô hiệu hóa hoặc bớt quyền quản trị của chính mình',
    en: 'You cannot disable your own account or drop your own administrator role',
  },
  CALENDAR_DATE_OUTSIDE_YEAR: { status: 400, vi: 'Có ngày không thuộc năm đang sửa', en: 'A date is outside the year' },
  CALENDAR_DUPLICATE_DATE: { status: 400, vi: 'Một ngày được khai báo hai lần trong lịch', en: 'A date is listed twice' },
  MAIL_TEMPLATE_NOT_FOUND: { status: 404, vi: 'Không tìm thấy mẫu thư điện tử', en: 'E-mail template not found' },
  MAIL_TEMPLATE_PLACEHOLDER_UNKNOWN: {
    status: 400,
    vi: 'Mẫu thư dùng biến không hợp lệ hoặc không có trong danh sách biến của mẫu',
    en: 'The template uses a malformed or unknown placeholder',
  },

  // Questions and answers (Hỏi đáp)
  QUESTION_NOT_FOUND: { status: 404, vi: 'Không tìm thấy câu hỏi', en: 'Question not found' },
  QUESTION_OTHER_AGENCY: {
    status: 403,
    vi: 'Câu hỏi này thuộc cơ quan khác, bạn không thể xử lý',
    en: 'The question belongs to another agency',
  },
  QUESTION_NOT_ANSWERABLE: {
    status: 409,
    vi: 'Câu hỏi đã được xử lý, không thể thực hiện thao tác này',
    en: 'The question has already been handled',
  },
  QUESTION_TOPIC_NOT_FOUND: { status: 400, vi: 'Lĩnh vực hoặc thủ tục đã chọn không tồn tại', en: 'Unknown field or procedure' },

  // Public dossier lookup (Tra cứu hồ sơ): one answer for every miss, so it tells nothing
  LOOKUP_NOT_FOUND: {
    status: 404,
    vi: 'Không tìm thấy hồ sơ. Vui lòng kiểm tra lại mã hồ sơ, hoặc số biên nhận và số CCCD, trên giấy tiếp nhận hồ sơ.',
    en: 'No dossier found. Check the dossier code, or the receipt number and the CCCD number, on the receipt.',
  },

  // Guides (Hướng dẫn sử dụng)
  GUIDE_NOT_FOUND: { status: 404, vi: 'Không tìm thấy trang hướng dẫn', en: 'Guide not found' },
  GUIDE_SLUG_TAKEN: {
    status: 409,
    vi: 'Đã có trang hướng dẫn với đường dẫn này ở ngôn ngữ này',
    en: 'A guide with this address already exists in this language',
  },

  // Legal documents (Văn bản pháp luật)
  LEGAL_DOCUMENT_NOT_FOUND: { status: 404, vi: 'Không tìm thấy văn bản', en: 'Legal document not found' },
  LEGAL_DOCUMENT_FILE_NOT_FOUND: { status: 404, vi: 'Văn bản chưa có tệp đính kèm để tải về', en: 'The legal document has no file to download' },
  LEGAL_DOCUMENT_NUMBER_TAKEN: {
    status: 409,
    vi: 'Đã có văn bản với số ký hiệu này',
    en: 'A legal document with this number already exists',
  },

  // Idempotency-Key on POST (draft-ietf-httpapi-idempotency-key-header; plugins/app/idempotency.ts)
  IDEMPOTENCY_KEY_INVALID: {
    status: 400,
    vi: 'Khóa Idempotency-Key không hợp lệ (1–255 ký tự ASCII in được, một giá trị)',
    en: 'Invalid Idempotency-Key (one value of 1–255 printable ASCII characters)',
  },
  IDEMPOTENCY_KEY_REUSED: {
    status: 422,
    vi: 'Khóa Idempotency-Key đã được dùng cho một yêu cầu khác',
    en: 'This Idempotency-Key was already used for a different request',
  },
  IDEMPOTENCY_KEY_IN_USE: {
    status: 409,
    vi: 'Yêu cầu với khóa Idempotency-Key này đang được xử lý',
    en: 'A request with this Idempotency-Key is still being processed',
  },
  // Machine clients (integrators) and the OAuth 2.0 token endpoint
  API_CLIENT_NOT_FOUND: { status: 404, vi: 'Không tìm thấy ứng dụng tích hợp', en: 'API client not found' },
  API_CLIENT_REVOKED: { status: 409, vi: 'Ứng dụng tích hợp đã bị thu hồi', en: 'The API client has been revoked' },
  INSUFFICIENT_SCOPE: {
    status: 403,
    vi: 'Ứng dụng tích hợp không được cấp quyền cho thao tác này',
    en: 'The token lacks the scope this operation needs',
  },
  INVALID_TOKEN: { status: 401, vi: 'Mã truy cập không hợp lệ hoặc đã hết hạn', en: 'The access token is invalid or expired' },
  OAUTH_INVALID_REQUEST: { status: 400, vi: 'Yêu cầu cấp mã truy cập không hợp lệ', en: 'Invalid token request' },
  OAUTH_INVALID_CLIENT: { status: 401, vi: 'Mã ứng dụng hoặc khóa bí mật không đúng', en: 'Client authentication failed' },
  OAUTH_UNSUPPORTED_GRANT_TYPE: { status: 400, vi: 'Kiểu cấp quyền không được hỗ trợ', en: 'Unsupported grant type' },
  OAUTH_INVALID_SCOPE: { status: 400, vi: 'Phạm vi quyền yêu cầu không hợp lệ', en: 'Invalid scope' },

  // Integrations: dossiers submitted and processed by other systems (features/integration-dossiers)
  CLIENT_AGENCY_OUT_OF_SCOPE: {
    status: 403,
    vi: 'Cơ quan này nằm ngoài phạm vi được cấp cho ứng dụng tích hợp',
    en: 'The agency is outside the API client’s agency scope',
  },
  DOSSIER_PERSONAL_DATA_WITHHELD: {
    status: 403,
    vi: 'Ứng dụng tích hợp này chỉ được xem thông tin tổng hợp của hồ sơ, không được tải tệp',
    en: 'This API client sees dossiers without personal data: downloading files needs the dossiers:process scope',
  },

  // Webhooks (features/webhooks)
  WEBHOOK_SUBSCRIPTION_NOT_FOUND: { status: 404, vi: 'Không tìm thấy đăng ký webhook', en: 'Webhook subscription not found' },
  WEBHOOK_DELIVERY_NOT_FOUND: { status: 404, vi: 'Không tìm thấy lượt gửi webhook', en: 'Webhook delivery not found' },
  WEBHOOK_URL_NOT_ALLOWED: {
    status: 400,
    vi: 'Địa chỉ webhook không được phép (phải dùng https và không trỏ tới địa chỉ nội bộ, loopback hoặc riêng)',
    en: 'The webhook URL is not allowed (https only, and no loopback, private or internal address)',
  },
  WEBHOOK_SUBSCRIPTION_LIMIT: { status: 409, vi: 'Ứng dụng đã có số đăng ký webhook tối đa', en: 'The client has the maximum number of webhook subscriptions' },
  WEBHOOK_SUBSCRIPTION_DISABLED: {
    status: 409,
    vi: 'Đăng ký webhook đang tạm dừng; hãy bật lại trước khi gửi',
    en: 'The webhook subscription is disabled; enable it first',
  },
} as const satisfies Record<string, { status: number; vi: string; en: string }>;

export type TErrorCode = keyof typeof ERROR_CODES;

/** For z.enum and runtime checks; derived so the table stays the single source. */
export const ERROR_CODE_LIST = Object.keys(ERROR_CODES) as [TErrorCode, ...TErrorCode[]];
export const ZErrorCode = z.enum(ERROR_CODE_LIST);

export const isErrorCode = (value: unknown): value is TErrorCode =>
  typeof value === 'string' && Object.hasOwn(ERROR_CODES, value);

export const httpStatusOf = (code: TErrorCode): number => ERROR_CODES[code].status;

export type TDomainErrorOptions = {
  /** Overrides the table's English title as the Error message (logs only) */
  message?: string;
  /** Field path joined with '.' → Vietnamese message, shown next to form inputs */
  fieldErrors?: Record<string, string>;
  /** Extra machine-readable context, e.g. { status: 'sent', action: 'submit' } */
  details?: Record<string, unknown>;
  cause?: unknown;
};

/**
 * Thrown by domain and service code; the API's error handler turns it into a problem
 * body. Services never pick HTTP statuses themselves: the code decides.
 */
export class DomainError extends Error {
  readonly code: TErrorCode;
  readonly fieldErrors?: Record<string, string>;
  readonly details?: Record<string, unknown>;

  constructor(code: TErrorCode, options: TDomainErrorOptions = {}) {
    super(options.message ?? ERROR_CODES[code].en, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'DomainError';
    this.code = code;
    if (options.fieldErrors) this.fieldErrors = options.fieldErrors;
    if (options.details) this.details = options.details;
  }

  get status(): number {
    return httpStatusOf(this.code);
  }
}

export const isDomainError = (error: unknown): error is DomainError => error instanceof DomainError;

/**
 * A zod error as the problem body's `errors`: path joined with '.' → first message for
 * that path (the SPA shows one message per input). Root-level issues use the key ''.
 */
export const fieldErrorsOf = (error: z.ZodError): Record<string, string> => {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.');
    if (!Object.hasOwn(errors, path)) errors[path] = issue.message;
  }
  return errors;
};

/** RFC 9457 application/problem+json body, with our stable `code` and field errors */
export const ZProblem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int().min(100).max(599),
  code: z.string(),
  detail: z.string().optional(),
  errors: z.record(z.string(), z.string()).optional(),
  /** Machine-readable context of some codes, e.g. `kind` of WRONG_LOGIN_ENTRY */
  details: z.record(z.string(), z.unknown()).optional(),
  instance: z.string().optional(),
  requestId: z.string().optional(),
}).meta({ id: 'Problem' });
export type TProblem = z.infer<typeof ZProblem>;

/** The `type` URI of a problem; a stable, dereferenceable-looking name per code. */
export const problemTypeOf = (code: TErrorCode): string => `urn:portal:problem:${code.toLowerCase().replaceAll('_', '-')}`;

/**
 * The one place a code becomes a problem body, so the API's handler and tests build it
 * identically. The title is Vietnamese because the SPA shows it as is.
 */
export const toProblem = (
  code: TErrorCode,
  extra: { detail?: string; errors?: Record<string, string>; instance?: string; requestId?: string } = {},
): TProblem => {
  const problem: TProblem = {
    type: problemTypeOf(code),
    title: ERROR_CODES[code].vi,
    status: httpStatusOf(code),
    code,
  };
  if (extra.detail !== undefined) problem.detail = extra.detail;
  if (extra.errors !== undefined && Object.keys(extra.errors).length > 0) problem.errors = extra.errors;
  if (extra.instance !== undefined) problem.instance = extra.instance;
  if (extra.requestId !== undefined) problem.requestId = extra.requestId;
  return problem;
};
