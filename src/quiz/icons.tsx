/** Decorative marks: the words beside them carry the meaning. */
export const svgProps = {
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

export function CheckIcon() {
  return (
    <svg {...svgProps} className="quiz-icon">
      <path d="M3 8.5l3.2 3.2L13 4.8" />
    </svg>
  );
}

export function CrossIcon() {
  return (
    <svg {...svgProps} className="quiz-icon">
      <path d="M4 4l8 8M12 4l-8 8" />
    </svg>
  );
}

/** A correct choice the learner left out. */
export function MissedIcon() {
  return (
    <svg {...svgProps} className="quiz-icon">
      <circle cx="8" cy="8" r="6" />
      <path d="M8 4.8v3.6M8 11.2v.01" />
    </svg>
  );
}
