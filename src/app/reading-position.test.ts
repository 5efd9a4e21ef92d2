import { readingPosition, type PositionMark } from './reading-position';

/** A 740 px phone screen: the reading line is at 185 px. */
const HEIGHT = 740;
const page: PositionMark[] = [
  { position: 'section-what-it-is', top: -1400, bottom: -1360 },
  { position: 'section-in-short', top: -900, bottom: -860 },
  { position: 'quiz-l1-check', top: -400, bottom: 600 },
  { position: 'reflection-l1', top: 640, bottom: 1100 },
];
const scrolledBy = (px: number) => page.map((mark) => ({ ...mark, top: mark.top - px, bottom: mark.bottom - px }));

describe('where the learner is in a lesson', () => {
  it('stays the quiz they are answering while it is on screen, even with the reflection in view below it', () => {
    expect(readingPosition(page, 'quiz-l1-check', HEIGHT)).toBe('quiz-l1-check');
    expect(readingPosition(scrolledBy(500), 'quiz-l1-check', HEIGHT)).toBe('quiz-l1-check');
  });

  it('moves on to the mark at the reading line once the saved one has left the screen', () => {
    expect(readingPosition(scrolledBy(620), 'quiz-l1-check', HEIGHT)).toBe('reflection-l1');
    expect(readingPosition(scrolledBy(-1000), 'reflection-l1', HEIGHT)).toBe('section-in-short');
  });

  it('keeps a short section put back at the top of the screen, though the next mark is near', () => {
    const restored: PositionMark[] = [
      { position: 'section-a', top: 0, bottom: 40 },
      { position: 'section-b', top: 120, bottom: 160 },
    ];
    expect(readingPosition(restored, 'section-a', HEIGHT)).toBe('section-a');
  });

  it('is the mark at the reading line when nothing was saved, and nothing above the first mark', () => {
    expect(readingPosition(page, undefined, HEIGHT)).toBe('quiz-l1-check');
    expect(readingPosition([{ position: 'section-a', top: 300, bottom: 340 }], undefined, HEIGHT)).toBeUndefined();
  });
});
