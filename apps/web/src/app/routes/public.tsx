import type { RouteObject } from 'react-router';
import { OnlineServicesPage, ProcedureListPage } from '../../features/catalogue/pages/procedure-list-page.tsx';
import { ProcedurePage } from '../../features/catalogue/pages/procedure-page.tsx';
import { HomePage } from '../../features/home/pages/home-page.tsx';
import { ConfirmEmailPage } from '../../features/account/pages/confirm-email-page.tsx';
import { ActivationPage } from '../../features/auth/pages/activation-page.tsx';
import { ForgotPasswordPage } from '../../features/auth/pages/forgot-password-page.tsx';
import { LoginPage } from '../../features/auth/pages/login-page.tsx';
import { RegisterPage } from '../../features/auth/pages/register-page.tsx';
import { ResetPasswordPage } from '../../features/auth/pages/reset-password-page.tsx';
import { MailboxPage } from '../../features/dev-mailbox/pages/mailbox-page.tsx';
import { GuestConfirmPage } from '../../features/guest-dossiers/pages/guest-confirm-page.tsx';
import { GuestDossierPage } from '../../features/guest-dossiers/pages/guest-dossier-page.tsx';
import { QuestionPage } from '../../features/questions/pages/question-page.tsx';
import { QuestionsPage } from '../../features/questions/pages/questions-page.tsx';
import { LookupPage } from '../../features/lookup/pages/lookup-page.tsx';
import { StatsPage } from '../../features/stats/pages/stats-page.tsx';
import { GuidePage } from '../../features/guides/pages/guide-page.tsx';
import { GuidesPage } from '../../features/guides/pages/guides-page.tsx';
import { LegalDocumentPage } from '../../features/legal-documents/pages/legal-document-page.tsx';
import { LegalDocumentsPage } from '../../features/legal-documents/pages/legal-documents-page.tsx';
import { paths } from '../../lib/paths.ts';

/** Anyone, signed in or not. */
export const publicRoutes: RouteObject[] = [
  { index: true, element: <HomePage /> },
  { path: paths.procedures, element: <ProcedureListPage /> },
  { path: `${paths.procedures}/:idOrCode`, element: <ProcedurePage /> },
  { path: paths.onlineServices, element: <OnlineServicesPage /> },
  // Planned pages: real frame and title, no sample data.
  { path: paths.lookup, element: <LookupPage /> },
  { path: paths.stats, element: <StatsPage /> },
  { path: paths.guides, element: <GuidesPage /> },
  { path: `${paths.guides}/:slug`, element: <GuidePage /> },
  { path: paths.qa, element: <QuestionsPage /> },
  { path: `${paths.qa}/:id`, element: <QuestionPage /> },
  { path: paths.legalDocs, element: <LegalDocumentsPage /> },
  { path: `${paths.legalDocs}/:id`, element: <LegalDocumentPage /> },
  // Accounts
  { path: paths.login, element: <LoginPage /> },
  { path: paths.register, element: <RegisterPage /> },
  { path: paths.staffLogin, element: <LoginPage entry="staff" /> },
  { path: paths.activate, element: <ActivationPage /> },
  { path: paths.forgotPassword, element: <ForgotPasswordPage /> },
  { path: paths.resetPassword, element: <ResetPasswordPage /> },
  { path: paths.confirmEmail, element: <ConfirmEmailPage /> },
  // Dossiers without an account (seed 004) and the e-mailed confirmation link
  { path: '/nop-ho-so-khong-tai-khoan/:idOrCode', element: <GuestDossierPage /> },
  { path: paths.guestConfirm, element: <GuestConfirmPage /> },
  // Development mailbox: the page says so when the server does not run one (production).
  { path: paths.devMailbox, element: <MailboxPage /> },
];
