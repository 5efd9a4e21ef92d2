import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLessonProgress } from '../progress/progress-context';

const SETTLE_MS = 800;

/**
 * A private free-text answer, saved on the device as the learner types. The box is named by its
 * prompt alone: a lesson introduces it with its own heading ("Reflect on this"), so the card adds
 * no label of its own for learners to read twice.
 */
export function ConnectedReflection({ id, prompt }: { id: string; prompt: string }) {
  const { t } = useTranslation();
  const fieldId = useId();
  const saved = useLessonProgress((s) => s.reflections[id]?.text ?? '');
  const saveReflection = useLessonProgress((s) => s.saveReflection);
  const [typing, setTyping] = useState(false);

  useEffect(() => {
    if (!typing) return;
    const timer = window.setTimeout(() => setTyping(false), SETTLE_MS);
    return () => window.clearTimeout(timer);
  }, [typing, saved]);

  return (
    <div className="reflection card" data-position={`reflection-${id}`}>
      <label htmlFor={fieldId} className="reflection-prompt">
        {prompt}
      </label>
      <p id={`${fieldId}-hint`} className="reflection-status">
        {t('reflection.hint')}
      </p>
      <textarea
        id={fieldId}
        value={saved}
        aria-describedby={`${fieldId}-hint ${fieldId}-status`}
        onChange={(e) => {
          saveReflection(id, e.target.value);
          setTyping(true);
        }}
      />
      <p id={`${fieldId}-status`} className="reflection-status" role="status">
        {saved && !typing ? `✓ ${t('reflection.saved')}` : ''}
      </p>
    </div>
  );
}
