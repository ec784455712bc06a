import { mailPlaceholderProblems } from '@portal/domain';
import { describe, expect, it } from 'vitest';
import { renderMail } from '../mail/templates.ts';
import { renderMailWithOverride } from './render-override.ts';
import { EDITABLE_TEMPLATES, defaultWording, editableTemplateKeys } from './template-catalog.ts';

describe('editable e-mail templates', () => {
  it('the built-in wording, saved unchanged as an override, sends the same subject and every line of the text', () => {
    for (const key of editableTemplateKeys()) {
      const entry = EDITABLE_TEMPLATES[key]!;
      for (const locale of ['vi', 'en'] as const) {
        const wording = defaultWording(key, entry, locale);
        expect(mailPlaceholderProblems(wording, Object.keys(entry.placeholders)), `${key}/${locale}`).toEqual({});
        const builtIn = renderMail(key, locale, entry.sample);
        const overridden = renderMailWithOverride(key, locale, entry.sample, { ...wording, html: null });
        expect(overridden.subject, `${key}/${locale}`).toBe(builtIn.subject);
        // Only the order differs: the small print comes before the button in an override.
        if (!entry.starter) for (const line of builtIn.text.split('\n')) expect(overridden.text, `${key}/${locale}`).toContain(line);
      }
    }
  });

  it('drops paragraphs left empty by an optional value', () => {
    const entry = EDITABLE_TEMPLATES['dossier-status-changed']!;
    const { note: _note, ...withoutNote } = entry.sample;
    const mail = renderMailWithOverride('dossier-status-changed', 'vi', { ...withoutNote, status: 'processing' }, { ...defaultWording('dossier-status-changed', entry, 'vi'), html: null });
    expect(mail.subject).toBe('Hồ sơ 000.00.12.H18-261122-0001: Đang xử lý');
    expect(mail.text).not.toMatch(/\n\n\n\n/);
    expect(mail.html).not.toContain('<p style="margin:0 0 16px;line-height:1.5;"></p>');
  });
});
