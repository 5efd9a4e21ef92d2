import { useEffect } from 'react';
import { useProgress } from '../progress/progress-store';
import { markAtLine, READING_LINE } from './reading-position';

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
    if (!bodyReady) return;
    // Worked out from where the marks are on each scroll (once a frame), not from marks entering
    // or leaving view: a tall quiz never leaves view while the learner scrolls inside it.
    let frame = 0;
    const update = () => {
      frame = 0;
      const marks = Array.from(document.querySelectorAll<HTMLElement>('[data-position]'), (element) => ({
        position: element.dataset.position ?? '',
        top: element.getBoundingClientRect().top,
      }));
      const position = markAtLine(marks, window.innerHeight * READING_LINE);
      if (position && position !== useProgress.getState().lessons[slug]?.position) setPosition(slug, position);
    };
    const onScroll = () => {
      frame ||= requestAnimationFrame(update);
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      window.removeEventListener('scroll', onScroll);
      cancelAnimationFrame(frame);
    };
  }, [slug, bodyReady, setPosition]);
}
