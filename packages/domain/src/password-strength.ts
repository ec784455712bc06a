/**
 * Password rules shared by the API and the SPA. NIST SP 800-63B asks for a length
 * floor and a check against passwords attackers try first; the character-class rule
 * for short passwords is what Vietnamese public portals have taught their users, and
 * long passphrases are exempt from it.
 */

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

export const PASSWORD_MESSAGES = {
  required: 'Vui lòng nhập mật khẩu',
  tooShort: `Mật khẩu phải có ít nhất ${PASSWORD_MIN_LENGTH} ký tự`,
  tooLong: `Mật khẩu không được dài quá ${PASSWORD_MAX_LENGTH} ký tự`,
  common: 'Mật khẩu này quá phổ biến và dễ bị đoán, vui lòng chọn mật khẩu khác',
  weak: 'Mật khẩu quá yếu: hãy kết hợp chữ hoa, chữ thường, chữ số và ký tự đặc biệt, hoặc dùng một cụm từ dài từ 16 ký tự',
  personal: 'Mật khẩu không được chứa tên đăng nhập hoặc địa chỉ thư điện tử',
} as const;

export type TPasswordProblem = keyof typeof PASSWORD_MESSAGES;

/**
 * Passwords (and password stems) found at the top of public breach lists, plus the
 * Vietnamese ones people actually use. Compared after lower-casing and undoing common
 * letter substitutions, with leading and trailing digits and symbols removed.
 */
const COMMON_STEMS = new Set([
  'password', 'passw0rd', 'pass', 'passwd', 'matkhau', 'mk', 'anhyeuem', 'emyeuanh', 'yeuem', 'iloveyou',
  'iloveu', 'teamo', 'qwerty', 'qwertyuiop', 'qwertyui', 'asdfgh', 'asdfghjkl', 'asdfghjk', 'zxcvbnm', 'azerty',
  'admin', 'administrator', 'root', 'user', 'guest', 'test', 'tester', 'welcome', 'letmein', 'login', 'abc', 'abcd',
  'abcde', 'abcdef', 'abcdefg', 'abcdefgh', 'abcxyz', 'aaaaaa', 'qazwsx', 'qazwsxedc', 'zaqxsw', 'zaq1zaq', 'monkey',
  'dragon', 'master', 'shadow', 'sunshine', 'princess', 'football', 'baseball', 'superman', 'batman', 'starwars',
  'whatever', 'trustno', 'freedom', 'computer', 'internet', 'secret', 'changeme', 'default', 'hello', 'xinchao',
  'vietnam', 'vietnamese', 'hanoi', 'saigon', 'hochiminh', 'danang', 'dienbien', 'dichvucong', 'congdan', 'canbo',
  'motcua', 'hoso', 'thutuc', 'tieuhoc', 'hocsinh', 'sinhvien', 'giadinh', 'hanhphuc', 'thanhcong', 'anhem',
  'muaxuan', 'nguyen', 'tran', 'pham', 'hoang', 'huynh', 'phan', 'minh', 'linh', 'trang', 'huong', 'tuan', 'hung',
  'dung', 'thao', 'ngoc', 'lan', 'mai', 'hoa', 'cuong', 'long', 'nam', 'quan', 'samsung', 'iphone', 'nokia',
  'facebook', 'google', 'gmail', 'yahoo', 'zalo', 'tiktok', 'youtube', 'microsoft', 'windows', 'killer', 'lovely',
  'love', 'baby', 'angel', 'michael', 'jessica', 'charlie', 'jordan', 'pokemon', 'naruto', 'doraemon', 'hellokitty',
]);

/** Whole passwords that survive stem stripping (keyboard walks, digits only). */
const COMMON_WHOLE = new Set([
  '1q2w3e4r', '1q2w3e4r5t', '1qaz2wsx', '1qazxsw2', 'q1w2e3r4', 'a1b2c3d4', 'zaq12wsx', '12qwaszx', 'qwer1234',
  'abc123456', 'abcd1234', 'a1234567', 'aa123456', '123456a', '123456aa', 'asdf1234', 'admin123', 'admin1234',
]);

const LEET: Record<string, string> = { '@': 'a', '4': 'a', '0': 'o', '1': 'i', '!': 'i', '3': 'e', '$': 's', '5': 's', '7': 't' };

const deLeet = (value: string) => value.replace(/[@4013!$57]/g, (c) => LEET[c] ?? c);

/** All digits, one repeated character, or a run up or down the alphabet/digits. */
function isTrivialPattern(value: string): boolean {
  if (/^\d+$/.test(value)) return true;
  if (new Set(value).size <= 2) return true;
  const codes = Array.from(value, (c) => c.charCodeAt(0));
  const steps = new Set(codes.slice(1).map((code, i) => code - codes[i]!));
  return steps.size === 1 && [1, -1].includes([...steps][0]!);
}

function isCommon(password: string): boolean {
  const lower = password.toLowerCase();
  if (COMMON_WHOLE.has(lower) || isTrivialPattern(lower)) return true;
  const stem = lower.replace(/^[\d\W_]+|[\d\W_]+$/g, '');
  if (stem.length < 4) return true;
  return COMMON_STEMS.has(stem) || COMMON_STEMS.has(deLeet(stem)) || COMMON_WHOLE.has(deLeet(lower));
}

const characterClasses = (password: string) =>
  [/[a-z]/, /[A-Z]/, /\d/, /[^a-zA-Z\d]/].filter((pattern) => pattern.test(password)).length;

/**
 * The first problem with a new password, or null when it is acceptable. `personal`
 * values (username, e-mail) must not appear in it.
 */
export function passwordProblem(
  password: string,
  personal: { username?: string | undefined; email?: string | undefined } = {},
): TPasswordProblem | null {
  if (password.length === 0) return 'required';
  if (password.length < PASSWORD_MIN_LENGTH) return 'tooShort';
  if (password.length > PASSWORD_MAX_LENGTH) return 'tooLong';
  if (isCommon(password)) return 'common';
  const lower = password.toLowerCase();
  const emailLocal = personal.email?.split('@')[0]?.toLowerCase();
  for (const value of [personal.username?.toLowerCase(), emailLocal]) {
    if (value && value.length >= 4 && lower.includes(value)) return 'personal';
  }
  const classes = characterClasses(password);
  if (password.length < 12 && classes < 3) return 'weak';
  if (password.length < 16 && classes < 2) return 'weak';
  return null;
}
