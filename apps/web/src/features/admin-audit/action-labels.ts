/** Readable names of the audit actions the portal records; unknown actions show their code. */
export const AUDIT_ACTION_LABELS: Readonly<Record<string, { vi: string; en: string }>> = {
  'auth.register': { vi: 'Đăng ký tài khoản', en: 'Account registered' },
  'auth.activate': { vi: 'Kích hoạt tài khoản', en: 'Account activated' },
  'auth.login.success': { vi: 'Đăng nhập', en: 'Signed in' },
  'auth.login.failure': { vi: 'Đăng nhập không thành công', en: 'Failed sign-in' },
  'auth.lockout': { vi: 'Khóa tạm thời do nhập sai mật khẩu', en: 'Locked out' },
  'auth.logout': { vi: 'Đăng xuất', en: 'Signed out' },
  'auth.session.reuse': { vi: 'Phiên bị thu hồi (dùng lại mã làm mới)', en: 'Session revoked (token reuse)' },
  'auth.password.reset': { vi: 'Đặt lại mật khẩu', en: 'Password reset' },
  'staff.invite': { vi: 'Mời cán bộ', en: 'Staff invited' },
  'staff.invitation.resend': { vi: 'Gửi lại lời mời', en: 'Invitation resent' },
  'staff.invitation.accept': { vi: 'Cán bộ nhận lời mời', en: 'Invitation accepted' },
  'staff.update': { vi: 'Sửa tài khoản cán bộ', en: 'Staff account changed' },
  'staff.disable': { vi: 'Vô hiệu hóa tài khoản cán bộ', en: 'Staff account disabled' },
  'staff.enable': { vi: 'Kích hoạt lại tài khoản cán bộ', en: 'Staff account enabled' },
  'calendar.update': { vi: 'Sửa lịch làm việc', en: 'Working calendar changed' },
  'mail-template.update': { vi: 'Sửa mẫu thư điện tử', en: 'E-mail template changed' },
  'mail-template.reset': { vi: 'Khôi phục mẫu thư mặc định', en: 'E-mail template reset' },
  'guide.create': { vi: 'Thêm trang hướng dẫn', en: 'Guide page created' },
  'guide.update': { vi: 'Sửa trang hướng dẫn', en: 'Guide page changed' },
  'guide.delete': { vi: 'Xóa trang hướng dẫn', en: 'Guide page deleted' },
};

/** Action prefixes offered in the filter, with their label key under admin.audit.groups. */
export const AUDIT_ACTION_GROUPS = [
  { prefix: 'auth.', key: 'auth' },
  { prefix: 'staff.', key: 'staff' },
  { prefix: 'calendar.', key: 'calendar' },
  { prefix: 'mail-template.', key: 'mail_template' },
  { prefix: 'dossier.', key: 'dossier' },
  { prefix: 'procedure.', key: 'procedure' },
  { prefix: 'agency.', key: 'agency' },
  { prefix: 'field.', key: 'field' },
  { prefix: 'guide.', key: 'guide' },
] as const;
