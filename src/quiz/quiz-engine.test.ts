import { scoreAttempt } from './attempt-score';
import { choiceOrder, drawQuestions, quizResult, verdictOf, type CheckedAnswer } from './quiz-engine';
import { scoreQuestion } from './score-question';
import { behavioursQuestion, checkQuiz, johnQuestion, quizOf } from '../../tests/support/quiz-fixtures';
import { questionAnswers } from './question-answers';

const authored = (count: number) => Array.from({ length: count }, (_, i) => `q${i + 1}`);
const seeds = Array.from({ length: 20 }, (_, i) => i * 7919 + 1);

describe('drawQuestions', () => {
  it('returns every question in authored order with neither draw nor shuffle', () => {
    for (const seed of seeds) expect(drawQuestions(quizOf(5), seed)).toEqual(authored(5));
  });

  it('shuffles every question with shuffle, the same way for the same seed', () => {
    const quiz = quizOf(8, { shuffle: true });
    const first = drawQuestions(quiz, 3);
    expect(drawQuestions(quiz, 3)).toEqual(first);
    expect([...first].sort()).toEqual([...authored(8)].sort());
    const orders = new Set(seeds.map((seed) => drawQuestions(quiz, seed).join()));
    expect(orders.size).toBeGreaterThan(1);
  });

  it('draws n questions in authored relative order with draw but no shuffle', () => {
    const quiz = quizOf(8, { draw: 3 });
    const picks = new Set<string>();
    for (const seed of seeds) {
      const drawn = drawQuestions(quiz, seed);
      expect(drawn).toHaveLength(3);
      expect(drawn).toEqual(authored(8).filter((id) => drawn.includes(id)));
      picks.add(drawn.join());
    }
    expect(picks.size).toBeGreaterThan(1);
  });

  it('draws n distinct questions in shuffled order with draw and shuffle', () => {
    const quiz = quizOf(8, { draw: 4, shuffle: true });
    const drawn = seeds.map((seed) => drawQuestions(quiz, seed));
    for (const ids of drawn) {
      expect(ids).toHaveLength(4);
      expect(new Set(ids).size).toBe(4);
      ids.forEach((id) => expect(authored(8)).toContain(id));
    }
    const isAuthoredOrder = (ids: string[]) => ids.join() === authored(8).filter((id) => ids.includes(id)).join();
    expect(drawn.some((ids) => !isAuthoredOrder(ids))).toBe(true);
  });
});

describe('choiceOrder', () => {
  it('keeps authored order when the question is fixed', () => {
    for (const seed of seeds) expect(choiceOrder(behavioursQuestion, seed)).toEqual(['a', 'b', 'c']);
  });

  it('shuffles the same way for the same seed and question, and differs across seeds', () => {
    expect(choiceOrder(johnQuestion, 11)).toEqual(choiceOrder(johnQuestion, 11));
    expect([...choiceOrder(johnQuestion, 11)].sort()).toEqual(['a', 'b', 'c']);
    expect(new Set(seeds.map((seed) => choiceOrder(johnQuestion, seed).join())).size).toBeGreaterThan(1);
  });

  it('keys the shuffle by question id, so two questions in one attempt are shuffled independently', () => {
    const many = (id: string) => ({ id, fixed: false, choices: 'abcdefgh'.split('').map((c) => ({ id: c })) });
    expect(choiceOrder(many('x'), 5)).not.toEqual(choiceOrder(many('y'), 5));
  });
});

describe('scoreQuestion', () => {
  it('dispatches to the single-choice scorer', () => {
    expect(scoreQuestion(johnQuestion, { type: 'single-choice', selected: 'b' }, questionAnswers)).toEqual({ type: 'points', earned: 1, total: 1 });
    expect(scoreQuestion(johnQuestion, { type: 'single-choice', selected: 'a' }, questionAnswers)).toEqual({ type: 'points', earned: 0, total: 1 });
  });

  it('dispatches to the multiple-choice scorer', () => {
    expect(scoreQuestion(behavioursQuestion, { type: 'multiple-choice', selected: ['a', 'b'] }, questionAnswers)).toEqual({
      type: 'points',
      earned: 1,
      total: 1,
    });
  });

  it('returns invalid empty for no input or input of another question type', () => {
    expect(scoreQuestion(johnQuestion, undefined, questionAnswers)).toEqual({ type: 'invalid', code: 'empty' });
    expect(scoreQuestion(johnQuestion, { type: 'multiple-choice', selected: ['b'] }, questionAnswers)).toEqual({ type: 'invalid', code: 'empty' });
  });

  it('scores with the types a page loaded, and names the type it lacks', () => {
    const choiceOnly = { 'single-choice': questionAnswers['single-choice'] };
    expect(scoreQuestion(johnQuestion, { type: 'single-choice', selected: 'b' }, choiceOnly)).toEqual({ type: 'points', earned: 1, total: 1 });
    expect(() => scoreQuestion(behavioursQuestion, { type: 'multiple-choice', selected: ['a'] }, choiceOnly)).toThrow(/no view for "multiple-choice" questions/);
  });
});

describe('scoreAttempt and quizResult: every question weighs the same', () => {
  const right: CheckedAnswer = { input: { type: 'single-choice', selected: 'a' }, earned: 1, total: 1 };
  const wrong: CheckedAnswer = { input: { type: 'single-choice', selected: 'b' }, earned: 0, total: 1 };
  const pairs = (earned: number, total = 4): CheckedAnswer => ({ input: { type: 'matching', matches: {} }, earned, total });

  it('counts right questions over the questions drawn, with a whole percentage and no verdict without a pass mark', () => {
    const result = quizResult(quizOf(3), { questionIds: ['q1', 'q2', 'q3'], answers: { q1: right, q2: right, q3: wrong } });
    expect(result).toEqual({ earned: 2, total: 3, percent: 67, answered: 3 });
    expect(result).not.toHaveProperty('passed');
  });

  it('counts an unanswered question as one question not earned', () => {
    expect(scoreAttempt({ questionIds: ['q1', 'q2'], answers: { q1: right } })).toEqual({ earned: 1, total: 2, percent: 50, answered: 1 });
  });

  it('gives a question with several parts the share of it answered right: 3 of 4 pairs is 0.75 of a question', () => {
    const answers = { q1: right, q2: pairs(3), q3: wrong, q4: right };
    expect(scoreAttempt({ questionIds: authored(4), answers })).toEqual({ earned: 2.75, total: 4, percent: 69, answered: 4 });
  });

  it('passes a learner with 8 of 10 questions right at a pass mark of 80, whatever a drawn matching holds', () => {
    const ids = authored(10);
    // Seven single choices right, a 4-pair matching all right, two questions wrong: 8 of 10, where points would say 11 of 13.
    const answers = Object.fromEntries(ids.map((id, i) => [id, i < 7 ? right : i === 7 ? pairs(4) : wrong]));
    expect(quizResult(quizOf(10, { passMark: 80 }), { questionIds: ids, answers })).toMatchObject({ earned: 8, total: 10, percent: 80, passed: true });
    // A 4-pair matching with no pair right among 8 right single choices: still 8 of 10, not 8 of 13.
    const allButMatching = Object.fromEntries(ids.map((id, i) => [id, i < 8 ? right : i === 8 ? pairs(0) : wrong]));
    expect(quizResult(quizOf(10, { passMark: 80 }), { questionIds: ids, answers: allButMatching })).toMatchObject({ earned: 8, percent: 80, passed: true });
  });

  it('keeps shares exact when they add up to whole questions: three two-thirds make two', () => {
    const answers = { q1: pairs(2, 3), q2: pairs(2, 3), q3: pairs(2, 3) };
    expect(scoreAttempt({ questionIds: authored(3), answers })).toMatchObject({ earned: 2, percent: 67 });
  });

  it('counts only the questions the attempt drew', () => {
    expect(scoreAttempt({ questionIds: ['q2', 'q3'], answers: { q1: right, q2: right } })).toMatchObject({ earned: 1, total: 2, answered: 1 });
  });

  it('passes at exactly the pass mark and fails just below it', () => {
    const quiz = quizOf(5, { passMark: 80 });
    const ids = authored(5);
    const answers = (correct: number) => Object.fromEntries(ids.map((id, i) => [id, i < correct ? right : wrong]));
    expect(quizResult(quiz, { questionIds: ids, answers: answers(4) })).toMatchObject({ percent: 80, passed: true });
    expect(quizResult(quiz, { questionIds: ids, answers: answers(3) })).toMatchObject({ percent: 60, passed: false });
  });

  it('compares the shown percentage, so 2 of 3 (67%) meets a pass mark of 67', () => {
    const answers = { q1: right, q2: right, q3: wrong };
    expect(quizResult(quizOf(3, { passMark: 67 }), { questionIds: authored(3), answers })).toMatchObject({ passed: true });
    expect(quizResult(quizOf(3, { passMark: 68 }), { questionIds: authored(3), answers })).toMatchObject({ passed: false });
  });

  it('works for the sample quiz', () => {
    expect(quizResult(checkQuiz, { questionIds: ['q-john'], answers: {} })).toEqual({ earned: 0, total: 1, percent: 0, answered: 0 });
  });
});

describe('verdictOf', () => {
  it('calls an answer correct with all its points, partial with some and incorrect with none', () => {
    expect(verdictOf({ earned: 4, total: 4 })).toBe('correct');
    expect(verdictOf({ earned: 3, total: 4 })).toBe('partial');
    expect(verdictOf({ earned: 0, total: 4 })).toBe('incorrect');
  });
});
