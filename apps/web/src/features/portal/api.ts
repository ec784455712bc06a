import { ZPortalInfo } from '@portal/domain';
import { apiGet } from '../../lib/api-client.ts';

export { ZPortalInfo, type TPortalInfo } from '@portal/domain';

/** `GET /api/v1/portal`: who runs this installation (header and footer). */
export const fetchPortalInfo = (signal?: AbortSignal) => apiGet('/api/v1/portal', ZPortalInfo, { signal });
