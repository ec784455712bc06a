import type { TAdminProcedure, TFormFieldKind } from '@portal/domain';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button.tsx';
import { ErrorMessage } from '../../../components/error-message.tsx';
import { ErrorSummary, type ErrorSummaryItem } from '../../../components/error-summary.tsx';
import { SelectField } from '../../../components/form-field.tsx';
import { saveForm } from '../api.ts';
import { useCatalogueMutation } from '../queries.ts';
import {
  FORM_FIELD_KINDS,
  addField,
  addSection,
  changeKind,
  fromDefinition,
  moveField,
  moveSection,
  previewDefinition,
  removeField,
  removeSection,
  toDefinitionInput,
  updateField,
  updateSection,
  validate,
  type BuilderState,
} from './builder-model.ts';
import { FieldEditor } from './field-editor.tsx';
import { FormPreview } from './form-preview.tsx';
import { LocalizedInputs } from './localized-inputs.tsx';

/** Schema messages of one field: "sections.0.fields.2.label.vi" → { "label.vi": … } for field 2 of section 0. */
function errorsBelow(errors: Record<string, string>, prefix: string): Record<string, string> {
  const below: Record<string, string> = {};
  for (const [path, message] of Object.entries(errors)) if (path.startsWith(`${prefix}.`)) below[path.slice(prefix.length + 1)] = message;
  return below;
}

/**
 * The online form builder (biểu mẫu nhập liệu): sections and fields of the eight kinds,
 * edited on the left, the citizen's view live on the right. Saving sends the whole
 * definition as a NEW version; dossiers already created keep theirs.
 */
export function FormBuilder({ procedure }: { procedure: TAdminProcedure }) {
  const { t, i18n } = useTranslation();
  const [state, setState] = useState<BuilderState>(() => fromDefinition(procedure.form));
  const [baseVersion, setBaseVersion] = useState(procedure.formVersion);
  const [newKind, setNewKind] = useState<Record<string, TFormFieldKind>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [attempt, setAttempt] = useState(0);
  const [dirty, setDirty] = useState(false);
  const focusAfter = useRef<string | null>(null);
  const save = useCatalogueMutation((definition: ReturnType<typeof toDefinitionInput>) => saveForm(procedure.id, { baseVersion, definition }));
  const preview = useMemo(() => previewDefinition(state), [state]);

  // After a move or an addition, the keyboard stays where the person was working.
  useEffect(() => {
    if (!focusAfter.current) return;
    document.getElementById(focusAfter.current)?.focus();
    focusAfter.current = null;
  });

  const change = (next: BuilderState, focusId?: string) => {
    setState(next);
    setDirty(true);
    if (focusId) focusAfter.current = focusId;
  };

  const onSave = () => {
    setAttempt((n) => n + 1);
    const result = validate(state, i18n.language);
    if (result.errors) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    save.mutate(toDefinitionInput(state), {
      onSuccess: (saved) => {
        setBaseVersion(saved.version);
        setDirty(false);
      },
    });
  };

  // Server refusals (the same schema) land on the same paths, under "definition.".
  const serverErrors = save.error && 'fieldErrors' in save.error ? errorsBelow(save.error.fieldErrors as Record<string, string>, 'definition') : {};
  const shown = { ...serverErrors, ...errors };
  const summary: ErrorSummaryItem[] = Object.entries(shown).map(([path, message]) => ({ target: targetOf(state, path), message: `${describePath(state, path, t)}: ${message}` }));
  let number = 0;
  const allFields = state.sections.flatMap((section) => section.fields.map((item) => item.uid));

  return (
    <div className="form-builder">
      <div className="form-builder__editor">
        <p>{t('adminCatalogue.builder.intro', { version: baseVersion, count: procedure.dossiersInFlight })}</p>
        <ErrorSummary title={t('adminCatalogue.builder.errorsTitle')} items={summary} attempt={attempt} />
        {save.error && Object.keys(serverErrors).length === 0 ? <ErrorMessage error={save.error} /> : null}
        {state.sections.map((section, s) => (
          <fieldset key={section.uid} className="builder-section">
            <legend>{t('adminCatalogue.builder.sectionHeading', { number: s + 1, title: section.title.vi || t('adminCatalogue.builder.untitled') })}</legend>
            <LocalizedInputs
              id={`${section.uid}-title`}
              label={t('adminCatalogue.builder.sectionTitle')}
              required
              value={section.title}
              errors={{ vi: shown[`sections.${s}.title.vi`] }}
              onChange={(title) => change(updateSection(state, section.uid, title))}
            />
            <div className="builder-section__actions">
              <Button variant="ghost" id={`${section.uid}-up`} disabled={s === 0} onClick={() => change(moveSection(state, section.uid, -1), `${section.uid}-up`)}>
                {t('adminCatalogue.builder.sectionUp')}
              </Button>
              <Button
                variant="ghost"
                id={`${section.uid}-down`}
                disabled={s === state.sections.length - 1}
                onClick={() => change(moveSection(state, section.uid, 1), `${section.uid}-down`)}
              >
                {t('adminCatalogue.builder.sectionDown')}
              </Button>
              <Button variant="ghost" disabled={state.sections.length <= 1} onClick={() => change(removeSection(state, section.uid))}>
                {t('adminCatalogue.builder.removeSection')}
              </Button>
            </div>
            {shown[`sections.${s}.fields`] ? <p className="form-field__error">{shown[`sections.${s}.fields`]}</p> : null}
            <ol className="builder-fields">
              {section.fields.map((item, f) => {
                number += 1;
                const position = allFields.indexOf(item.uid);
                return (
                  <FieldEditor
                    key={item.uid}
                    item={item}
                    number={number}
                    errors={errorsBelow(shown, `sections.${s}.fields.${f}`)}
                    canMoveUp={position > 0}
                    canMoveDown={position < allFields.length - 1}
                    onChange={(fieldChange) => change(updateField(state, item.uid, fieldChange))}
                    onKindChange={(kind) => change(changeKind(state, item.uid, kind))}
                    onMove={(delta) => change(moveField(state, item.uid, delta), `${item.uid}-${delta < 0 ? 'up' : 'down'}`)}
                    onRemove={() => change(removeField(state, item.uid), `${section.uid}-add`)}
                  />
                );
              })}
            </ol>
            <div className="builder-section__add">
              <SelectField
                id={`${section.uid}-kind`}
                label={t('adminCatalogue.builder.newFieldKind')}
                value={newKind[section.uid] ?? 'text'}
                onChange={(event) => setNewKind({ ...newKind, [section.uid]: event.target.value as TFormFieldKind })}
              >
                {FORM_FIELD_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {t(`adminCatalogue.kinds.${kind}`)}
                  </option>
                ))}
              </SelectField>
              <Button
                variant="secondary"
                id={`${section.uid}-add`}
                onClick={() => {
                  const label = t('adminCatalogue.builder.newField', { number: allFields.length + 1 });
                  const added = addField(state, section.uid, newKind[section.uid] ?? 'text', label);
                  change(added.state, `${added.uid}-label-vi`);
                }}
              >
                {t('adminCatalogue.builder.addField')}
              </Button>
            </div>
          </fieldset>
        ))}
        <div className="form-builder__footer">
          <Button variant="secondary" onClick={() => change(addSection(state, t('adminCatalogue.builder.newSection', { number: state.sections.length + 1 })))}>
            {t('adminCatalogue.builder.addSection')}
          </Button>
          <Button onClick={onSave} disabled={save.isPending}>
            {save.isPending ? t('adminCatalogue.saving') : t('adminCatalogue.builder.save')}
          </Button>
        </div>
        <p role="status" aria-live="polite">
          {save.isSuccess && !dirty ? t('adminCatalogue.builder.saved', { version: baseVersion }) : ''}
        </p>
      </div>
      <div className="form-builder__preview">
        <FormPreview definition={preview} />
      </div>
    </div>
  );
}

/** The id of the input an error path is about, for the summary's link. */
function targetOf(state: BuilderState, path: string): string | undefined {
  const match = /^sections\.(\d+)(?:\.fields\.(\d+))?(?:\.(.*))?$/.exec(path);
  if (!match) return undefined;
  const section = state.sections[Number(match[1])];
  if (!section) return undefined;
  if (match[2] === undefined) return `${section.uid}-title-vi`;
  const item = section.fields[Number(match[2])];
  if (!item) return undefined;
  const rest = match[3] ?? '';
  if (rest === 'key') return `${item.uid}-key`;
  if (rest.startsWith('label')) return `${item.uid}-label-${rest.endsWith('en') ? 'en' : 'vi'}`;
  const option = /^options\.(\d+)\.(label|value)/.exec(rest);
  if (option) return `${item.uid}-options-${option[1]}-${option[2] === 'value' ? 'value' : 'label'}`;
  const column = /^columns\.(\d+)\.(label|key|options)/.exec(rest);
  if (column) return `${item.uid}-columns-${column[1]}-${column[2]}`;
  return `${item.uid}-label-vi`;
}

/** "Trường 3 “Độ sâu”" or "Phần 1" for the error summary. */
function describePath(state: BuilderState, path: string, t: (key: 'adminCatalogue.builder.errorAtField' | 'adminCatalogue.builder.errorAtSection', options: Record<string, unknown>) => string): string {
  const match = /^sections\.(\d+)(?:\.fields\.(\d+))?/.exec(path);
  if (!match) return path;
  const s = Number(match[1]);
  if (match[2] === undefined) return t('adminCatalogue.builder.errorAtSection', { number: s + 1 });
  const before = state.sections.slice(0, s).reduce((sum, section) => sum + section.fields.length, 0);
  const item = state.sections[s]?.fields[Number(match[2])];
  return t('adminCatalogue.builder.errorAtField', { number: before + Number(match[2]) + 1, name: item?.field.label.vi ?? '' });
}
