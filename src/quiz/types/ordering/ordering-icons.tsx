import { QuizIcon } from '../../icons';

// Only an ordering question moves items: its icons load with its views, not with every lesson.

export const ArrowUpIcon = () => (
  <QuizIcon>
    <path d="M8 13V3M3.5 7.5L8 3l4.5 4.5" />
  </QuizIcon>
);

export const ArrowDownIcon = () => (
  <QuizIcon>
    <path d="M8 3v10M3.5 8.5L8 13l4.5-4.5" />
  </QuizIcon>
);

/** The handle an ordering item is dragged by. */
export const GripIcon = () => (
  <QuizIcon filled>
    <circle cx="5.5" cy="3.5" r="1.3" />
    <circle cx="10.5" cy="3.5" r="1.3" />
    <circle cx="5.5" cy="8" r="1.3" />
    <circle cx="10.5" cy="8" r="1.3" />
    <circle cx="5.5" cy="12.5" r="1.3" />
    <circle cx="10.5" cy="12.5" r="1.3" />
  </QuizIcon>
);
