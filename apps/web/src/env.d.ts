/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Origin of the API when it is not served from the same origin as the SPA, e.g. https://api.example.gov.vn */
  readonly VITE_API_ORIGIN?: string;
  /** Bundled portal identity (features/portal/defaults.ts): shown when the API cannot answer */
  readonly VITE_PORTAL_NAME?: string;
  readonly VITE_PORTAL_PROVINCE_NAME?: string;
  readonly VITE_PORTAL_AUTHORITY_NAME?: string;
  readonly VITE_PORTAL_ADDRESS?: string;
  readonly VITE_PORTAL_HOTLINE?: string;
  readonly VITE_PORTAL_EMAIL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
