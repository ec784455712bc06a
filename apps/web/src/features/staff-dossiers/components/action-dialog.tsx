import { ACTION_LABELS, STAFF_DOSSIER_MESSAGES_EN, localDateOf, translateDomainMessage, type TStaffActionType, type TStaffDossier } from '@portal/domain';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useForm, type Resolver, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button.tsx';
import { ErrorMessage } from '../../../components/error-message.tsx';
import { SelectField, TextAreaField, TextField } from '../../../components/form-field.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { ModalDialog } from '../../dossiers/components/modal-dialog.tsx';
import { emptyActionForm, parseAction, type ActionFormValues } from '../action-body.ts';
import { useDossierAction } from '../mutations.ts';
import { colleaguesQuery } from '../queries.ts';
import { rolesText } from '../roles.ts';
import { ResultUploads } from './result-uploads.tsx';

/** The API's answer when someone else acted first (optimistic version check). */
export const isVersionConflict = (error: unknown): boolean =>
  isApiError(error) && (error.code === 'DOSSIER_VERSION_CONFLICT' || error.code === 'VERSION_CONFLICT');

/** Shared-schema messages in the reader's language. */
export const staffMessage = (message: string, language: string): string =>
  language === 'vi' ? message : (STAFF_DOSSIER_MESSAGES_EN[message] ?? translateDomainMessage(message, language));

const actionResolver =
  (type: TStaffActionType, version: number): Resolver<ActionFormValues> =>
  async (values) => {
    const parsed = parseAction(type, values, version);
    if (parsed.ok) return { values, errors: {} };
    return {
      values: {},
      errors: Object.fromEntries(Object.entries(parsed.errors).map(([name, message]) => [name, { type: 'schema', message }])),
    };
  };

export interface ActionDialogProps {
  dossier: TStaffDossier;
  /** The action being taken; null: closed */
  action: TStaffActionType | null;
  onClose: () => void;
  /** Done: the API answered with the dossier's new state */
  onDone: (action: TStaffActionType) => void;
  /** Someone else acted first: the page reloads the dossier and says so */
  onConflict: () => void;
}

/**
 * One dialog per processing action: a labelled form checked by the shared schema
 * (ZStaffActionRequest) before anything is sent, carrying the dossier's `version`.
 */
export function ActionDialog({ dossier, action, onClose, onDone, onConflict }: ActionDialogProps) {
  const { t, i18n } = useTranslation();
  const title = action ? ACTION_LABELS[action][i18n.language === 'en' ? 'en' : 'vi'] : '';
  return (
    <ModalDialog open={action !== null} title={title} onClose={onClose} wide={action === 'complete' || action === 'request-supplement'}>
      <p className="file-meta">{t('staffDossiers.dialog.dossier', { code: dossier.code })}</p>
      {action ? <ActionForm key={action} dossier={dossier} action={action} title={title} onClose={onClose} onDone={onDone} onConflict={onConflict} /> : null}
    </ModalDialog>
  );
}

function ActionForm({
  dossier,
  action,
  title,
  onClose,
  onDone,
  onConflict,
}: Omit<ActionDialogProps, 'action'> & { action: TStaffActionType; title: string }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const mutation = useDossierAction(dossier.id);
  const form = useForm<ActionFormValues>({ defaultValues: emptyActionForm, resolver: actionResolver(action, dossier.version) });
  // Kết thúc xử lý without any result document: not a field of the request, so a form-level error.
  const missingResult = form.formState.errors.root?.message;

  const onSubmit = form.handleSubmit((values) => {
    if (action === 'complete' && dossier.resultFiles.length === 0) {
      form.setError('root', { message: t('staffDossiers.dialog.resultRequired') });
      return;
    }
    const parsed = parseAction(action, values, dossier.version);
    if (!parsed.ok) return;
    mutation.mutate(parsed.request, {
      onSuccess: () => onDone(action),
      onError: (error) => {
        if (isVersionConflict(error)) onConflict();
      },
    });
  });

  const error = (name: keyof ActionFormValues) => {
    const message = form.formState.errors[name]?.message;
    return typeof message === 'string' && message ? staffMessage(message, i18n.language) : undefined;
  };

  return (
    <form noValidate className="action-form" onSubmit={(event) => void onSubmit(event)} aria-label={title}>
      <div className="dialog__body">
        <ActionFields action={action} dossier={dossier} form={form} error={error} idPrefix={id} />
        {action === 'complete' ? <ResultUploads dossierId={dossier.id} files={dossier.resultFiles} error={missingResult} /> : null}
      </div>
      {mutation.isError && !isVersionConflict(mutation.error) ? <ErrorMessage error={mutation.error} /> : null}
      <div className="button-row dialog__actions">
        <Button type="submit" disabled={mutation.isPending}>
          {title}
        </Button>
        <Button variant="secondary" onClick={onClose} disabled={mutation.isPending}>
          {t('staffDossiers.dialog.cancel')}
        </Button>
      </div>
    </form>
  );
}

interface FieldsProps {
  action: TStaffActionType;
  dossier: TStaffDossier;
  form: UseFormReturn<ActionFormValues>;
  error: (name: keyof ActionFormValues) => string | undefined;
  idPrefix: string;
}

/** What each action asks for; every action may carry a note except those whose text is the point. */
function ActionFields({ action, dossier, form, error, idPrefix }: FieldsProps) {
  const { t } = useTranslation();
  const note = (
    <TextAreaField id={`${idPrefix}-note`} label={t('staffDossiers.dialog.note')} hint={t('staffDossiers.dialog.noteHint')} error={error('note')} maxLength={2000} {...form.register('note')} />
  );
  switch (action) {
    case 'receive':
      return (
        <>
          <p>{t('staffDossiers.dialog.receiveBody')}</p>
          {note}
        </>
      );
    case 'hand-over':
      return (
        <>
          <p>{t('staffDossiers.dialog.handOverBody')}</p>
          {note}
        </>
      );
    case 'request-supplement':
      return (
        <>
          <TextAreaField
            id={`${idPrefix}-note`}
            label={t('staffDossiers.dialog.supplementText')}
            hint={t('staffDossiers.dialog.supplementHint')}
            error={error('note')}
            required
            rows={6}
            maxLength={2000}
            {...form.register('note')}
          />
          {dossier.components.length > 0 ? (
            <fieldset className="form-group">
              <legend className="form-group__legend">{t('staffDossiers.dialog.supplementComponents')}</legend>
              {dossier.components.map((component) => (
                <div key={component.id} className="form-field form-field--checkbox">
                  <input id={`${idPrefix}-c-${component.id}`} type="checkbox" value={component.id} {...form.register('missingComponentIds')} />
                  <label htmlFor={`${idPrefix}-c-${component.id}`}>{component.name}</label>
                </div>
              ))}
            </fieldset>
          ) : null}
        </>
      );
    case 'return':
      return (
        <TextAreaField
          id={`${idPrefix}-reason`}
          label={t('staffDossiers.dialog.reason')}
          hint={t('staffDossiers.dialog.reasonHint')}
          error={error('reason')}
          required
          rows={4}
          maxLength={2000}
          {...form.register('reason')}
        />
      );
    case 'forward':
      return (
        <>
          <ColleaguePicker form={form} error={error('toUserId')} id={`${idPrefix}-to`} />
          {note}
        </>
      );
    case 'register':
      return (
        <>
          <TextField id={`${idPrefix}-book`} label={t('staffDossiers.dialog.bookNumber')} error={error('bookNumber')} maxLength={50} {...form.register('bookNumber')} />
          {note}
        </>
      );
    case 'apologize':
      return (
        <>
          <TextField
            id={`${idPrefix}-due`}
            type="date"
            label={t('staffDossiers.dialog.newDueDate')}
            hint={t('staffDossiers.dialog.newDueDateHint')}
            error={error('newDueDate')}
            required
            min={localDateOf(new Date())}
            {...form.register('newDueDate')}
          />
          <TextAreaField
            id={`${idPrefix}-apology`}
            label={t('staffDossiers.dialog.apology')}
            hint={t('staffDossiers.dialog.apologyHint')}
            error={error('apology')}
            required
            rows={6}
            maxLength={2000}
            {...form.register('apology')}
          />
        </>
      );
    default:
      return note;
  }
}

/** Chuyển cho: the leaders, specialists and clerks of my agency. */
function ColleaguePicker({ form, error, id }: { form: UseFormReturn<ActionFormValues>; error: string | undefined; id: string }) {
  const { t, i18n } = useTranslation();
  const colleagues = useQuery(colleaguesQuery());
  if (colleagues.isError) return <ErrorMessage error={colleagues.error} onRetry={() => void colleagues.refetch()} />;
  return (
    <SelectField id={id} label={t('staffDossiers.dialog.receiver')} hint={t('staffDossiers.dialog.receiverHint')} error={error} required {...form.register('toUserId')}>
      <option value="">{colleagues.isPending ? t('staffDossiers.dialog.loadingColleagues') : t('staffDossiers.dialog.chooseReceiver')}</option>
      {colleagues.data?.items.map((colleague) => (
        <option key={colleague.id} value={colleague.id}>
          {[colleague.name, rolesText([colleague.role], i18n.language), colleague.position].filter(Boolean).join(' — ')}
        </option>
      ))}
    </SelectField>
  );
}
