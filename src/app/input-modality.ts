/** Keys that only change another key: holding Shift or Ctrl to click says nothing about how the learner moves. */
const MODIFIER_KEYS = new Set(['Shift', 'Control', 'Alt', 'Meta', 'AltGraph', 'CapsLock', 'Fn', 'OS']);

/**
 * Keeps `data-input` on the root element up to date with how the learner last acted: `keyboard`
 * after a key press (not a shortcut), `pointer` after a mouse, pen or touch press; absent before
 * either. The focus the app moves itself (headings with tabindex=-1) is outlined only under
 * `keyboard` (theme.css), whatever the browser's own :focus-visible guess. Returns the cleanup.
 */
export function trackInputModality(doc: Document = document): () => void {
  const root = doc.documentElement;
  const onKey = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey || MODIFIER_KEYS.has(event.key)) return;
    root.dataset.input = 'keyboard';
  };
  const onPointer = () => {
    root.dataset.input = 'pointer';
  };
  // Capture phase: a handler that stops the event still leaves the modality right.
  doc.addEventListener('keydown', onKey, true);
  doc.addEventListener('pointerdown', onPointer, true);
  return () => {
    doc.removeEventListener('keydown', onKey, true);
    doc.removeEventListener('pointerdown', onPointer, true);
  };
}
