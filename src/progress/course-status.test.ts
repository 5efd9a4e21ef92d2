import { attempt, at, completedProgress, lessons, lesson, quiz } from '../../tests/support/small-course';
import { emptyProgress, type ProgressState } from './progress-schema';
import { certificateState, courseStatus } from './course-status';

const specs = lessons();
const final = specs[2]!.quizzes[0]!;

describe('the course status', () => {
  it('is not started on a fresh device', () => {
    expect(courseStatus(emptyProgress(), specs, 80)).toEqual({
      status: 'not-started',
      passed: false,
      remainingLessons: ['one', 'two'],
      assessment: { slug: 'final', passMark: 80, attempts: 0, finishedAttempts: 0, passed: false },
    });
  });

  it('is in progress once a lesson is opened', () => {
    const state: ProgressState = { ...emptyProgress(), lessons: { one: { startedAt: at(3), timeSpentMs: 0, lastVisitedAt: at(3) } } };
    expect(courseStatus(state, specs, 80)).toMatchObject({ status: 'in-progress', remainingLessons: ['one', 'two'] });
  });

  it('is completed when every lesson is completed and a finished assessment attempt reaches the pass mark', () => {
    expect(courseStatus(completedProgress(), specs, 80)).toMatchObject({
      status: 'completed',
      completedAt: at(12, 10),
      finalScore: 80,
      passed: true,
      remainingLessons: [],
      assessment: { attempts: 2, finishedAttempts: 2, bestScore: 80, passed: true, passedAt: at(12, 10) },
    });
  });

  it('is not completed while the assessment is below the pass mark, and says so', () => {
    const state = completedProgress();
    state.quizzes['q-final'] = { attempts: [attempt(final, 'final', 3, 10)] };
    expect(courseStatus(state, specs, 80)).toMatchObject({ status: 'in-progress', passed: false, finalScore: 60, assessment: { passed: false, bestScore: 60 } });
  });

  it('does not count an unfinished assessment attempt, however well it is going', () => {
    const state = completedProgress();
    state.quizzes['q-final'] = { attempts: [attempt(final, 'final', 5, 10, { finished: false })] };
    expect(courseStatus(state, specs, 80).status).toBe('in-progress');
  });

  it('is not completed while a lesson is left, even with the assessment passed', () => {
    const state = completedProgress();
    delete state.lessons.two!.completedAt;
    expect(courseStatus(state, specs, 80)).toMatchObject({ status: 'in-progress', remainingLessons: ['two'] });
  });

  it('uses the assessment quiz’s own pass mark over the course’s', () => {
    const strict = [specs[0]!, specs[1]!, { ...specs[2]!, quizzes: [{ ...final, passMark: 90 }] }];
    expect(courseStatus(completedProgress(), strict, 80)).toMatchObject({ status: 'in-progress', assessment: { passMark: 90, passed: false } });
  });

  it('dates completion when the last requirement was met', () => {
    const state = completedProgress();
    state.lessons.two!.completedAt = at(20);
    expect(courseStatus(state, specs, 80).completedAt).toBe(at(20));
  });

  it('completes a course without an assessment when every lesson is completed, scoring all its quizzes', () => {
    const noAssessment = specs.slice(0, 2);
    const state = completedProgress();
    state.quizzes['q-two'] = { attempts: [attempt(specs[1]!.quizzes[0]!, 'two', 0, 4)] };
    expect(courseStatus(state, noAssessment, 80)).toEqual({
      status: 'completed',
      completedAt: at(4, 11),
      finalScore: 67,
      remainingLessons: [],
    });
  });

  it('counts an assessment with no questions as passed once the learner finishes it', () => {
    const bare = [lesson('only'), lesson('exam', { kind: 'assessment' })];
    const state: ProgressState = {
      ...emptyProgress(),
      lessons: {
        only: { startedAt: at(1), completedAt: at(1), timeSpentMs: 0, lastVisitedAt: at(1) },
        exam: { startedAt: at(2), completedAt: at(2), timeSpentMs: 0, lastVisitedAt: at(2) },
      },
    };
    expect(courseStatus(state, bare, 80)).toMatchObject({ status: 'completed', completedAt: at(2), passed: true });
  });

  it('is never completed for a course with no lessons', () => {
    expect(courseStatus(emptyProgress(), [], 80).status).toBe('not-started');
  });

  it('needs every quiz of a two-quiz assessment passed', () => {
    const two = [{ ...specs[2]!, quizzes: [final, quiz('q-extra', 1)] }];
    const state = completedProgress();
    expect(courseStatus(state, two, 80).passed).toBe(false);
    state.quizzes['q-extra'] = { attempts: [attempt(quiz('q-extra', 1), 'final', 1, 14)] };
    expect(courseStatus(state, two, 80)).toMatchObject({ passed: true, completedAt: at(14, 10) });
  });
});

describe('the certificate', () => {
  it('is locked until the course is complete, whether or not the learner gave their details', () => {
    expect(certificateState(courseStatus(emptyProgress(), specs, 80), true)).toBe('locked');
    expect(certificateState(courseStatus(emptyProgress(), specs, 80), false)).toBe('locked');
  });

  it('needs the learner’s details once the course is complete, never "locked" again', () => {
    expect(certificateState(courseStatus(completedProgress(), specs, 80), false)).toBe('needs-details');
  });

  it('is ready once the course is complete and the details are given', () => {
    expect(certificateState(courseStatus(completedProgress(), specs, 80), true)).toBe('ready');
  });
});
