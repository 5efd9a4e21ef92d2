import { useEffect } from 'react';
import { useProgress } from '../progress/progress-store';
import { readingPosition } from './reading-position';

const FLUSH_EVERY_MS = 15_000;

/**
 * Counts the time the lesson is on screen (paused while the tab is hidden)
 * and remembers where in the lesson the learner is, for a reload to come back to.
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
    const save = (position: string | undefined) => {
      if (position && position !== useProgress.getState().lessons[slug]?.position) setPosition(slug, position);
    };
    // The learner is where they act: a tap, a click or focus inside a mark (answering a quiz,
    // writing a reflection), whatever the scroll.
    const onAct = (event: Event) => {
      const mark = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-position]') : null;
      save(mark?.dataset.position);
    };
    // Otherwise, where the marks are after each scroll (once a frame).
    let frame = 0;
    const update = () => {
      frame = 0;
      const marks = Array.from(document.querySelectorAll<HTMLElement>('[data-position]'), (element) => {
        const { top, bottom } = element.getBoundingClientRect();
        return { position: element.dataset.position ?? '', top, bottom };
      });
      save(readingPosition(marks, useProgress.getState().lessons[slug]?.position, window.innerHeight));
    };
    const onScroll = () => {
      frame ||= requestAnimationFrame(update);
    };
    document.addEventListener('pointerdown', onAct, true);
    document.addEventListener('focusin', onAct);
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      document.removeEventListener('pointerdown', onAct, true);
      document.removeEventListener('focusin', onAct);
      window.removeEventListener('scroll', onScroll);
      cancelAnimationFrame(frame);
    };
  }, [slug, bodyReady, setPosition]);
}
