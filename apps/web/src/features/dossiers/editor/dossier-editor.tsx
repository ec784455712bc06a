import {
  DOSSIER_MESSAGES,
  ZApplicantDraft,
  buildFormDataSchema,
  type TDossier,
  type TDossierComponent,
  type TDossierFile,
  type TFormDataMode,
  type TFormDefinition,
  type TSubmitResult,
} from '@portal/domain';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button.tsx';
import { ErrorSummary, type ErrorSummaryItem } from '../../../components/error-summary.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { apiErrorTitle } from '../../../lib/api-error-text.ts';
import { SampleDossierButton } from '../../catalogue/components/sample-dossier.tsx';
import type { DossierClient } from '../dossier-client.ts';
import type { TCommuneDirectory } from '../form-renderer/address-input.tsx';
import { FormRenderer } from '../form-renderer/form-renderer.tsx';
import { controlIdOf, formErrorList, inputPathOf } from '../form-renderer/form-resolver.ts';
import { formDataResolver } from '../form-renderer/form-resolver.ts';
import { toFormData, toInputValues, type TFormInputValues } from '../form-renderer/form-values.ts';
import { formMessage } from '../form-renderer/localized.ts';
import { ComponentUploads, componentControlId } from '../uploads/component-uploads.tsx';
import { useUploads } from '../uploads/use-uploads.ts';
import { ApplicantFields, applicantControlId } from './applicant-fields.tsx';
import {
  APPLICANT_FIELDS,
  applicantInputOf,
  applicantPayloadOf,
  applicantResolver,
  dossierMessage,
  type ApplicantInput,
} from './applicant-values.ts';
import { LeaveGuard } from '../../../components/leave-guard.tsx';
import { SaveStatus, type TSaveStatus } from './save-status.tsx';

export interface DossierEditorProps {
  client: DossierClient;
  procedure: { id: string; code: string; name: string };
  definition: TFormDefinition;
  /** Null until the first save creates it */
  initialDossier: TDossier | null;
  initialApplicant: ApplicantInput;
  /** The procedure's components (with files once the dossier exists) */
  initialComponents: readonly TDossierComponent[];
  sample: { form: TFormDefinition; values: Record<string, unknown> } | null;
  communes: TCommuneDirectory;
  idPrefix: string;
  /** Guest page: e-mail and verification above the form */
  header?: ReactNode;
  /** Guest page (no account): wording that does not speak of a profile or of "Hồ sơ chưa gửi" */
  guest?: boolean;
  /** Extra lines for the error summary (guest e-mail, captcha) */
  extraErrors?: readonly ErrorSummaryItem[];
  /** Guest page: checks its own fields before the dossier can be created; false stops the save */
  beforeCreate?: () => boolean;
  /** Citizens: typing creates the dossier on the server (autosave); guests must press Lưu lại first */
  autosaveCreates: boolean;
  onCreated: (dossier: TDossier) => void;
  onSubmitted: (result: TSubmitResult, dossier: TDossier) => void;
  /** Đóng: where to go depends on whether the dossier exists yet */
  onClose: (dossier: TDossier | null) => void;
  /** For tests */
  autosaveDelayMs?: number;
}

type TSummary = { kind: 'save' | 'submit'; attempt: number };

const AUTOSAVE_DELAY_MS = 2000;

/**
 * Tạo mới / Sửa / Bổ sung hồ sơ: applicant, the procedure's form, the components with
 * their uploads, and the three buttons of the seed guides: Lưu lại (save as unsent, even
 * incomplete), Gửi đi (send: every rule at once) or Gửi bổ sung, and Đóng (leave, with a
 * warning about unsaved changes). Changes are saved in the background after a pause.
 */
export function DossierEditor(props: DossierEditorProps) {
  const { client, procedure, definition, idPrefix, onCreated, onSubmitted } = props;
  const { t, i18n } = useTranslation();
  const lang = i18n.language;

  const [dossier, setDossier] = useState<TDossier | null>(props.initialDossier);
  const dossierRef = useRef<TDossier | null>(props.initialDossier);
  const [components, setComponents] = useState<readonly TDossierComponent[]>(props.initialDossier?.components ?? props.initialComponents);
  const [componentErrors, setComponentErrors] = useState<Record<string, string>>({});
  const [actionError, setActionError] = useState<unknown>(null);
  const [summary, setSummary] = useState<TSummary | null>(null);
  const [saveStatus, setSaveStatus] = useState<TSaveStatus>({ kind: 'idle' });
  const [busy, setBusy] = useState<'save' | 'submit' | null>(null);
  const [notice, setNotice] = useState('');
  /** "Đã lưu hồ sơ…" after Lưu lại, until the next edit */
  const [savedBanner, setSavedBanner] = useState(false);
  const [note, setNote] = useState('');
  const [removing, setRemoving] = useState<ReadonlySet<string>>(new Set());
  /** Components whose original the applicant brings to the one-stop desk (saved with the dossier) */
  const [bringOriginals, setBringOriginals] = useState<ReadonlySet<string>>(() => bringOriginalsOf(props.initialDossier?.components ?? props.initialComponents));
  const bringRef = useRef(bringOriginals);
  /** The choice travels with every save only where the procedure offers it */
  const offersPaper = (props.initialDossier?.components ?? props.initialComponents).some((component) => component.paperOriginalAllowed);

  const mode = useRef<TFormDataMode>('draft');
  const applicantForm = useForm<ApplicantInput>({
    shouldFocusError: false,
    defaultValues: props.initialDossier ? applicantInputOf(props.initialDossier.applicant) : props.initialApplicant,
    resolver: applicantResolver(() => mode.current),
  });
  const dataForm = useForm<TFormInputValues>({
    shouldFocusError: false,
    defaultValues: toInputValues(definition, props.initialDossier?.formData),
    resolver: formDataResolver(definition, () => mode.current),
  });

  // What changed since the last save: a counter bumped on every edit.
  const revision = useRef(0);
  const savedRevision = useRef(0);
  const allowLeave = useRef(false);
  const isDirty = () => revision.current !== savedRevision.current;
  const saveQueue = useRef<Promise<unknown>>(Promise.resolve());
  const autosaveTimer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const supplementing = dossier?.status === 'supplement-requested';
  const draftSchema = useMemo(() => buildFormDataSchema(definition, 'draft'), [definition]);

  const adopt = useCallback((next: TDossier) => {
    dossierRef.current = next;
    setDossier(next);
    setComponents(next.components);
  }, []);

  const adoptBringOriginals = useCallback((next: ReadonlySet<string>) => {
    bringRef.current = next;
    setBringOriginals(next);
  }, []);

  /** Saves the current values (creating the dossier the first time); saves run one after another. */
  const persist = useCallback((): Promise<TDossier | null> => {
    const run = async (): Promise<TDossier | null> => {
      const current = dossierRef.current;
      const startedAt = revision.current;
      if (current && startedAt === savedRevision.current) return current;
      const applicant = applicantPayloadOf(applicantForm.getValues());
      const formData = toFormData(definition, dataForm.getValues());
      const bring = offersPaper ? { bringOriginals: [...bringRef.current] } : {};
      setSaveStatus({ kind: 'saving' });
      let saved: TDossier;
      if (!current) {
        saved = await client.create({ procedureId: procedure.id, applicant, formData, ...bring });
        adopt(saved);
        onCreated(saved);
      } else {
        saved = await client.update(current.id, { version: current.version, applicant, formData, ...bring });
        // Files are their own resources: keep the list we already show (it may be newer).
        dossierRef.current = { ...saved, components: current.components };
        setDossier((previous) => ({ ...saved, components: previous?.components ?? saved.components }));
      }
      savedRevision.current = startedAt;
      setSaveStatus({ kind: 'saved', at: new Date() });
      return dossierRef.current;
    };
    const next = saveQueue.current.then(run, run);
    saveQueue.current = next.catch(() => undefined);
    return next;
  }, [adopt, applicantForm, client, dataForm, definition, offersPaper, onCreated, procedure.id]);

  /** Someone else saved first (another tab): load theirs and say so. */
  const reloadAfterConflict = useCallback(async () => {
    const current = dossierRef.current;
    if (!current) return;
    const fresh = await client.get(current.id);
    adopt(fresh);
    adoptBringOriginals(bringOriginalsOf(fresh.components));
    applicantForm.reset(applicantInputOf(fresh.applicant));
    dataForm.reset(toInputValues(definition, fresh.formData));
    revision.current += 1;
    savedRevision.current = revision.current;
    setSaveStatus({ kind: 'conflict' });
  }, [adopt, adoptBringOriginals, applicantForm, client, dataForm, definition]);

  const canSaveQuietly = () =>
    ZApplicantDraft.safeParse(applicantPayloadOf(applicantForm.getValues())).success &&
    draftSchema.safeParse(toFormData(definition, dataForm.getValues())).success;

  const autosave = useCallback(async () => {
    if (!isDirty() || busy !== null) return;
    if (!dossierRef.current && !props.autosaveCreates) return;
    if (!canSaveQuietly()) {
      setSaveStatus({ kind: 'blocked' });
      return;
    }
    try {
      await persist();
    } catch (error) {
      if (isApiError(error) && error.code === 'VERSION_CONFLICT') await reloadAfterConflict().catch(() => setSaveStatus({ kind: 'failed' }));
      else setSaveStatus({ kind: 'failed' });
    }
    // canSaveQuietly reads the forms at call time; the rest are stable or refs.
  }, [busy, persist, props.autosaveCreates, reloadAfterConflict]);

  const autosaveRef = useRef(autosave);
  autosaveRef.current = autosave;
  const delay = props.autosaveDelayMs ?? AUTOSAVE_DELAY_MS;

  // Every edit: count it, re-check a field that shows an error, and schedule an autosave.
  useEffect(() => {
    const changed = (form: typeof applicantForm | typeof dataForm, name: string | undefined) => {
      revision.current += 1;
      if (name && hasError(form.formState.errors, name)) void form.trigger(name as never);
      if (autosaveTimer.current) clearTimeout(autosaveTimer.current);
      autosaveTimer.current = setTimeout(() => void autosaveRef.current(), delay);
      setSaveStatus((status) => (status.kind === 'saving' ? status : { kind: 'idle' }));
      setSavedBanner(false);
    };
    const a = applicantForm.watch((_values, { name }) => changed(applicantForm, name));
    const d = dataForm.watch((_values, { name }) => changed(dataForm, name));
    return () => {
      a.unsubscribe();
      d.unsubscribe();
      if (autosaveTimer.current) clearTimeout(autosaveTimer.current);
    };
  }, [applicantForm, dataForm, delay]);

  /** Tải tệp lên / Mang bản gốc đến bộ phận một cửa: an edit like any other (saved in the background). */
  const chooseBringOriginal = (component: TDossierComponent, bring: boolean) => {
    const next = new Set(bringRef.current);
    if (bring) next.add(component.id);
    else next.delete(component.id);
    adoptBringOriginals(next);
    if (bring) setComponentErrors(({ [component.id]: _done, ...rest }) => rest);
    setNotice(t(bring ? 'dossiers.components.chosenBring' : 'dossiers.components.chosenUpload', { name: component.name }));
    revision.current += 1;
    if (autosaveTimer.current) clearTimeout(autosaveTimer.current);
    autosaveTimer.current = setTimeout(() => void autosaveRef.current(), delay);
    setSaveStatus((status) => (status.kind === 'saving' ? status : { kind: 'idle' }));
    setSavedBanner(false);
  };

  const ensureDossier = useCallback(async (): Promise<TDossier | null> => {
    if (dossierRef.current) return dossierRef.current;
    if (props.beforeCreate && !props.beforeCreate()) {
      setSummary((previous) => ({ kind: 'save', attempt: (previous?.attempt ?? 0) + 1 }));
      return null;
    }
    try {
      return await persist();
    } catch (error) {
      setActionError(error);
      setSummary((previous) => ({ kind: 'save', attempt: (previous?.attempt ?? 0) + 1 }));
      return null;
    }
  }, [persist, props]);

  const uploads = useUploads({
    client,
    ensureDossier,
    dossierBytes: components.reduce((sum, component) => sum + component.files.reduce((bytes, file) => bytes + file.size, 0), 0),
    onUploaded: (file) => {
      if (!file) {
        const current = dossierRef.current;
        if (current) void client.get(current.id).then((fresh) => setComponents(fresh.components));
        return;
      }
      setComponents((list) => list.map((component) => (component.id === file.componentId ? { ...component, files: [...component.files, file] } : component)));
      setComponentErrors(({ [file.componentId ?? '']: _done, ...rest }) => rest);
      setNotice(t('dossiers.components.uploaded', { name: file.name }));
    },
  });

  const removeFile = async (file: TDossierFile) => {
    const current = dossierRef.current;
    if (!current) return;
    setRemoving((set) => new Set(set).add(file.id));
    try {
      await client.deleteFile(current.id, file.id);
      setComponents((list) => list.map((component) => ({ ...component, files: component.files.filter((candidate) => candidate.id !== file.id) })));
      setNotice(t('dossiers.components.removed', { name: file.name }));
    } catch (error) {
      setActionError(error);
      setSummary((previous) => ({ kind: 'save', attempt: (previous?.attempt ?? 0) + 1 }));
    } finally {
      setRemoving((set) => {
        const next = new Set(set);
        next.delete(file.id);
        return next;
      });
    }
  };

  const showSummary = (kind: TSummary['kind']) => setSummary((previous) => ({ kind, attempt: (previous?.attempt ?? 0) + 1 }));

  /** Lưu lại: draft rules only, so an incomplete dossier saves. */
  const save = async () => {
    mode.current = 'draft';
    setActionError(null);
    setComponentErrors({});
    const valid = (await Promise.all([applicantForm.trigger(), dataForm.trigger()])).every(Boolean);
    if (!valid || (props.beforeCreate && !dossierRef.current && !props.beforeCreate())) {
      showSummary('save');
      return;
    }
    setBusy('save');
    try {
      await persist();
      setSummary(null);
      setSavedBanner(true);
      setNotice('');
    } catch (error) {
      if (isApiError(error) && error.code === 'VERSION_CONFLICT') {
        await reloadAfterConflict().catch(() => undefined);
      } else {
        applyServerErrors(error);
        setActionError(error);
        showSummary('save');
      }
    } finally {
      setBusy(null);
    }
  };

  /** Gửi đi / Gửi bổ sung: every rule, everything missing listed at once. */
  const submit = async () => {
    mode.current = 'submit';
    setActionError(null);
    const valid = (await Promise.all([applicantForm.trigger(), dataForm.trigger()])).every(Boolean);
    const missing = Object.fromEntries(
      components
        .filter((component) => component.required && component.files.length === 0 && !(component.paperOriginalAllowed && bringOriginals.has(component.id)))
        .map((component) => [component.id, DOSSIER_MESSAGES.componentRequired]),
    );
    setComponentErrors(missing);
    const guestReady = !props.beforeCreate || Boolean(dossierRef.current) || props.beforeCreate();
    if (!valid || Object.keys(missing).length > 0 || !guestReady) {
      showSummary('submit');
      return;
    }
    setBusy('submit');
    try {
      const saved = await persist();
      if (!saved) return;
      const result = supplementing
        ? await client.supplement(saved.id, { version: saved.version, ...(note.trim() ? { note: note.trim() } : {}) })
        : await client.submit(saved.id, saved.version);
      allowLeave.current = true;
      onSubmitted(result, saved);
    } catch (error) {
      if (isApiError(error) && error.code === 'VERSION_CONFLICT') {
        await reloadAfterConflict().catch(() => undefined);
      } else {
        applyServerErrors(error);
        setActionError(isApiError(error) && error.code === 'DOSSIER_INCOMPLETE' ? null : error);
        showSummary('submit');
      }
    } finally {
      setBusy(null);
    }
  };

  /** The API's field errors (422 DOSSIER_INCOMPLETE, 400) onto the inputs and components they name. */
  const applyServerErrors = (error: unknown) => {
    if (!isApiError(error) || !error.fromServer) return;
    const fromComponents: Record<string, string> = {};
    for (const [path, message] of Object.entries(error.fieldErrors)) {
      const [head, ...rest] = path.split('.');
      const tail = rest.join('.');
      if (head === 'applicant' && (APPLICANT_FIELDS as readonly string[]).includes(rest[0] ?? '')) {
        applicantForm.setError(rest[0] as keyof ApplicantInput, { type: 'server', message });
      } else if (head === 'formData' && tail) {
        dataForm.setError(inputPathOf(definition, tail) as never, { type: 'server', message });
      } else if (head === 'components' && tail) {
        fromComponents[tail] = message;
      }
    }
    if (Object.keys(fromComponents).length > 0) setComponentErrors(fromComponents);
  };

  // ----- the error summary: every problem, in the order of the page, each linked -----
  const summaryItems: ErrorSummaryItem[] = [];
  if (actionError) summaryItems.push({ message: apiErrorTitle(actionError, lang, t) });
  summaryItems.push(...(props.extraErrors ?? []));
  for (const name of APPLICANT_FIELDS) {
    const message = applicantForm.formState.errors[name]?.message;
    if (typeof message === 'string' && message) {
      summaryItems.push({ target: applicantControlId(idPrefix, name), message: `${t(`dossiers.applicant.${name}`)}: ${dossierMessage(message, lang)}` });
    }
  }
  for (const item of formErrorList(definition, dataForm.formState.errors)) {
    summaryItems.push({ target: controlIdOf(idPrefix, item.path), message: formMessage(item.message, item.field, lang) });
  }
  for (const component of components) {
    const message = componentErrors[component.id];
    if (message) summaryItems.push({ target: componentControlId(idPrefix, component.id), message: `${component.name}: ${dossierMessage(message, lang)}` });
  }

  const title = summary?.kind === 'save' ? t('dossiers.editor.saveErrorSummary') : t('dossiers.editor.errorSummary');
  const working = busy !== null;

  return (
    <div className="dossier-editor">
      {summary ? <ErrorSummary title={title} items={summaryItems} attempt={summary.attempt} /> : null}
      {dossier?.status === 'supplement-requested' && dossier.supplementRequest ? (
        <section className="alert alert--warning supplement-request" aria-labelledby={`${idPrefix}-supplement-request`}>
          <h2 id={`${idPrefix}-supplement-request`} className="alert__title">
            {t('dossiers.editor.supplementRequest')}
          </h2>
          <p className="preserve-lines">{dossier.supplementRequest}</p>
        </section>
      ) : null}
      <p className="form-note">{t('dossiers.editor.requiredNote')}</p>

      <form
        noValidate
        className="dossier-form"
        aria-label={procedure.name}
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        {props.header}

        <section className="dossier-form__block" aria-labelledby={`${idPrefix}-applicant`}>
          <h2 id={`${idPrefix}-applicant`}>{t('dossiers.editor.applicantHeading')}</h2>
          <p className="form-field__hint">{props.guest ? t('dossiers.editor.applicantLeadGuest') : t('dossiers.editor.applicantLead')}</p>
          <ApplicantFields form={applicantForm} idPrefix={idPrefix} disabled={working} />
        </section>

        <section className="dossier-form__block" aria-labelledby={`${idPrefix}-form`}>
          <div className="dossier-form__heading">
            <h2 id={`${idPrefix}-form`}>{t('dossiers.editor.formHeading')}</h2>
            {props.sample ? <SampleDossierButton procedureName={procedure.name} form={props.sample.form} values={props.sample.values} /> : null}
          </div>
          <FormRenderer definition={definition} form={dataForm} idPrefix={idPrefix} communes={props.communes} headingLevel={3} disabled={working} />
        </section>

        <section className="dossier-form__block" aria-labelledby={`${idPrefix}-components`}>
          <h2 id={`${idPrefix}-components`}>{t('dossiers.editor.componentsHeading')}</h2>
          <p className="form-field__hint">{t('dossiers.editor.componentsLead')}</p>
          <ComponentUploads
            procedureId={procedure.id}
            components={components}
            pending={uploads.pending}
            errors={Object.fromEntries(Object.entries(componentErrors).map(([id, message]) => [id, dossierMessage(message, lang)]))}
            idPrefix={idPrefix}
            attachmentBytes={components.reduce((sum, component) => sum + component.files.reduce((bytes, file) => bytes + file.size, 0), 0)}
            fileUrl={(fileId) => (dossier ? client.fileUrl(dossier.id, fileId) : null)}
            onFiles={(component, files) => void uploads.start(component, files)}
            onRemove={(file) => void removeFile(file)}
            onCancel={uploads.cancel}
            onDismiss={uploads.dismiss}
            removing={removing}
            bringOriginals={bringOriginals}
            onBringOriginal={chooseBringOriginal}
            disabled={working}
          />
        </section>

        {supplementing ? (
          <div className="form-field">
            <label htmlFor={`${idPrefix}-note`}>{t('dossiers.editor.supplementNote')}</label>
            <p id={`${idPrefix}-note-hint`} className="form-field__hint">
              {t('dossiers.editor.supplementNoteHint')}
            </p>
            <textarea id={`${idPrefix}-note`} rows={3} maxLength={2000} aria-describedby={`${idPrefix}-note-hint`} value={note} onChange={(event) => setNote(event.target.value)} />
          </div>
        ) : null}

        <div className="dossier-form__footer">
          <SaveStatus status={saveStatus} dirty={isDirty()} uploading={uploads.busy} />
          <div role="status" aria-live="polite">
            {savedBanner ? <p className="alert alert--success">{props.guest ? t('dossiers.editor.savedNoticeGuest') : t('dossiers.editor.savedNotice')}</p> : null}
            <span className="visually-hidden">{notice}</span>
          </div>
          <div className="button-row">
            <Button variant="secondary" onClick={() => void save()} disabled={working}>
              {busy === 'save' ? t('dossiers.editor.saving') : t('dossiers.editor.save')}
            </Button>
            <Button type="submit" disabled={working || uploads.busy}>
              {busy === 'submit' ? t('dossiers.editor.submitting') : supplementing ? t('dossiers.editor.sendSupplement') : t('dossiers.editor.submit')}
            </Button>
            <Button variant="ghost" onClick={() => props.onClose(dossierRef.current)} disabled={working}>
              {t('dossiers.editor.close')}
            </Button>
          </div>
        </div>
      </form>
      <LeaveGuard
        when={() => !allowLeave.current && (isDirty() || uploads.busy)}
        texts={{ title: t('dossiers.editor.leaveTitle'), body: t('dossiers.editor.leaveBody'), confirm: t('dossiers.editor.leaveConfirm'), cancel: t('dossiers.editor.leaveCancel') }}
      />
    </div>
  );
}

/** The components the applicant chose to bring on paper, where still allowed. */
const bringOriginalsOf = (components: readonly TDossierComponent[]): ReadonlySet<string> =>
  new Set(components.filter((component) => component.paperOriginalAllowed && component.bringOriginal).map((component) => component.id));

const hasError = (errors: unknown, name: string): boolean => {
  let node: unknown = errors;
  for (const part of name.split('.')) {
    if (typeof node !== 'object' || node === null) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'object' && node !== null;
};
