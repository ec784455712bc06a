import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { installVietnameseValidationMessages } from '@portal/domain';
import { AppProviders } from './app/providers.tsx';
import { createQueryClient } from './app/query-client.ts';
import { createAppRouter } from './app/router.tsx';
import { embeddedPortalInfo } from './features/portal/queries.ts';
import './i18n/index.ts';
import './styles/index.css';

// zod's own messages in Vietnamese, as in the API; fieldMessage() gives English readers theirs.
installVietnameseValidationMessages();

// The portal's identity that came with the HTML, read before the first render (no wait for GET /api/v1/portal).
embeddedPortalInfo();

const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from index.html');

createRoot(container).render(
  <StrictMode>
    <AppProviders queryClient={createQueryClient()}>
      <RouterProvider router={createAppRouter()} />
    </AppProviders>
  </StrictMode>,
);
