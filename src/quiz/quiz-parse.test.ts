import { authored, choice } from '../../tests/support/authored';
import { parseQuiz } from './quiz-parse';

const single = (id: string) => authored('SingleChoice', { id }, [choice('A', { correct: true }), choice('B')], 'Prompt?', 5);
const multiple = (id: string) => authored('MultipleChoice', { id }, [choice('A', { correct: true }), choice('B')], 'Prompt?', 9);
const quiz = (attrs: Record<string, string | number | boolean>, children = [single('q1'), multiple('q2')]) =>
  authored('Quiz', { id: 'l1-check', ...attrs }, children, '', 2);
const messages = (result: ReturnType<typeof parseQuiz>) => (result.ok ? [] : result.issues.map((i) => i.message));

describe('parseQuiz', () => {
  it('builds a quiz spec with its questions, options and defaults', () => {
    const result = parseQuiz(quiz({ title: 'Check', draw: 2, shuffle: true, passMark: 80 }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.spec).toMatchObject({ id: 'l1-check', title: 'Check', draw: 2, shuffle: true, passMark: 80 });
    expect(result.spec.questions.map((q) => [q.id, q.type])).toEqual([
      ['q1', 'single-choice'],
      ['q2', 'multiple-choice'],
    ]);
    expect(parseQuiz(quiz({})).ok && parseQuiz(quiz({}))).toMatchObject({ spec: { shuffle: false } });
  });

  it('shows answers unless revealAnswers={false} turns them off', () => {
    expect(parseQuiz(quiz({}))).toMatchObject({ ok: true, spec: expect.not.objectContaining({ revealAnswers: expect.anything() as unknown }) as unknown });
    expect(parseQuiz(quiz({ revealAnswers: true }))).toMatchObject({ ok: true, spec: expect.not.objectContaining({ revealAnswers: expect.anything() as unknown }) as unknown });
    expect(parseQuiz(quiz({ revealAnswers: false }))).toMatchObject({ ok: true, spec: { revealAnswers: false } });
  });

  it('rejects revealAnswers written in quotes, saying how to turn it off', () => {
    expect(messages(parseQuiz(quiz({ revealAnswers: 'false' })))).toEqual([
      expect.stringMatching(/<Quiz> attribute "revealAnswers": write it on its own, with no value: revealAnswers \(or revealAnswers=\{false\} to turn it off\)/),
    ]);
  });

  it('rejects a quiz with no question', () => {
    const result = parseQuiz(quiz({}, []));
    expect(messages(result)).toEqual([expect.stringMatching(/<Quiz> has no question: add at least one/)]);
    if (!result.ok) expect(result.issues[0]?.position.line).toBe(2);
  });

  it('rejects a draw larger than its questions, saying what to lower it to', () => {
    expect(messages(parseQuiz(quiz({ draw: 3 })))).toEqual([expect.stringMatching(/draws 3 questions but holds only 2: lower draw to 2/)]);
  });

  it('rejects a draw of zero', () => {
    expect(messages(parseQuiz(quiz({ draw: 0 })))).toEqual([expect.stringMatching(/draw must be at least 1/)]);
  });

  it('rejects an unknown attribute and a pass mark over 100', () => {
    expect(messages(parseQuiz(quiz({ shufle: true, passMark: 120 })))).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/<Quiz> has an unknown attribute "shufle"/),
        expect.stringMatching(/passMark is a percentage/),
      ]),
    );
  });

  it('passes on the issues of an invalid question', () => {
    const broken = authored('SingleChoice', { id: 'q3' }, [choice('A'), choice('B')], 'Prompt?', 14);
    const result = parseQuiz(quiz({}, [single('q1'), broken]));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues).toEqual([{ position: { line: 14, column: 1 }, message: expect.stringMatching(/no correct choice/) as string }]);
  });

  it('rejects a non-question child and a nested Quiz', () => {
    expect(messages(parseQuiz(quiz({}, [single('q1'), authored('Fact'), authored('Quiz', { id: 'inner' })])))).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/<Fact> cannot be used directly inside <Quiz>/),
        expect.stringMatching(/cannot hold another <Quiz>/),
      ]),
    );
  });
});
