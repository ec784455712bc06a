import type { TGuideLocale, TGuideRendered } from '@portal/domain';
import { useEffect, useState } from 'react';
import { previewGuide } from '../api.ts';

export type LivePreview =
  | { status: 'empty' }
  | { status: 'updating' | 'ready' | 'failed'; rendered: TGuideRendered | null; error?: unknown };

/** Pause in typing before the preview is asked for: one request per pause, not per key. */
export const PREVIEW_DELAY_MS = 400;

/**
 * The page as citizens will see it, rendered by the API's own renderer (POST
 * /admin/guides/preview) a moment after the administrator stops typing. The last
 * rendering stays on screen while the next one is on its way; an answer that arrives
 * after newer text was typed is dropped (its request is aborted).
 */
export function useLivePreview(body: string, locale: TGuideLocale, delay = PREVIEW_DELAY_MS): LivePreview {
  const [preview, setPreview] = useState<LivePreview>({ status: 'empty' });
  useEffect(() => {
    if (body.trim() === '') {
      setPreview({ status: 'empty' });
      return;
    }
    setPreview((current) => ({ status: 'updating', rendered: current.status === 'empty' ? null : current.rendered }));
    const controller = new AbortController();
    const timer = setTimeout(() => {
      previewGuide(body, locale, controller.signal).then(
        (rendered) => setPreview({ status: 'ready', rendered }),
        (error: unknown) => {
          if (controller.signal.aborted) return;
          setPreview((current) => ({ status: 'failed', rendered: current.status === 'empty' ? null : current.rendered, error }));
        },
      );
    }, delay);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [body, locale, delay]);
  return preview;
}
