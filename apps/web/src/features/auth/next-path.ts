/** Where to go after signing in: only a path of this site (no //evil.example, no javascript:). */
export function safeNextPath(value: string | null): string | null {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return null;
  return value;
}

/** The token of an e-mailed link: `#token=…` (kept out of server logs), or `?token=…`. */
export function tokenFromLocation(location: { hash: string; search: string }): string | null {
  const fromHash = new URLSearchParams(location.hash.replace(/^#/, '')).get('token');
  return fromHash || new URLSearchParams(location.search).get('token');
}
