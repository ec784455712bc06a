import { ACTION_LABELS, type TStaffActionType, type TStaffDossier } from '@portal/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button.tsx';
import { isStaffAction } from '../action-body.ts';
import { ActionDialog } from './action-dialog.tsx';

export interface ActionPanelProps {
  dossier: TStaffDossier;
  /** An action went through (label in the reader's language) */
  onDone: (label: string) => void;
  /** Someone else acted first */
  onConflict: () => void;
}

/**
 * Xử lý hồ sơ: exactly the actions the API says this user may take now (`allowedActions`,
 * from the lifecycle table), each opening its dialog. The API enforces the same rules;
 * the buttons only spare people a refusal.
 */
export function ActionPanel({ dossier, onDone, onConflict }: ActionPanelProps) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState<TStaffActionType | null>(null);
  const actions = dossier.allowedActions.filter(isStaffAction);
  const label = (action: TStaffActionType) => ACTION_LABELS[action][i18n.language === 'en' ? 'en' : 'vi'];

  return (
    <aside className="action-panel" aria-labelledby="action-panel-heading">
      <h2 id="action-panel-heading" className="action-panel__heading">
        {t('staffDossiers.panel.heading')}
      </h2>
      {actions.length === 0 ? (
        <p>{t('staffDossiers.panel.none')}</p>
      ) : (
        <ul className="action-panel__list">
          {actions.map((action, index) => (
            <li key={action}>
              <Button variant={index === 0 ? 'primary' : 'secondary'} className={action === 'return' ? 'button--danger' : undefined} onClick={() => setOpen(action)}>
                {label(action)}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <ActionDialog
        dossier={dossier}
        action={open}
        onClose={() => setOpen(null)}
        onDone={(action) => {
          setOpen(null);
          onDone(label(action));
        }}
        onConflict={() => {
          setOpen(null);
          onConflict();
        }}
      />
    </aside>
  );
}
