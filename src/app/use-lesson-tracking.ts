import { useEffect } from 'react';
import { useProgress } from '../progress/progress-store';

const FLUSH_EVERY_MS = 15_000;

/**
 * Counts the time the lesson is on screen (paused while the tab is hidden)
 * and remembers the last section the learner reached.
 */
export function useLessonTracking(slug: string, bodyReady: boolean) {
  const addTime = useProgress((s) => s.addTime);
  const setPosition = useProgress((s) => s.setPosition);

  useEffect(() => {
    let since = document.visibilityState === 'visible' ? Date.now() : undefined;
    const flush = () => {
      if (since !== undefined) {
        const now = Date.now();
        addTime(slug, now - since);
        since = now;
      }
    };
    const onVisibility = () => {
      if (document.visibilityState === 'visible') since = Date.now();
      else {
        flush();
        since = undefined;
      }
    };
    const timer = window.setInterval(flush, FLUSH_EVERY_MS);
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', flush);
    return () => {
      flush();
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', flush);
    };
  }, [slug, addTime]);

  useEffect(() => {
    if (!bodyReady || typeof IntersectionObserver === 'undefined') return;
    const marks = Array.from(document.querySelectorAll<HTMLElement>('[data-position]'));
    const observer = new IntersectionObserver(
      (entries) => {
        const seen = entries.filter((e) => e.isIntersecting).map((e) => (e.target as HTMLElement).dataset.position);
        const last = seen[seen.length - 1];
        if (last) setPosition(slug, last);
      },
      { rootMargin: '0px 0px -60% 0px' },
    );
    marks.forEach((m) => observer.observe(m));
    return () => observer.disconnect();
  }, [slug, bodyReady, setPosition]);
}
