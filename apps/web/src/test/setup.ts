import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { installVietnameseValidationMessages } from '@portal/domain';
import { i18n, loadLanguage } from '../i18n/index.ts';

// As in main.tsx: zod's own messages in Vietnamese, so tests see what a person sees.
installVietnameseValidationMessages();

// English is a lazy chunk in the app (i18n/index.ts); tests read it at once (getFixedT('en')).
await loadLanguage('en');

// findBy*/waitFor give up after 1 s by default: a busy machine (type checks, other test runs on
// 2 cores) can take longer than that to render a page. Waiting longer never slows a passing test —
// the wait ends as soon as the element appears — it only stops a slow machine from failing.
// Behaviour that depends on time (debounces, autosave) is tested with fake timers, not with this.
configure({ asyncUtilTimeout: 15_000 });

// jsdom has no layout; the router's ScrollRestoration calls this on every navigation.
window.scrollTo = () => {};

afterEach(async () => {
  cleanup();
  // A test that faked the clock leaves real time to the next one.
  vi.useRealTimers();
  localStorage.clear();
  document.cookie.split(';').forEach((cookie) => {
    const name = cookie.split('=')[0]?.trim();
    if (name) document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
  });
  await i18n.changeLanguage('vi');
});
