import { ZRatingRequest, fieldErrorsOf, type TRating } from '@portal/domain';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button.tsx';
import { ErrorMessage } from '../../../components/error-message.tsx';
import { dossierMessage } from '../editor/applicant-values.ts';
import { useRateDossier } from '../mutations.ts';

const SCORES = ['1', '2', '3', '4', '5'] as const;

/** Đánh giá mức độ hài lòng: 1–5 and an optional comment, once per dossier with a result. */
export function RatingForm({ dossierId, rating, canRate }: { dossierId: string; rating: TRating | null; canRate: boolean }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const rate = useRateDossier(dossierId);
  const [score, setScore] = useState('');
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});

  if (rating) {
    const label = t(`dossiers.rating.scores.${String(rating.score) as (typeof SCORES)[number]}`);
    return (
      <div role="status">
        {rate.isSuccess ? <p className="alert alert--success">{t('dossiers.rating.thanks')}</p> : null}
        <p>{t('dossiers.rating.yours', { score: rating.score, label })}</p>
        {rating.comment ? <p className="preserve-lines">{rating.comment}</p> : null}
      </div>
    );
  }
  if (!canRate) return null;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const body = { score: score ? Number(score) : Number.NaN, ...(comment.trim() ? { comment: comment.trim() } : {}) };
    const parsed = ZRatingRequest.safeParse(body);
    if (!parsed.success) {
      setErrors(fieldErrorsOf(parsed.error));
      return;
    }
    setErrors({});
    rate.mutate(parsed.data);
  };
  const scoreError = errors.score ? dossierMessage(errors.score, i18n.language) : undefined;

  return (
    <form noValidate onSubmit={onSubmit} className="rating-form" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('dossiers.rating.heading')}</h3>
      {rate.isError ? <ErrorMessage error={rate.error} /> : null}
      <fieldset className={scoreError ? 'form-group form-group--error' : 'form-group'} aria-describedby={scoreError ? `${id}-score-error` : undefined}>
        <legend className="form-group__legend">{t('dossiers.rating.score')}</legend>
        {scoreError ? (
          <p id={`${id}-score-error`} className="form-field__error" role="alert">
            {scoreError}
          </p>
        ) : null}
        <div className="rating-form__scores">
          {SCORES.map((value) => (
            <div key={value} className="form-field--checkbox">
              <input type="radio" id={`${id}-score-${value}`} name={`${id}-score`} value={value} checked={score === value} onChange={() => setScore(value)} />
              <label htmlFor={`${id}-score-${value}`}>
                {value} – {t(`dossiers.rating.scores.${value}`)}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
      <div className="form-field">
        <label htmlFor={`${id}-comment`}>{t('dossiers.rating.comment')}</label>
        <p id={`${id}-comment-hint`} className="form-field__hint">
          {t('dossiers.rating.commentHint')}
        </p>
        <textarea id={`${id}-comment`} rows={3} maxLength={1000} aria-describedby={`${id}-comment-hint`} value={comment} onChange={(event) => setComment(event.target.value)} />
      </div>
      <Button type="submit" disabled={rate.isPending}>
        {t('dossiers.rating.submit')}
      </Button>
    </form>
  );
}
