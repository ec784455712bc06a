import { zodResolver } from '@hookform/resolvers/zod';
import { ZPasswordResetForm, type TPasswordResetForm } from '@portal/domain';
import { useId, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { Button } from '../../../components/button.tsx';
import { TextField } from '../../../components/form-field.tsx';
import { Page } from '../../../components/page.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { useFormFeedback } from '../form-feedback.tsx';
import { tokenFromLocation } from '../next-path.ts';

/** The mutation behind the page: `{ token, password }` to the API. */
interface TokenPasswordMutation {
  mutate: (body: { token: string; password: string }) => void;
  error: unknown;
  isPending: boolean;
  isSuccess: boolean;
}

export interface TokenPasswordPageProps {
  title: string;
  lead: string;
  mutation: TokenPasswordMutation;
  labels: { password: string; passwordConfirm: string; submit: string; submitting: string; missing: string };
  /** Shown once the password is set (inside the success alert) */
  done: ReactNode;
  /** Shown when the link is expired, used or unknown (TOKEN_*) */
  linkProblem: ReactNode;
}

/**
 * The landing page of an e-mailed single-use link (`…#token=…`) where a person chooses a
 * password: *Đặt lại mật khẩu* and a staff member's *Nhận lời mời*. The token is read from
 * the fragment, so it never reaches a server log or a Referer header.
 */
export function TokenPasswordPage({ title, lead, mutation, labels, done, linkProblem }: TokenPasswordPageProps) {
  const { t } = useTranslation();
  const formId = useId();
  const token = tokenFromLocation(useLocation());
  const form = useForm<TPasswordResetForm>({
    // The error summary takes focus, not the first field (GOV.UK pattern).
    shouldFocusError: false,
    resolver: zodResolver(ZPasswordResetForm),
    defaultValues: { password: '', passwordConfirm: '' },
  });
  const ids = { password: `${formId}-password`, passwordConfirm: `${formId}-passwordConfirm` };
  const { fieldError, summary } = useFormFeedback(
    form,
    [
      { name: 'password', id: ids.password },
      { name: 'passwordConfirm', id: ids.passwordConfirm },
    ],
    mutation.error,
  );
  const onSubmit = form.handleSubmit((values) => token && mutation.mutate({ token, password: values.password }));
  const tokenRefused = isApiError(mutation.error) && mutation.error.code.startsWith('TOKEN_');

  return (
    <Page title={title} breadcrumbs={[]} lead={lead}>
      <div className="auth-panel">
        <div role="status" aria-live="polite">
          {mutation.isSuccess ? <div className="alert alert--success">{done}</div> : null}
        </div>
        {!token ? <p className="alert alert--error">{labels.missing}</p> : null}
        {summary}
        {tokenRefused ? <p className="auth-note">{linkProblem}</p> : null}
        {token && !mutation.isSuccess ? (
          <form noValidate onSubmit={onSubmit} className="auth-form">
            <TextField
              id={ids.password}
              label={labels.password}
              hint={t('auth.fields.passwordHint')}
              type="password"
              autoComplete="new-password"
              required
              error={fieldError('password')}
              {...form.register('password')}
            />
            <TextField
              id={ids.passwordConfirm}
              label={labels.passwordConfirm}
              type="password"
              autoComplete="new-password"
              required
              error={fieldError('passwordConfirm')}
              {...form.register('passwordConfirm')}
            />
            <div className="button-row">
              <Button type="submit" disabled={mutation.isPending}>
                {mutation.isPending ? labels.submitting : labels.submit}
              </Button>
            </div>
          </form>
        ) : null}
      </div>
    </Page>
  );
}
