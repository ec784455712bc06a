import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type {} from 'altcha/types/react';
import { buildUrl } from '../../../lib/api-client.ts';
import { CAPTCHA_CHALLENGE_PATH } from '../api.ts';

export interface CaptchaHandle {
  /** A fresh challenge: a solution is accepted once, so after a failed submit the user verifies again. */
  reset(): void;
}

interface WidgetElement extends HTMLElement {
  reset?: () => void;
}

/**
 * "Mã xác nhận": the ALTCHA widget. The browser solves a proof-of-work (a second or
 * two); there is nothing to read or hear, and the checkbox works with the keyboard.
 * `onChange` gets the payload once verified, '' otherwise.
 */
export function CaptchaField({
  id,
  error,
  onChange,
  ref,
}: {
  id: string;
  error?: string | undefined;
  onChange: (payload: string) => void;
  ref?: Ref<CaptchaHandle>;
}) {
  const { t, i18n } = useTranslation();
  const widget = useRef<WidgetElement>(null);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;

  useEffect(() => {
    void import('./altcha-setup.ts');
  }, []);

  useEffect(() => {
    const element = widget.current;
    if (!element) return;
    const handle = (event: Event) => {
      const detail = (event as CustomEvent<{ state?: string; payload?: string | null }>).detail ?? {};
      onChangeRef.current(detail.state === 'verified' && detail.payload ? detail.payload : '');
    };
    element.addEventListener('statechange', handle);
    return () => element.removeEventListener('statechange', handle);
  }, []);

  useImperativeHandle(ref, () => ({
    reset() {
      widget.current?.reset?.();
      onChangeRef.current('');
    },
  }));

  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className={error ? 'form-field form-field--error captcha-field' : 'form-field captcha-field'} role="group" aria-labelledby={`${id}-label`} aria-describedby={error ? `${hintId} ${errorId}` : hintId}>
      <span id={`${id}-label`} className="form-field__label">
        {t('auth.fields.captcha')}
        <span aria-hidden="true"> *</span>
        <span className="visually-hidden"> ({t('auth.required')})</span>
      </span>
      <p id={hintId} className="form-field__hint">
        {t('auth.fields.captchaHint')}
      </p>
      {error ? (
        <p id={errorId} className="form-field__error">
          {error}
        </p>
      ) : null}
      <div id={id} tabIndex={-1} className="captcha-field__widget">
        <altcha-widget
          ref={widget}
          challenge={buildUrl(CAPTCHA_CHALLENGE_PATH)}
          language={i18n.language === 'en' ? 'en' : 'vi'}
          name="captcha"
          configuration={JSON.stringify({ hideFooter: true })}
        />
      </div>
    </div>
  );
}
