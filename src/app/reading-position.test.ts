import { markAtLine } from './reading-position';

const marks = [
  { position: 'section-what-it-is', top: -900 },
  { position: 'quiz-l1-check', top: -400 },
  { position: 'reflection-l1', top: 700 },
];

describe('the part of a lesson being read', () => {
  it('is the quiz while its top is above the line and the reflection is still below it', () => {
    expect(markAtLine(marks, 185)).toBe('quiz-l1-check');
  });

  it('moves on to the reflection once its top reaches the line', () => {
    expect(markAtLine(marks.map((m) => ({ ...m, top: m.top - 600 })), 185)).toBe('reflection-l1');
  });

  it('is a mark whose top sits exactly on the line', () => {
    expect(markAtLine([{ position: 'section-a', top: 185 }], 185)).toBe('section-a');
  });

  it('is nothing above the first mark', () => {
    expect(markAtLine([{ position: 'section-a', top: 300 }], 185)).toBeUndefined();
  });
});
