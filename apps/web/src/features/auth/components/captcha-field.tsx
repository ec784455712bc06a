import { ACCOUNT_MESSAGES } from '@portal/domain';
import { useEffect, useImperativeHandle, useRef, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type {} from 'altcha/types/react';
import { buildUrl, isApiError } from '../../../lib/api-client.ts';
import { fieldMessage } from '../../../lib/api-error-text.ts';
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

/**
 * The verification step of a form (registration, a question): the payload once solved,
 * the error to show (not verified at submit, or refused by the API), and the props of
 * <CaptchaField>. `check()` on submit says whether to send; `reset()` after an attempt,
 * since a solution is accepted once.
 */
export function useCaptchaStep(id: string, submitError: unknown) {
  const { i18n } = useTranslation();
  const ref = useRef<CaptchaHandle>(null);
  const [payload, setPayload] = useState('');
  /** Submitted without completing the verification step */
  const [missing, setMissing] = useState(false);
  const serverError = isApiError(submitError) ? submitError.fieldErrors.captcha : undefined;
  const message = payload ? undefined : missing ? ACCOUNT_MESSAGES.captcha : serverError;
  const error = message ? fieldMessage(message, i18n.language) : undefined;
  return {
    payload,
    error,
    check: () => {
      setMissing(!payload);
      return Boolean(payload);
    },
    reset: () => ref.current?.reset(),
    field: {
      ref,
      id,
      error,
      onChange: (next: string) => {
        setPayload(next);
        if (next) setMissing(false);
      },
    },
  };
}
