import { describe, expect, it } from 'vitest';
import { classifyUrl, createGuideRenderer } from './markdown.ts';

const SITE = 'https://dichvucong.dienbien.gov.vn';
const PAGE = `${SITE}/huong-dan/cong-dan`;
const renderer = createGuideRenderer({ siteOrigin: SITE });
const html = (markdown: string) => renderer.render(markdown).html;

/**
 * The invariant every rendered guide must satisfy, checked on the HTML text itself: only
 * the tags Markdown produces, only harmless attributes, and every href/src on the
 * allowlist. Anything else an author typed must have come out as escaped text, so after
 * removing the allowed tags no "<" may be left.
 */
const TAGS = new Set(['p', 'a', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'strong', 'em', 's', 'code', 'pre', 'blockquote', 'hr', 'br', 'img', 'div', 'table', 'thead', 'tbody', 'tr', 'th', 'td']);
const ATTRIBUTES = new Set(['href', 'src', 'alt', 'title', 'id', 'class', 'rel', 'loading', 'role', 'tabindex', 'aria-label', 'start', 'style']);
const TAG = /<\/?([a-zA-Z][a-zA-Z0-9]*)((?:\s+[a-zA-Z-]+(?:="[^"<>]*")?)*)\s*\/?>/g;
const ATTRIBUTE = /\s+([a-zA-Z-]+)(?:="([^"]*)")?/g;

function expectInert(output: string) {
  for (const [, tag, attributes = ''] of output.matchAll(TAG)) {
    expect(TAGS, `tag <${tag}> in ${output}`).toContain(tag!.toLowerCase());
    const values = new Map<string, string>();
    for (const [, name, value = ''] of attributes.matchAll(ATTRIBUTE)) {
      expect(ATTRIBUTES, `attribute ${name} in ${output}`).toContain(name!.toLowerCase());
      values.set(name!.toLowerCase(), decodeEntities(value));
      if (name === 'style') expect(value).toMatch(/^text-align:(left|right|center)$/);
    }
    // How a browser reads the address (WHATWG URL, as in Node), not how the renderer judged it.
    const href = values.get('href');
    if (href !== undefined) {
      const target = new URL(href, PAGE);
      expect(['http:', 'https:', 'mailto:', 'tel:'], `href ${href}`).toContain(target.protocol);
      if (target.protocol.startsWith('http') && target.origin !== SITE) expect(values.get('rel'), `rel of ${href}`).toBe('noopener noreferrer');
    }
    const src = values.get('src');
    if (src !== undefined) expect(new URL(src, PAGE).origin, `src ${src}`).toBe(SITE);
  }
  // A quote that broke out of an attribute would show up above as an unknown attribute
  // (onmouseover…); markup that is not an allowed tag leaves a "<" behind here.
  expect(output.replace(TAG, ''), output).not.toContain('<');
}

const decodeEntities = (value: string) =>
  value.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** URLs that must never become a link or an image source. */
const HOSTILE_URLS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'javascript&colon;alert(1)',
  '&#106;avascript:alert(1)',
  '&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)',
  'java&#x09;script:alert(1)',
  'java&#x0A;script:alert(1)',
  // Character references markdown-it does not decode (invalid code points) stay as typed:
  'java&#0;script:alert(1)',
  'java\u200bscript:alert(1)',
  'java%0ascript:alert(1)',
  '&#x01;javascript:alert(1)',
  'vbscript:msgbox(1)',
  'VBScript:msgbox(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'data:image/svg+xml,<svg onload=alert(1)>',
  'data:image/png;base64,iVBORw0KGgo=',
  'file:///etc/passwd',
  'blob:https://evil.example/1',
  'intent://evil#Intent;end',
  '//evil.example/x',
];

describe('guide Markdown: nothing an author types can run', () => {
  it('escapes a <script> tag instead of emitting it', () => {
    expect(html('<script>alert(1)</script>')).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n');
    expect(html('Trước\n\n<script src="/x.js"></script>\n\nSau')).toContain('&lt;script src=&quot;/x.js&quot;&gt;&lt;/script&gt;');
  });

  it('escapes tags with event handlers, iframes, styles and SVG', () => {
    for (const markdown of [
      '<img src=x onerror=alert(1)>',
      '<img src="x" onerror="alert(1)"/>',
      '<a href="javascript:alert(1)">bấm</a>',
      '<iframe src="https://evil.example"></iframe>',
      '<style>body{display:none}</style>',
      '<svg><script>alert(1)</script></svg>',
      '<details open ontoggle=alert(1)>',
      '<!-- <script>alert(1)</script> -->',
      '<div\nonclick="alert(1)">x</div>',
    ]) {
      const output = html(markdown);
      expectInert(output);
      expect(output, markdown).toContain('&lt;');
    }
  });

  it('HTML entities in the text come back as text, never as markup', () => {
    const output = html('&lt;script&gt;alert(1)&lt;/script&gt; &#x3C;img src=x onerror=alert(1)&#x3E; &#60;b&#62;');
    expect(output).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt; &lt;b&gt;</p>\n');
  });

  it('refuses hostile URLs in every way Markdown makes a link or an image', () => {
    for (const url of HOSTILE_URLS) {
      for (const markdown of [
        `[bấm vào đây](${url})`,
        `[bấm vào đây](<${url}>)`,
        `[bấm vào đây](${url} "tiêu đề")`,
        `![ảnh](${url})`,
        `<${url}>`,
        `[ref]\n\n[ref]: ${url}`,
        `![ref]\n\n[ref]: ${url}`,
        `Xem ${url} nhé`,
      ]) {
        const output = html(markdown);
        expectInert(output);
        expect(output, markdown).not.toContain('<img');
        // Only an https address written inside the hostile one (blob:https://…) may become a link of its own.
        if (!url.includes('https://')) expect(output, markdown).not.toContain('<a ');
      }
    }
  });

  it('keeps attribute values escaped, whatever quotes the author types', () => {
    const output = html('[x](https://dichvucong.gov.vn "t\\" onmouseover=\\"alert(1)") ![a" onerror="alert(1)](/anh.png \'b" onload="x\')');
    expectInert(output);
    expect(output).toContain('title="t&quot; onmouseover=&quot;alert(1)"');
    expect(output).toContain('alt="a&quot; onerror=&quot;alert(1)"');
  });

  it('encodes characters that would end an href', () => {
    const output = html('<https://dichvucong.gov.vn/"onmouseover="alert(1)> [x](/tra-cuu?code="><script>)');
    expectInert(output);
    expect(output).toContain('href="https://dichvucong.gov.vn/%22onmouseover=%22alert(1)"');
  });
});

describe('guide Markdown: what authors need still works', () => {
  it('links http(s), mailto:, tel: and same-site addresses; external ones get rel="noopener noreferrer"', () => {
    const output = html(
      '[Cổng quốc gia](https://dichvucong.gov.vn/p/home) · [tra cứu](/tra-cuu?code=000.00.12.H18-250315-0007) · [mục 2](#muc-2) · ' +
        '[thủ tục](thu-tuc) · [gọi](tel:+842153825555) · [thư](mailto:hotro@dienbien.gov.vn) · [trang này](https://dichvucong.dienbien.gov.vn/huong-dan)',
    );
    expectInert(output);
    expect(output).toContain('<a href="https://dichvucong.gov.vn/p/home" rel="noopener noreferrer" class="external-link">Cổng quốc gia</a>');
    expect(output).toContain('<a href="/tra-cuu?code=000.00.12.H18-250315-0007">tra cứu</a>');
    expect(output).toContain('<a href="#muc-2">mục 2</a>');
    expect(output).toContain('<a href="thu-tuc">thủ tục</a>');
    expect(output).toContain('<a href="tel:+842153825555">gọi</a>');
    expect(output).toContain('<a href="mailto:hotro@dienbien.gov.vn">thư</a>');
    expect(output).toContain('<a href="https://dichvucong.dienbien.gov.vn/huong-dan">trang này</a>');
  });

  it('turns written-out addresses and e-mails into links, but not file names', () => {
    const output = html('Xem https://dichvucong.gov.vn hoặc viết cho hotro@dienbien.gov.vn; tệp quyet-dinh.pdf và README.md');
    expect(output).toContain('<a href="https://dichvucong.gov.vn" rel="noopener noreferrer" class="external-link">https://dichvucong.gov.vn</a>');
    expect(output).toContain('<a href="mailto:hotro@dienbien.gov.vn">hotro@dienbien.gov.vn</a>');
    expect(output).toContain('tệp quyet-dinh.pdf và README.md');
  });

  it('shows images of this site only; another site’s image becomes its text', () => {
    expect(html('![Màn hình đăng ký](/huong-dan/anh/dang-ky.png)')).toBe('<p><img src="/huong-dan/anh/dang-ky.png" alt="Màn hình đăng ký" loading="lazy"></p>\n');
    expect(html('![Biểu đồ](https://evil.example/pixel.png)')).toBe('<p>Biểu đồ</p>\n');
    expect(html('![x](anh.png)')).toBe('<p>x</p>\n');
  });

  it('renders tables in a scrolling region a keyboard can reach', () => {
    const output = html('| Nhóm | Ý nghĩa |\n|---|---:|\n| **Hồ sơ chưa gửi** | Chưa gửi |');
    expectInert(output);
    expect(output).toContain('<div class="guide-table" role="region" tabindex="0" aria-label="Bảng 1">');
    expect(output).toContain('<th style="text-align:right">Ý nghĩa</th>');
    expect(output).toContain('<td><strong>Hồ sơ chưa gửi</strong></td>');
    expect(renderer.render('|a|\n|-|\n|1|\n\n|b|\n|-|\n|2|', 'en').html).toContain('aria-label="Table 2"');
  });

  it('gives headings readable, unique ids and lists h2/h3 in the table of contents; the page keeps its only h1', () => {
    const { html: output, toc } = renderer.render('# Giới thiệu\n\n## 1. Đăng ký tài khoản\n\n### Bước `1`: mở trang\n\n#### Chi tiết\n\n## 1. Đăng ký tài khoản\n\n## Đăng ký tài khoản 2\n\n## ***\n\nNội dung');
    expect(output).not.toContain('<h1');
    expect(output).toContain('<h2 id="muc-gioi-thieu">Giới thiệu</h2>');
    expect(output).toContain('<h3 id="muc-buoc-1-mo-trang">Bước <code>1</code>: mở trang</h3>');
    expect(output).toContain('<h4 id="muc-chi-tiet">Chi tiết</h4>');
    expect(toc).toEqual([
      { id: 'muc-gioi-thieu', text: 'Giới thiệu', level: 2 },
      { id: 'muc-1-dang-ky-tai-khoan', text: '1. Đăng ký tài khoản', level: 2 },
      { id: 'muc-buoc-1-mo-trang', text: 'Bước 1: mở trang', level: 3 },
      { id: 'muc-1-dang-ky-tai-khoan-2', text: '1. Đăng ký tài khoản', level: 2 },
      { id: 'muc-dang-ky-tai-khoan-2', text: 'Đăng ký tài khoản 2', level: 2 },
      { id: 'muc-phan', text: '***', level: 2 },
    ]);
    expect(new Set(toc.map((entry) => entry.id)).size).toBe(toc.length);
  });

  it('a heading that tries markup gives a plain-text entry and an escaped heading', () => {
    const { html: output, toc } = renderer.render('## <img src=x onerror=alert(1)> Hướng dẫn');
    expectInert(output);
    expect(toc).toEqual([{ id: 'muc-img-src-x-onerror-alert-1-huong-dan', text: '<img src=x onerror=alert(1)> Hướng dẫn', level: 2 }]);
  });

  it('keeps typed quotes and dashes as they are (no typographer)', () => {
    expect(html('"Lưu lại" -- (c)')).toBe('<p>&quot;Lưu lại&quot; -- (c)</p>\n');
  });
});

describe('guide summary (the card on /huong-dan)', () => {
  it('is the first top-level paragraph as plain text', () => {
    expect(renderer.summarize('## Mục 1\n\n- một mục\n\nĐể nộp hồ sơ, bạn cần **một tài khoản** và [kích hoạt](/kich-hoat) nó.\n\nĐoạn hai.')).toBe(
      'Để nộp hồ sơ, bạn cần một tài khoản và kích hoạt nó.',
    );
  });

  it('falls back to any text, and is empty for a page without text', () => {
    expect(renderer.summarize('## Chỉ có tiêu đề')).toBe('Chỉ có tiêu đề');
    expect(renderer.summarize('---')).toBe('');
  });

  it('is cut at a word with an ellipsis', () => {
    const summary = renderer.summarize(`${'Thủ tục hành chính trực tuyến, '.repeat(20)}hết.`, 80);
    expect(summary.length).toBeLessThanOrEqual(80);
    expect(summary).toMatch(/^Thủ tục hành chính trực tuyến, Thủ tục .*\S…$/);
    expect(summary).not.toMatch(/[, ]…$/);
  });
});

describe('classifyUrl', () => {
  it.each([
    ['https://dichvucong.gov.vn', 'external'],
    ['HTTP://example.vn/a', 'external'],
    [`${SITE}/tra-cuu`, 'internal'],
    ['/thu-tuc/1.000948.H18', 'internal'],
    ['#muc-1', 'internal'],
    ['?q=khai+sinh', 'internal'],
    ['tra-cuu/ket-qua', 'internal'],
    ['mailto:hotro@dienbien.gov.vn', 'contact'],
    ['TEL:+842153825555', 'contact'],
    ['https://', null],
    ['', null],
    ['/\\evil.example', null],
    ['a:b/c', null],
    ...HOSTILE_URLS.filter((url) => !url.includes('&')).map((url): [string, null] => [url, null]),
  ] satisfies [string, string | null][])('%s is %s', (url, kind) => {
    expect(classifyUrl(url, SITE)).toBe(kind);
  });
});
