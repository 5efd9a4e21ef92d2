import type { ScenarioSpec } from '../../src/quiz/types/scenario/scenario-spec';

/** A scenario shaped like the build's output: start → owned (2) | blamed (0); owned → express (2) | voucher (1); blamed → late-save (1) | lost (0). */
export const lateDelivery = {
  type: 'scenario',
  id: 'late-delivery',
  title: 'A late delivery',
  steps: [
    {
      id: 'start',
      text: 'Marta writes: where is my chair?',
      end: false,
      options: [
        { id: 'a', label: 'Apologise and own it.', goto: 'owned', points: 2, feedback: 'Good start.' },
        { id: 'b', label: 'Blame the courier.', goto: 'blamed', points: 0, feedback: 'She bought from you.' },
      ],
    },
    {
      id: 'owned',
      text: 'Marta needs it before Monday.',
      end: false,
      options: [
        { id: 'a', label: 'Send it express tomorrow.', goto: 'express', points: 2, feedback: 'This meets her need.' },
        { id: 'b', label: 'Offer a voucher.', goto: 'voucher', points: 1 },
      ],
    },
    {
      id: 'blamed',
      text: 'Marta: I bought from you.',
      end: false,
      options: [
        { id: 'a', label: 'Take responsibility now.', goto: 'late-save', points: 1, feedback: 'Right, but late.' },
        { id: 'b', label: 'Give the courier’s number.', goto: 'lost', points: 0, feedback: 'She gives up on you.' },
      ],
    },
    { id: 'express', text: 'The chair arrives next morning.', end: true, options: [] },
    { id: 'voucher', text: 'She never uses the voucher.', end: true, options: [] },
    { id: 'late-save', text: 'Sorted out, but only after she complained twice.', end: true, options: [] },
    { id: 'lost', text: 'She buys from a competitor.', end: true, options: [] },
  ],
  bestPoints: 4,
  explanation: 'Own the problem first.',
} satisfies ScenarioSpec;
