import type { RouteObject } from 'react-router';
import { RequireAccount } from '../../features/auth/components/require-account.tsx';
import { paths } from '../../lib/paths.ts';

/**
 * Staff of the handling agencies (/can-bo/…), separate accounts from citizens;
 * RequireAccount sends anyone else to /can-bo/dang-nhap, which lives in public.tsx.
 */
export const staffRoutes: RouteObject[] = [
  {
    element: <RequireAccount kind="staff" />,
    children: [
      // The staff workspace: inbox views, the agency's dossiers, one dossier with its actions.
      { path: paths.staff.home, lazy: () => import('../../features/staff-dossiers/pages/staff-home-page.tsx').then((m) => ({ Component: m.StaffHomePage })) },
      { path: paths.staff.dossiers, lazy: () => import('../../features/staff-dossiers/pages/staff-dossier-list-page.tsx').then((m) => ({ Component: m.StaffDossierListPage })) },
      { path: `${paths.staff.dossiers}/:id`, lazy: () => import('../../features/staff-dossiers/pages/staff-dossier-page.tsx').then((m) => ({ Component: m.StaffDossierPage })) },
      // Hỏi đáp: the questions addressed to the agency (features/questions).
      { path: paths.staff.questions, lazy: () => import('../../features/questions/pages/staff-questions-page.tsx').then((m) => ({ Component: m.StaffQuestionsPage })) },
      {
        // Administration: agency and system administrators only (AdminLayout shows others a 403 page).
        path: paths.staff.admin.home,
        lazy: () => import('../../features/admin/components/admin-layout.tsx').then((m) => ({ Component: m.AdminLayout })),
        children: [
          { index: true, lazy: () => import('../../features/admin/pages/admin-home-page.tsx').then((m) => ({ Component: m.AdminHomePage })) },
          // Catalogue administration: agency tree and fields, procedures (features/admin-catalogue).
          { path: paths.staff.admin.agencies, lazy: () => import('../../features/admin-catalogue/pages/agencies-page.tsx').then((m) => ({ Component: m.AgenciesPage })) },
          { path: paths.staff.admin.procedures, lazy: () => import('../../features/admin-catalogue/pages/procedure-list-page.tsx').then((m) => ({ Component: m.ProcedureListPage })) },
          { path: paths.staff.admin.newProcedure, lazy: () => import('../../features/admin-catalogue/pages/procedure-new-page.tsx').then((m) => ({ Component: m.ProcedureNewPage })) },
          { path: `${paths.staff.admin.procedures}/:id`, lazy: () => import('../../features/admin-catalogue/pages/procedure-edit-page.tsx').then((m) => ({ Component: m.ProcedureEditPage })) },
          { path: paths.staff.admin.staff, lazy: () => import('../../features/admin-staff/pages/staff-accounts-page.tsx').then((m) => ({ Component: m.StaffAccountsPage })) },
          { path: paths.staff.admin.calendar, lazy: () => import('../../features/admin-calendar/pages/calendar-page.tsx').then((m) => ({ Component: m.CalendarPage })) },
          { path: paths.staff.admin.mailTemplates, lazy: () => import('../../features/admin-mail-templates/pages/mail-templates-page.tsx').then((m) => ({ Component: m.MailTemplatesPage })) },
          { path: paths.staff.admin.audit, lazy: () => import('../../features/admin-audit/pages/audit-log-page.tsx').then((m) => ({ Component: m.AuditLogPage })) },
          // Hướng dẫn: the guide pages and their editor with live preview (features/guides).
          { path: paths.staff.admin.guides, lazy: () => import('../../features/guides/pages/admin-guides-page.tsx').then((m) => ({ Component: m.AdminGuidesPage })) },
          { path: paths.staff.admin.newGuide, lazy: () => import('../../features/guides/pages/admin-guide-edit-page.tsx').then((m) => ({ Component: m.AdminGuideNewPage })) },
          { path: `${paths.staff.admin.guides}/:id`, lazy: () => import('../../features/guides/pages/admin-guide-edit-page.tsx').then((m) => ({ Component: m.AdminGuideEditPage })) },
          // Văn bản pháp luật: the documents and their PDFs (features/legal-documents), system administrators.
          { path: paths.staff.admin.legalDocuments, lazy: () => import('../../features/legal-documents/pages/admin-legal-documents-page.tsx').then((m) => ({ Component: m.AdminLegalDocumentsPage })) },
          { path: paths.staff.admin.newLegalDocument, lazy: () => import('../../features/legal-documents/pages/admin-legal-document-edit-page.tsx').then((m) => ({ Component: m.AdminLegalDocumentNewPage })) },
          { path: `${paths.staff.admin.legalDocuments}/:id`, lazy: () => import('../../features/legal-documents/pages/admin-legal-document-edit-page.tsx').then((m) => ({ Component: m.AdminLegalDocumentEditPage })) },
          // Ứng dụng tích hợp: API clients of integrating systems, their secrets (features/admin-api-clients).
          { path: paths.staff.admin.apiClients, lazy: () => import('../../features/admin-api-clients/pages/api-clients-page.tsx').then((m) => ({ Component: m.ApiClientsPage })) },
          { path: paths.staff.admin.newApiClient, lazy: () => import('../../features/admin-api-clients/pages/api-client-new-page.tsx').then((m) => ({ Component: m.ApiClientNewPage })) },
          { path: `${paths.staff.admin.apiClients}/:id`, lazy: () => import('../../features/admin-api-clients/pages/api-client-page.tsx').then((m) => ({ Component: m.ApiClientPage })) },
        ],
      },
    ],
  },
  // The e-mailed invitation link: the invitee has no session yet.
  { path: paths.staff.acceptInvitation, lazy: () => import('../../features/admin-staff/pages/accept-invitation-page.tsx').then((m) => ({ Component: m.AcceptInvitationPage })) },
];
