import { describe, expect, it } from 'vitest';
import {
  GUIDE_BODY_MAX,
  GUIDE_MESSAGES,
  GUIDE_MESSAGES_EN,
  ZGuideCreate,
  ZGuideDeleteQuery,
  ZGuideUpdate,
  ZPublicGuideQuery,
  guideLocaleFallbacks,
  slugifyVietnamese,
} from './guides.ts';
import { translateDomainMessage } from './messages-en.ts';

const valid = {
  slug: ' Cong-Dan ',
  locale: 'vi',
  title: '  Hướng dẫn dành cho công dân ',
  body: '## Đăng ký tài khoản\n\n    mã lệnh thụt lề giữ nguyên\n',
  sortOrder: 1,
  published: true,
};

const messagesOf = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]));

describe('guide page fields', () => {
  it('normalises the slug and title but keeps the Markdown exactly as typed', () => {
    const parsed = ZGuideCreate.parse(valid);
    expect(parsed).toMatchObject({ slug: 'cong-dan', title: 'Hướng dẫn dành cho công dân', body: valid.body });
  });

  it('refuses slugs that are not a-z, 0-9 and single hyphens, with one Vietnamese message', () => {
    for (const slug of ['hướng-dẫn', 'nop ho so', '-dau', 'cuoi-', 'hai--gach', 'a', 'x'.repeat(81), '../etc']) {
      expect(messagesOf(ZGuideCreate.safeParse({ ...valid, slug })), slug).toEqual({ slug: GUIDE_MESSAGES.slug });
    }
    expect(ZGuideCreate.safeParse({ ...valid, slug: 'nop-ho-so-2025' }).success).toBe(true);
  });

  it('needs a title, a non-blank body within the limit, an order 0–9999 and vi or en', () => {
    const result = ZGuideCreate.safeParse({ ...valid, title: '   ', body: ' \n\n ', sortOrder: 1.5, locale: 'fr' });
    expect(messagesOf(result)).toEqual({
      title: GUIDE_MESSAGES.title,
      body: GUIDE_MESSAGES.body,
      sortOrder: GUIDE_MESSAGES.sortOrder,
      locale: GUIDE_MESSAGES.locale,
    });
    expect(messagesOf(ZGuideCreate.safeParse({ ...valid, body: 'a'.repeat(GUIDE_BODY_MAX + 1) }))).toEqual({ body: GUIDE_MESSAGES.body });
    expect(ZGuideCreate.safeParse({ ...valid, body: 'a'.repeat(GUIDE_BODY_MAX) }).success).toBe(true);
    // An empty number input arrives as NaN: the reader sees the same message, not "expected number".
    expect(messagesOf(ZGuideCreate.safeParse({ ...valid, sortOrder: Number.NaN }))).toEqual({ sortOrder: GUIDE_MESSAGES.sortOrder });
    expect(messagesOf(ZGuideCreate.safeParse({ ...valid, sortOrder: 10000 }))).toEqual({ sortOrder: GUIDE_MESSAGES.sortOrder });
  });

  it('an update carries the revision it was loaded with; a delete too, from the query string', () => {
    expect(messagesOf(ZGuideUpdate.safeParse(valid))).toEqual({ revision: GUIDE_MESSAGES.revision });
    expect(ZGuideUpdate.parse({ ...valid, revision: 3 }).revision).toBe(3);
    expect(ZGuideDeleteQuery.parse({ revision: '4' })).toEqual({ revision: 4 });
    expect(ZGuideDeleteQuery.safeParse({}).success).toBe(false);
  });

  it('has English for every message', () => {
    for (const message of Object.values(GUIDE_MESSAGES)) {
      expect(GUIDE_MESSAGES_EN[message], message).toBeTruthy();
      expect(translateDomainMessage(message, 'en')).toBe(GUIDE_MESSAGES_EN[message]);
    }
  });
});

describe('reading a guide', () => {
  it('reads Vietnamese unless asked otherwise, and refuses unknown languages', () => {
    expect(ZPublicGuideQuery.parse({})).toEqual({ locale: 'vi' });
    expect(ZPublicGuideQuery.parse({ locale: 'en' })).toEqual({ locale: 'en' });
    expect(ZPublicGuideQuery.safeParse({ locale: 'fr' }).success).toBe(false);
  });

  it('falls back to Vietnamese, then to any other language', () => {
    expect(guideLocaleFallbacks('en')).toEqual(['en', 'vi']);
    expect(guideLocaleFallbacks('vi')).toEqual(['vi', 'en']);
  });

  it('turns a Vietnamese title into an address', () => {
    expect(slugifyVietnamese('Nộp hồ sơ trực tuyến')).toBe('nop-ho-so-truc-tuyen');
    expect(slugifyVietnamese('Đăng ký & kích hoạt tài khoản (bước 1)')).toBe('dang-ky-kich-hoat-tai-khoan-buoc-1');
    expect(slugifyVietnamese('  ')).toBe('');
    expect(slugifyVietnamese('Hướng dẫn sử dụng dành cho công dân', 20)).toBe('huong-dan-su-dung-da');
    expect(slugifyVietnamese('abc def', 4)).toBe('abc');
  });
});
