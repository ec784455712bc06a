import type { TFormDefinition } from '@portal/domain';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button.tsx';
import { useCommuneDirectory } from '../../dossiers/editor/use-communes.ts';
import { FormRenderer } from '../../dossiers/form-renderer/form-renderer.tsx';
import { formDataResolver } from '../../dossiers/form-renderer/form-resolver.ts';
import { toInputValues, type TFormInputValues } from '../../dossiers/form-renderer/form-values.ts';

/**
 * The live preview: the form exactly as a citizen will fill it, drawn by the citizen
 * editor's own renderer and checked by the same rules (Kiểm tra thử runs the "send"
 * validation). Redrawn from scratch whenever the definition changes.
 */
export function FormPreview({ definition }: { definition: TFormDefinition | null }) {
  const { t } = useTranslation();
  return (
    <section className="form-preview" aria-labelledby="form-preview-heading">
      <h3 id="form-preview-heading">{t('adminCatalogue.builder.preview')}</h3>
      <p className="form-field__hint">{t('adminCatalogue.builder.previewHint')}</p>
      {definition ? <PreviewForm key={JSON.stringify(definition)} definition={definition} /> : <p>{t('adminCatalogue.builder.previewEmpty')}</p>}
    </section>
  );
}

function PreviewForm({ definition }: { definition: TFormDefinition }) {
  const { t } = useTranslation();
  const communes = useCommuneDirectory();
  const form = useForm<TFormInputValues>({ defaultValues: toInputValues(definition, null), resolver: formDataResolver(definition, () => 'submit') });
  const checked = form.formState.isSubmitted && form.formState.isValid;
  return (
    <form noValidate aria-label={t('adminCatalogue.builder.preview')} onSubmit={form.handleSubmit(() => undefined)} className="form-preview__form">
      <FormRenderer definition={definition} form={form} idPrefix="preview" communes={communes} headingLevel={3} />
      <Button type="submit" variant="secondary">
        {t('adminCatalogue.builder.tryValidation')}
      </Button>
      <p role="status" aria-live="polite">
        {checked ? t('adminCatalogue.builder.previewValid') : ''}
      </p>
    </form>
  );
}
