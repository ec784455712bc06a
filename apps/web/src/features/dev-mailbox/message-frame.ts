/**
 * The message's HTML for a sandboxed iframe (no scripts, no same-origin access): links
 * open in the top window so the e-mailed links work as in a mail client.
 */
export function messageDocument(html: string): string {
  const base = '<base target="_top">';
  if (/<head[^>]*>/i.test(html)) return html.replace(/<head([^>]*)>/i, `<head$1>${base}`);
  return `<!doctype html><html><head><meta charset="utf-8">${base}</head><body>${html}</body></html>`;
}
