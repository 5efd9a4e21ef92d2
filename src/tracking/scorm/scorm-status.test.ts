import type { CourseStatus } from '../../progress/course-status';
import { completionStatus2004, lessonStatus12, successStatus2004 } from './scorm-status';

const assessment = (passed: boolean, finishedAttempts: number) => ({ slug: 'final', passMark: 80, attempts: finishedAttempts, finishedAttempts, passed });
const status = (extra: Partial<CourseStatus>): CourseStatus => ({ status: 'in-progress', remainingLessons: [], ...extra });

describe('SCORM status from the course status', () => {
  it('says passed in 1.2 once the course is complete with its assessment passed, completed without an assessment', () => {
    expect(lessonStatus12(status({ status: 'completed', passed: true, assessment: assessment(true, 1) }))).toBe('passed');
    expect(lessonStatus12(status({ status: 'completed' }))).toBe('completed');
  });

  it('says failed in 1.2 only when every lesson is done and the assessment was finished below the mark', () => {
    expect(lessonStatus12(status({ passed: false, assessment: assessment(false, 2) }))).toBe('failed');
    expect(lessonStatus12(status({ passed: false, assessment: assessment(false, 2), remainingLessons: ['habits'] }))).toBe('incomplete');
    expect(lessonStatus12(status({ passed: false, assessment: assessment(false, 0) }))).toBe('incomplete');
  });

  it('keeps 1.2 incomplete while lessons remain, even with the assessment passed', () => {
    expect(lessonStatus12(status({ passed: true, assessment: assessment(true, 1), remainingLessons: ['habits'] }))).toBe('incomplete');
  });

  it('tells 2004 completion and success apart', () => {
    const passedEarly = status({ passed: true, assessment: assessment(true, 1), remainingLessons: ['habits'] });
    expect(completionStatus2004(passedEarly)).toBe('incomplete');
    expect(successStatus2004(passedEarly)).toBe('passed');
    expect(successStatus2004(status({ assessment: assessment(false, 1) }))).toBe('failed');
    expect(successStatus2004(status({ assessment: assessment(false, 0) }))).toBe('unknown');
    expect(successStatus2004(status({}))).toBe('unknown');
  });
});
