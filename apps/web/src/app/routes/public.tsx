import type { RouteObject } from 'react-router';
import { paths } from '../../lib/paths.ts';

/** Anyone, signed in or not. */
export const publicRoutes: RouteObject[] = [
  { index: true, lazy: () => import('../../features/home/pages/home-page.tsx').then((m) => ({ Component: m.HomePage })) },
  { path: paths.procedures, lazy: () => import('../../features/catalogue/pages/procedure-list-page.tsx').then((m) => ({ Component: m.ProcedureListPage })) },
  { path: `${paths.procedures}/:idOrCode`, lazy: () => import('../../features/catalogue/pages/procedure-page.tsx').then((m) => ({ Component: m.ProcedurePage })) },
  { path: paths.onlineServices, lazy: () => import('../../features/catalogue/pages/procedure-list-page.tsx').then((m) => ({ Component: m.OnlineServicesPage })) },
  // Planned pages: real frame and title, no sample data.
  { path: paths.lookup, lazy: () => import('../../features/lookup/pages/lookup-page.tsx').then((m) => ({ Component: m.LookupPage })) },
  { path: paths.stats, lazy: () => import('../../features/stats/pages/stats-page.tsx').then((m) => ({ Component: m.StatsPage })) },
  { path: paths.guides, lazy: () => import('../../features/guides/pages/guides-page.tsx').then((m) => ({ Component: m.GuidesPage })) },
  { path: `${paths.guides}/:slug`, lazy: () => import('../../features/guides/pages/guide-page.tsx').then((m) => ({ Component: m.GuidePage })) },
  { path: paths.qa, lazy: () => import('../../features/questions/pages/questions-page.tsx').then((m) => ({ Component: m.QuestionsPage })) },
  { path: `${paths.qa}/:id`, lazy: () => import('../../features/questions/pages/question-page.tsx').then((m) => ({ Component: m.QuestionPage })) },
  { path: paths.legalDocs, lazy: () => import('../../features/legal-documents/pages/legal-documents-page.tsx').then((m) => ({ Component: m.LegalDocumentsPage })) },
  { path: `${paths.legalDocs}/:id`, lazy: () => import('../../features/legal-documents/pages/legal-document-page.tsx').then((m) => ({ Component: m.LegalDocumentPage })) },
  // Accounts
  { path: paths.login, lazy: () => import('../../features/auth/pages/login-page.tsx').then((m) => ({ Component: m.LoginPage })) },
  { path: paths.register, lazy: () => import('../../features/auth/pages/register-page.tsx').then((m) => ({ Component: m.RegisterPage })) },
  { path: paths.staffLogin, lazy: () => import('../../features/auth/pages/login-page.tsx').then((m) => ({ element: <m.LoginPage entry="staff" /> })) },
  { path: paths.activate, lazy: () => import('../../features/auth/pages/activation-page.tsx').then((m) => ({ Component: m.ActivationPage })) },
  { path: paths.forgotPassword, lazy: () => import('../../features/auth/pages/forgot-password-page.tsx').then((m) => ({ Component: m.ForgotPasswordPage })) },
  { path: paths.resetPassword, lazy: () => import('../../features/auth/pages/reset-password-page.tsx').then((m) => ({ Component: m.ResetPasswordPage })) },
  { path: paths.confirmEmail, lazy: () => import('../../features/account/pages/confirm-email-page.tsx').then((m) => ({ Component: m.ConfirmEmailPage })) },
  // Dossiers without an account (seed 004) and the e-mailed confirmation link
  { path: '/nop-ho-so-khong-tai-khoan/:idOrCode', lazy: () => import('../../features/guest-dossiers/pages/guest-dossier-page.tsx').then((m) => ({ Component: m.GuestDossierPage })) },
  { path: paths.guestConfirm, lazy: () => import('../../features/guest-dossiers/pages/guest-confirm-page.tsx').then((m) => ({ Component: m.GuestConfirmPage })) },
  // Development mailbox: the page says so when the server does not run one (production).
  { path: paths.devMailbox, lazy: () => import('../../features/dev-mailbox/pages/mailbox-page.tsx').then((m) => ({ Component: m.MailboxPage })) },
];
