import { GENDER_LABELS, type TApplicantDraft } from '@portal/domain';
import { useTranslation } from 'react-i18next';

const APPLICANT_FACTS = ['fullName', 'idNumber', 'dateOfBirth', 'gender', 'phone', 'email', 'address'] as const;

/** Người nộp hồ sơ as a definition list (citizen and staff dossier pages); empty facts are left out. */
export function ApplicantFacts({ applicant }: { applicant: TApplicantDraft }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <dl className="facts">
      {APPLICANT_FACTS.map((name) => {
        const raw = applicant[name];
        if (!raw) return null;
        const value =
          name === 'dateOfBirth' ? raw.split('-').reverse().join('/') : name === 'gender' ? GENDER_LABELS[raw as keyof typeof GENDER_LABELS][lang === 'en' ? 'en' : 'vi'] : raw;
        return (
          <div key={name}>
            <dt>{t(`dossiers.applicant.${name}`)}</dt>
            <dd>{value}</dd>
          </div>
        );
      })}
    </dl>
  );
}
