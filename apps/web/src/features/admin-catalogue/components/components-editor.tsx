import { ACCEPTED_FILE_KINDS, type TAdminComponent, type TAdminProcedure, type TComponentInput } from '@portal/domain';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button.tsx';
import { ErrorMessage } from '../../../components/error-message.tsx';
import { CheckboxField, TextField } from '../../../components/form-field.tsx';
import {
  addComponent,
  addTemplate,
  removeComponent,
  removeComponentTemplate,
  removeTemplate,
  reorderComponents,
  templateDownloadUrl,
  updateComponent,
  uploadComponentTemplate,
} from '../api.ts';
import { useCatalogueMutation } from '../queries.ts';

const TEMPLATE_ACCEPT = '.pdf,.doc,.docx,.xls,.xlsx';

/**
 * Thành phần hồ sơ (add, edit, reorder with buttons, remove, template file) and the
 * procedure's downloadable forms (mẫu đơn, tờ khai).
 */
export function ComponentsEditor({ procedure }: { procedure: TAdminProcedure }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<string | null>(null);
  const focusAfter = useRef<string | null>(null);
  const reorder = useCatalogueMutation((ids: string[]) => reorderComponents(procedure.id, ids));
  const remove = useCatalogueMutation((componentId: string) => removeComponent(procedure.id, componentId));
  const components = procedure.components;

  useEffect(() => {
    if (!focusAfter.current) return;
    document.getElementById(focusAfter.current)?.focus();
    focusAfter.current = null;
  });

  const move = (index: number, delta: -1 | 1) => {
    const ids = components.map((component) => component.id);
    const target = index + delta;
    [ids[index], ids[target]] = [ids[target]!, ids[index]!];
    focusAfter.current = `component-${components[index]!.id}-${delta < 0 ? 'up' : 'down'}`;
    reorder.mutate(ids);
  };

  return (
    <div className="components-editor">
      <section aria-labelledby="components-heading">
        <h2 id="components-heading">{t('adminCatalogue.components.heading')}</h2>
        {reorder.error ? <ErrorMessage error={reorder.error} /> : null}
        {remove.error ? <ErrorMessage error={remove.error} /> : null}
        {components.length === 0 ? <p>{t('adminCatalogue.components.empty')}</p> : null}
        <ol className="component-cards">
          {components.map((component, index) => (
            <li key={component.id} className="component-card">
              {editing === component.id ? (
                <ComponentForm
                  procedureId={procedure.id}
                  component={component}
                  onDone={() => {
                    focusAfter.current = `component-${component.id}-edit`;
                    setEditing(null);
                  }}
                />
              ) : (
                <>
                  <h3 className="component-card__title">
                    {index + 1}. {component.name}
                  </h3>
                  <p>
                    {component.required ? t('procedure.required') : t('procedure.optional')} ·{' '}
                    {t('adminCatalogue.components.quantity', { originals: component.originals, copies: component.copies })} ·{' '}
                    {component.acceptedTypes.map((kind) => kind.toUpperCase()).join(', ')}
                    {component.paperOriginalAllowed ? ` · ${t('adminCatalogue.components.paperOriginalAllowedShort')}` : null}
                  </p>
                  <TemplateFile procedure={procedure} component={component} />
                  <div className="component-card__actions">
                    <Button variant="ghost" id={`component-${component.id}-up`} disabled={index === 0 || reorder.isPending} onClick={() => move(index, -1)} aria-label={t('adminCatalogue.components.moveUp', { name: component.name })}>
                      ↑
                    </Button>
                    <Button
                      variant="ghost"
                      id={`component-${component.id}-down`}
                      disabled={index === components.length - 1 || reorder.isPending}
                      onClick={() => move(index, 1)}
                      aria-label={t('adminCatalogue.components.moveDown', { name: component.name })}
                    >
                      ↓
                    </Button>
                    <Button variant="secondary" id={`component-${component.id}-edit`} onClick={() => setEditing(component.id)} aria-label={t('adminCatalogue.components.edit', { name: component.name })}>
                      {t('adminCatalogue.editAction')}
                    </Button>
                    <Button
                      variant="ghost"
                      onClick={() => {
                        if (window.confirm(t('adminCatalogue.components.confirmRemove', { name: component.name }))) remove.mutate(component.id);
                      }}
                      aria-label={t('adminCatalogue.components.remove', { name: component.name })}
                    >
                      {t('adminCatalogue.remove')}
                    </Button>
                  </div>
                </>
              )}
            </li>
          ))}
        </ol>
        <details className="admin-add">
          <summary>{t('adminCatalogue.components.add')}</summary>
          <ComponentForm procedureId={procedure.id} component={null} onDone={() => undefined} />
        </details>
      </section>
      <TemplatesSection procedure={procedure} />
    </div>
  );
}

/** Add (component null) or edit a component. */
function ComponentForm({ procedureId, component, onDone }: { procedureId: string; component: TAdminComponent | null; onDone(): void }) {
  const { t } = useTranslation();
  const formId = useId();
  const empty = { name: '', description: '', required: true, originals: '1', copies: '0', acceptedTypes: [...ACCEPTED_FILE_KINDS] as string[], paperOriginalAllowed: false };
  const initial = component
    ? {
        name: component.name,
        description: component.description ?? '',
        required: component.required,
        originals: String(component.originals),
        copies: String(component.copies),
        acceptedTypes: [...component.acceptedTypes] as string[],
        paperOriginalAllowed: component.paperOriginalAllowed,
      }
    : empty;
  const [values, setValues] = useState(initial);
  const save = useCatalogueMutation((body: TComponentInput) => (component ? updateComponent(procedureId, component.id, body) : addComponent(procedureId, body)));
  const errors = save.error && 'fieldErrors' in save.error ? (save.error.fieldErrors as Record<string, string>) : {};
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      {
        name: values.name,
        description: values.description,
        required: values.required,
        originals: Number(values.originals),
        copies: Number(values.copies),
        acceptedTypes: values.acceptedTypes as TComponentInput['acceptedTypes'],
        paperOriginalAllowed: values.paperOriginalAllowed,
      },
      {
        onSuccess: () => {
          if (!component) setValues(empty);
          onDone();
        },
      },
    );
  };
  return (
    <form noValidate onSubmit={submit} className="admin-form" aria-label={component ? t('adminCatalogue.components.edit', { name: component.name }) : t('adminCatalogue.components.add')}>
      {save.error ? <ErrorMessage error={save.error} fieldLabels={{ name: t('adminCatalogue.components.name'), acceptedTypes: t('adminCatalogue.components.acceptedTypes') }} /> : null}
      <TextField id={`${formId}-name`} label={t('adminCatalogue.components.name')} required value={values.name} error={errors.name} onChange={(event) => setValues({ ...values, name: event.target.value })} />
      <TextField id={`${formId}-description`} label={t('adminCatalogue.components.description')} value={values.description} onChange={(event) => setValues({ ...values, description: event.target.value })} />
      <CheckboxField id={`${formId}-required`} label={t('adminCatalogue.components.required')} checked={values.required} onChange={(event) => setValues({ ...values, required: event.target.checked })} />
      <CheckboxField
        id={`${formId}-paper`}
        label={t('adminCatalogue.components.paperOriginalAllowed')}
        checked={values.paperOriginalAllowed}
        onChange={(event) => setValues({ ...values, paperOriginalAllowed: event.target.checked })}
      />
      <div className="admin-form__row">
        <TextField id={`${formId}-originals`} type="number" min={0} label={t('adminCatalogue.components.originals')} value={values.originals} error={errors.originals} onChange={(event) => setValues({ ...values, originals: event.target.value })} />
        <TextField id={`${formId}-copies`} type="number" min={0} label={t('adminCatalogue.components.copies')} value={values.copies} error={errors.copies} onChange={(event) => setValues({ ...values, copies: event.target.value })} />
      </div>
      <fieldset>
        <legend>{t('adminCatalogue.components.acceptedTypes')}</legend>
        {ACCEPTED_FILE_KINDS.map((kind) => (
          <CheckboxField
            key={kind}
            id={`${formId}-kind-${kind}`}
            label={kind.toUpperCase()}
            checked={values.acceptedTypes.includes(kind)}
            onChange={(event) =>
              setValues({ ...values, acceptedTypes: event.target.checked ? [...values.acceptedTypes, kind] : values.acceptedTypes.filter((candidate) => candidate !== kind) })
            }
          />
        ))}
      </fieldset>
      <div className="admin-form__actions">
        <Button type="submit" disabled={save.isPending}>
          {component ? t('adminCatalogue.save') : t('adminCatalogue.components.addSubmit')}
        </Button>
        {component ? (
          <Button variant="ghost" onClick={onDone}>
            {t('adminCatalogue.cancel')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}

/** The component's template: download link, replace, remove. */
function TemplateFile({ procedure, component }: { procedure: TAdminProcedure; component: TAdminComponent }) {
  const { t } = useTranslation();
  const inputId = useId();
  const upload = useCatalogueMutation((file: File) => uploadComponentTemplate(procedure.id, component.id, file));
  const remove = useCatalogueMutation(() => removeComponentTemplate(procedure.id, component.id));
  return (
    <div className="template-file">
      {component.template ? (
        <p>
          {t('adminCatalogue.components.template')}:{' '}
          {procedure.published ? <a href={templateDownloadUrl(procedure.id, component.template.id)}>{component.template.name}</a> : component.template.name}{' '}
          <Button variant="ghost" onClick={() => remove.mutate()} aria-label={t('adminCatalogue.components.removeTemplate', { name: component.name })}>
            {t('adminCatalogue.remove')}
          </Button>
        </p>
      ) : null}
      <label htmlFor={inputId}>{component.template ? t('adminCatalogue.components.replaceTemplate') : t('adminCatalogue.components.uploadTemplate')}</label>
      <input
        id={inputId}
        type="file"
        accept={TEMPLATE_ACCEPT}
        disabled={upload.isPending}
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) upload.mutate(file);
          event.target.value = '';
        }}
      />
      <div role="status" aria-live="polite">
        {upload.isPending ? t('adminCatalogue.uploading') : ''}
      </div>
      {upload.error ? <ErrorMessage error={upload.error} fieldLabels={{ file: t('adminCatalogue.components.template') }} /> : null}
    </div>
  );
}

/** Mẫu đơn, tờ khai: a title and a file each. */
function TemplatesSection({ procedure }: { procedure: TAdminProcedure }) {
  const { t } = useTranslation();
  const formId = useId();
  const [title, setTitle] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const add = useCatalogueMutation((input: { title: string; file: File }) => addTemplate(procedure.id, input.title, input.file));
  const remove = useCatalogueMutation((templateId: string) => removeTemplate(procedure.id, templateId));
  const errors = add.error && 'fieldErrors' in add.error ? (add.error.fieldErrors as Record<string, string>) : {};
  return (
    <section aria-labelledby="templates-heading">
      <h2 id="templates-heading">{t('adminCatalogue.templates.heading')}</h2>
      {procedure.templates.length === 0 ? <p>{t('adminCatalogue.templates.empty')}</p> : null}
      <ul className="admin-list">
        {procedure.templates.map((template) => (
          <li key={template.templateId}>
            {procedure.published ? <a href={templateDownloadUrl(procedure.id, template.id)}>{template.title}</a> : template.title} ({template.name}){' '}
            <Button variant="ghost" onClick={() => remove.mutate(template.templateId)} aria-label={t('adminCatalogue.templates.remove', { title: template.title })}>
              {t('adminCatalogue.remove')}
            </Button>
          </li>
        ))}
      </ul>
      <form
        noValidate
        className="admin-form"
        aria-label={t('adminCatalogue.templates.add')}
        onSubmit={(event) => {
          event.preventDefault();
          if (!file) return;
          add.mutate(
            { title, file },
            {
              onSuccess: () => {
                setTitle('');
                setFile(null);
                if (fileInput.current) fileInput.current.value = '';
              },
            },
          );
        }}
      >
        {add.error && !errors.title ? <ErrorMessage error={add.error} /> : null}
        <TextField id={`${formId}-title`} label={t('adminCatalogue.templates.title')} required value={title} error={errors.title} onChange={(event) => setTitle(event.target.value)} />
        <div className="form-field">
          <label htmlFor={`${formId}-file`}>{t('adminCatalogue.templates.file')}</label>
          <input ref={fileInput} id={`${formId}-file`} type="file" accept={TEMPLATE_ACCEPT} onChange={(event) => setFile(event.target.files?.[0] ?? null)} />
        </div>
        <Button type="submit" variant="secondary" disabled={!file || add.isPending}>
          {t('adminCatalogue.templates.add')}
        </Button>
      </form>
    </section>
  );
}
