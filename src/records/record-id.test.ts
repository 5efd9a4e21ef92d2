import { completed, notStarted } from '../../tests/support/hr-fixtures';
import type { CompletionRecord } from './completion-record-schema';
import { recordIdOf, type RecordContent } from './record-id';

/** Worked out apart from this code: Python's uuid.uuid5 over the canonical JSON of the fixture's identity. */
const PINNED_NOT_STARTED = '23078ca4-edc7-5154-b3cc-bb323fac00d9';

const contentOf = ({ recordId: _id, digest: _digest, ...content }: CompletionRecord): RecordContent => content;

describe('the record id', () => {
  it('is fixed for given content: the same name-based UUID on every machine and in every later version', () => {
    // Pinned: a new value here means every record id ever shown on a certificate would change.
    expect(recordIdOf(contentOf(notStarted()))).toBe(PINNED_NOT_STARTED);
  });

  it('leaves out when the record was made, the app, the language and its titles and labels', () => {
    const record = contentOf(completed());
    const id = recordIdOf(record);
    expect(
      recordIdOf({
        ...record,
        createdAt: '2031-01-01T00:00:00.000Z',
        app: { name: 'another-app', version: '9.0.0' },
        language: 'en',
        course: { ...record.course, title: 'Customer Focus' },
        lessons: record.lessons.map((lesson) => ({ ...lesson, title: `${lesson.title} (en)` })),
        attempts: record.attempts.map((attempt) => ({
          ...attempt,
          answers: attempt.answers.map((answer) => ({ ...answer, chosen: answer.chosen.map(({ id: option }) => ({ id: option, label: 'translated' })) })),
        })),
      }),
    ).toBe(id);
  });

  it('leaves out the reflections, which only some downloads carry', () => {
    const record = contentOf(completed());
    const withReflections = { ...record, reflections: [{ id: 'r', lessonSlug: 'l', prompt: 'p', text: 'private', updatedAt: record.createdAt }] };
    expect(recordIdOf(withReflections)).toBe(recordIdOf(record));
  });

  it('covers the learner, the course version, the status, each lesson and each answer', () => {
    const record = contentOf(completed());
    const id = recordIdOf(record);
    const changed: RecordContent[] = [
      { ...record, learner: { ...record.learner, employeeId: `${record.learner.employeeId}0` } },
      { ...record, learner: { ...record.learner, email: 'someone@example.com' } },
      { ...record, course: { ...record.course, version: '9.0.0' } },
      { ...record, status: 'in-progress' },
      { ...record, lessons: record.lessons.map((lesson, i) => (i === 0 ? { ...lesson, timeSpentSeconds: lesson.timeSpentSeconds + 1 } : lesson)) },
      {
        ...record,
        attempts: record.attempts.map((attempt, i) =>
          i === 0 ? { ...attempt, answers: attempt.answers.map((answer, j) => (j === 0 ? { ...answer, chosen: [{ id: 'z' }] } : answer)) } : attempt,
        ),
      },
    ];
    for (const other of changed) expect(recordIdOf(other)).not.toBe(id);
  });
});
