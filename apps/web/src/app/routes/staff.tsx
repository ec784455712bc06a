import type { RouteObject } from 'react-router';
import { RequireAccount } from '../../features/auth/components/require-account.tsx';
import { AdminLayout } from '../../features/admin/components/admin-layout.tsx';
import { AdminHomePage } from '../../features/admin/pages/admin-home-page.tsx';
import { AuditLogPage } from '../../features/admin-audit/pages/audit-log-page.tsx';
import { AgenciesPage } from '../../features/admin-catalogue/pages/agencies-page.tsx';
import { ProcedureEditPage } from '../../features/admin-catalogue/pages/procedure-edit-page.tsx';
import { ProcedureListPage } from '../../features/admin-catalogue/pages/procedure-list-page.tsx';
import { ProcedureNewPage } from '../../features/admin-catalogue/pages/procedure-new-page.tsx';
import { CalendarPage } from '../../features/admin-calendar/pages/calendar-page.tsx';
import { MailTemplatesPage } from '../../features/admin-mail-templates/pages/mail-templates-page.tsx';
import { AcceptInvitationPage } from '../../features/admin-staff/pages/accept-invitation-page.tsx';
import { StaffAccountsPage } from '../../features/admin-staff/pages/staff-accounts-page.tsx';
import { StaffDossierListPage } from '../../features/staff-dossiers/pages/staff-dossier-list-page.tsx';
import { StaffDossierPage } from '../../features/staff-dossiers/pages/staff-dossier-page.tsx';
import { StaffHomePage } from '../../features/staff-dossiers/pages/staff-home-page.tsx';
import { StaffQuestionsPage } from '../../features/questions/pages/staff-questions-page.tsx';
import { AdminGuideEditPage, AdminGuideNewPage } from '../../features/guides/pages/admin-guide-edit-page.tsx';
import { AdminGuidesPage } from '../../features/guides/pages/admin-guides-page.tsx';
import { AdminLegalDocumentEditPage, AdminLegalDocumentNewPage } from '../../features/legal-documents/pages/admin-legal-document-edit-page.tsx';
import { AdminLegalDocumentsPage } from '../../features/legal-documents/pages/admin-legal-documents-page.tsx';
import { ApiClientPage } from '../../features/admin-api-clients/pages/api-client-page.tsx';
import { ApiClientNewPage } from '../../features/admin-api-clients/pages/api-client-new-page.tsx';
import { ApiClientsPage } from '../../features/admin-api-clients/pages/api-clients-page.tsx';
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
      { path: paths.staff.home, element: <StaffHomePage /> },
      { path: paths.staff.dossiers, element: <StaffDossierListPage /> },
      { path: `${paths.staff.dossiers}/:id`, element: <StaffDossierPage /> },
      // Hỏi đáp: the questions addressed to the agency (features/questions).
      { path: paths.staff.questions, element: <StaffQuestionsPage /> },
      {
        // Administration: agency and system administrators only (AdminLayout shows others a 403 page).
        path: paths.staff.admin.home,
        element: <AdminLayout />,
        children: [
          { index: true, element: <AdminHomePage /> },
          // Catalogue administration: agency tree and fields, procedures (features/admin-catalogue).
          { path: paths.staff.admin.agencies, element: <AgenciesPage /> },
          { path: paths.staff.admin.procedures, element: <ProcedureListPage /> },
          { path: paths.staff.admin.newProcedure, element: <ProcedureNewPage /> },
          { path: `${paths.staff.admin.procedures}/:id`, element: <ProcedureEditPage /> },
          { path: paths.staff.admin.staff, element: <StaffAccountsPage /> },
          { path: paths.staff.admin.calendar, element: <CalendarPage /> },
          { path: paths.staff.admin.mailTemplates, element: <MailTemplatesPage /> },
          { path: paths.staff.admin.audit, element: <AuditLogPage /> },
          // Hướng dẫn: the guide pages and their editor with live preview (features/guides).
          { path: paths.staff.admin.guides, element: <AdminGuidesPage /> },
          { path: paths.staff.admin.newGuide, element: <AdminGuideNewPage /> },
          { path: `${paths.staff.admin.guides}/:id`, element: <AdminGuideEditPage /> },
          // Văn bản pháp luật: the documents and their PDFs (features/legal-documents), system administrators.
          { path: paths.staff.admin.legalDocuments, element: <AdminLegalDocumentsPage /> },
          { path: paths.staff.admin.newLegalDocument, element: <AdminLegalDocumentNewPage /> },
          { path: `${paths.staff.admin.legalDocuments}/:id`, element: <AdminLegalDocumentEditPage /> },
          // Ứng dụng tích hợp: API clients of integrating systems, their secrets (features/admin-api-clients).
          { path: paths.staff.admin.apiClients, element: <ApiClientsPage /> },
          { path: paths.staff.admin.newApiClient, element: <ApiClientNewPage /> },
          { path: `${paths.staff.admin.apiClients}/:id`, element: <ApiClientPage /> },
        ],
      },
    ],
  },
  // The e-mailed invitation link: the invitee has no session yet.
  { path: paths.staff.acceptInvitation, element: <AcceptInvitationPage /> },
];
