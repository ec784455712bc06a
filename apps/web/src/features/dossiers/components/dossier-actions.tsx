import type { TCitizenDossierAction } from '@portal/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../lib/paths.ts';
import { receiptUrl } from '../api.ts';

export interface ActionTarget {
  id: string;
  code: string | null;
  version: number;
  procedure: { name: string };
  allowedActions: readonly TCitizenDossierAction[];
}

/** Order of the buttons in *Thao tác*: the likely next step first. */
const ORDER: readonly TCitizenDossierAction[] = ['edit', 'submit', 'supplement', 'view-result', 'view', 'history', 'receipt', 'rate', 'delete'];

/**
 * The *Thao tác* buttons the dossier's state allows (the API's `allowedActions`, from the
 * shared rule). Navigation is a link; Xóa, Gửi and Quá trình XL open dialogs owned by the page.
 */
export function DossierActions({
  dossier,
  onDelete,
  onSubmit,
  onHistory,
  exclude = [],
}: {
  dossier: ActionTarget;
  onDelete: (dossier: ActionTarget) => void;
  onSubmit: (dossier: ActionTarget) => void;
  onHistory: (dossier: ActionTarget) => void;
  exclude?: readonly TCitizenDossierAction[];
}) {
  const { t } = useTranslation();
  // Screen readers hear which dossier each "Sửa" is about; the visible label stays short.
  const context = <span className="visually-hidden"> {dossier.code ?? dossier.procedure.name}</span>;
  const label = (action: TCitizenDossierAction) => (
    <>
      {t(`dossiers.actions.${action}`)}
      {context}
    </>
  );
  const actions = ORDER.filter((action) => dossier.allowedActions.includes(action) && !exclude.includes(action));
  return (
    <ul className="row-actions">
      {actions.map((action) => (
        <li key={action}>
          {(() => {
            switch (action) {
              case 'view':
                return <Link to={paths.citizen.dossier(dossier.id)}>{label(action)}</Link>;
              case 'edit':
                return <Link to={paths.citizen.editDossier(dossier.id)}>{label(action)}</Link>;
              case 'supplement':
                return <Link to={paths.citizen.supplementDossier(dossier.id)}>{label(action)}</Link>;
              case 'view-result':
                return <Link to={`${paths.citizen.dossier(dossier.id)}#ket-qua`}>{label(action)}</Link>;
              case 'rate':
                return <Link to={`${paths.citizen.dossier(dossier.id)}#danh-gia`}>{label(action)}</Link>;
              case 'receipt':
                return (
                  <a href={receiptUrl(dossier.id)} download>
                    {label(action)}
                  </a>
                );
              case 'delete':
                return (
                  <button type="button" className="link-button link-button--danger" onClick={() => onDelete(dossier)}>
                    {label(action)}
                  </button>
                );
              case 'submit':
                return (
                  <button type="button" className="link-button" onClick={() => onSubmit(dossier)}>
                    {label(action)}
                  </button>
                );
              case 'history':
                return (
                  <button type="button" className="link-button" onClick={() => onHistory(dossier)}>
                    {label(action)}
                  </button>
                );
            }
          })()}
        </li>
      ))}
    </ul>
  );
}
