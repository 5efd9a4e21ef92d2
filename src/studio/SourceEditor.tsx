import { useImperativeHandle, useRef, useState, type DragEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { offsetOf, positionAt } from './text-position';

export interface SourceEditorHandle {
  /** Puts the cursor at a line and column, scrolled into view, and focuses the text. */
  goTo(line: number, column: number): void;
}

interface SourceEditorProps {
  ref?: Ref<SourceEditorHandle>;
  id: string;
  label: string;
  value: string;
  onChange: (text: string) => void;
  /** A file dropped on the editor. */
  onDropFile: (file: File) => void;
  describedBy?: string;
  invalid: boolean;
}

/**
 * A plain text area with line numbers beside it: every screen reader and keyboard already knows
 * how to use one. Lines do not wrap, so each number stays beside its line; the place of the
 * cursor is written under it.
 */
export function SourceEditor({ ref, id, label, value, onChange, onDropFile, describedBy, invalid }: SourceEditorProps) {
  const { t } = useTranslation('studio');
  const area = useRef<HTMLTextAreaElement>(null);
  const gutter = useRef<HTMLPreElement>(null);
  const [caret, setCaret] = useState({ line: 1, column: 1 });
  const [dragging, setDragging] = useState(false);
  const lineCount = value.split('\n').length;

  const followCaret = () => {
    const el = area.current;
    if (el) setCaret(positionAt(el.value, el.selectionStart));
  };

  useImperativeHandle(ref, () => ({
    goTo(line, column) {
      const el = area.current;
      if (!el) return;
      const offset = offsetOf(el.value, line, column);
      el.focus();
      el.setSelectionRange(offset, offset);
      const lineHeight = Number.parseFloat(getComputedStyle(el).lineHeight) || 24;
      el.scrollTop = Math.max(0, (line - 1) * lineHeight - el.clientHeight / 3);
      el.scrollLeft = 0;
      setCaret(positionAt(el.value, offset));
      el.scrollIntoView({ block: 'nearest' });
    },
  }));

  const drop = (event: DragEvent) => {
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (!file) return;
    event.preventDefault();
    onDropFile(file);
  };

  return (
    <div className="studio-editor-field">
      <label htmlFor={id} className="studio-editor-label">
        {label}
      </label>
      <div
        className={`studio-editor${dragging ? ' is-dragging' : ''}`}
        onDragOver={(event) => {
          if (!event.dataTransfer.types.includes('Files')) return;
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
      >
        <pre className="studio-gutter" aria-hidden="true" ref={gutter}>
          {Array.from({ length: lineCount }, (_, index) => index + 1).join('\n')}
        </pre>
        <textarea
          id={id}
          ref={area}
          value={value}
          wrap="off"
          spellCheck
          autoCapitalize="off"
          aria-describedby={describedBy}
          aria-invalid={invalid}
          onChange={(event) => {
            onChange(event.target.value);
            followCaret();
          }}
          onSelect={followCaret}
          onScroll={(event) => {
            if (gutter.current) gutter.current.scrollTop = event.currentTarget.scrollTop;
          }}
        />
      </div>
      <p className="studio-caret">{t('editor.position', caret)}</p>
    </div>
  );
}
