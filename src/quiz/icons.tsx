import type { ReactNode } from 'react';

/** Decorative marks: the words beside them carry the meaning. */
const svgProps = {
  'aria-hidden': true,
  focusable: false,
  viewBox: '0 0 16 16',
  width: '1em',
  height: '1em',
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 2,
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
} as const;

/** A 16-unit quiz icon drawn with strokes, or filled shapes (`filled`). */
export function QuizIcon({ filled = false, children }: { filled?: boolean; children: ReactNode }) {
  return (
    <svg {...svgProps} className="quiz-icon" {...(filled ? { fill: 'currentColor', stroke: 'none' } : {})}>
      {children}
    </svg>
  );
}

export const CheckIcon = () => (
  <QuizIcon>
    <path d="M3 8.5l3.2 3.2L13 4.8" />
  </QuizIcon>
);

export const CrossIcon = () => (
  <QuizIcon>
    <path d="M4 4l8 8M12 4l-8 8" />
  </QuizIcon>
);

/** A correct choice the learner left out. */
export const MissedIcon = () => (
  <QuizIcon>
    <circle cx="8" cy="8" r="6" />
    <path d="M8 4.8v3.6M8 11.2v.01" />
  </QuizIcon>
);
