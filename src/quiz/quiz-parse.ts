import type { AuthoredElement, AuthoringIssue, ParseResult } from './authored';
import { checkAttrs, flag, int, str, type AttrRules } from './authored-attrs';
import { questionCompilers } from './question-compilers';
import { isQuestionComponent, questionParsers } from './question-parsers';
import type { QuestionSpec, QuizSpec } from './question-spec';

const quizAttrs: AttrRules = {
  id: { kind: 'string', required: true },
  title: { kind: 'string' },
  draw: { kind: 'integer' },
  shuffle: { kind: 'boolean' },
  passMark: { kind: 'integer' },
  revealAnswers: { kind: 'boolean' },
};

export function parseQuiz(el: AuthoredElement): ParseResult<QuizSpec> {
  const issues: AuthoringIssue[] = checkAttrs(el, quizAttrs);
  const questions: QuestionSpec[] = [];
  for (const child of el.children) {
    if (child.name === 'Quiz') {
      issues.push({ position: child.position, message: 'A <Quiz> cannot hold another <Quiz>: close the first one before opening the next.' });
    } else if (isQuestionComponent(child.name)) {
      const parsed = questionParsers[child.name](child);
      if (parsed.ok) questions.push(parsed.spec);
      else issues.push(...parsed.issues);
    } else {
      issues.push({
        position: child.position,
        message: `<${child.name}> cannot be used directly inside <Quiz>: a quiz holds questions (${Object.keys(questionParsers)
          .map((n) => `<${n}>`)
          .join(', ')}).`,
      });
    }
  }
  const questionCount = el.children.filter((c) => isQuestionComponent(c.name)).length;
  if (questionCount === 0) {
    issues.push({ position: el.position, message: `<Quiz> has no question: add at least one, such as <${questionCompilers[0].component}>.` });
  }
  const draw = int(el, 'draw');
  if (draw !== undefined && draw < 1) {
    issues.push({ position: el.position, message: '<Quiz> draw must be at least 1: remove it to show every question.' });
  } else if (draw !== undefined && questionCount > 0 && draw > questionCount) {
    issues.push({
      position: el.position,
      message: `<Quiz> draws ${draw} questions but holds only ${questionCount}: lower draw to ${questionCount} or less, or add questions.`,
    });
  }
  const passMark = int(el, 'passMark');
  if (passMark !== undefined && passMark > 100) {
    issues.push({ position: el.position, message: '<Quiz> passMark is a percentage: use a number from 0 to 100.' });
  }
  if (issues.length) return { ok: false, issues };
  const title = str(el, 'title');
  return {
    ok: true,
    spec: {
      id: String(el.attrs.id),
      ...(title ? { title } : {}),
      ...(draw !== undefined ? { draw } : {}),
      shuffle: flag(el, 'shuffle'),
      ...(passMark !== undefined ? { passMark } : {}),
      // Shown by default; only revealAnswers={false} hides the answer key.
      ...(el.attrs.revealAnswers === false ? { revealAnswers: false as const } : {}),
      questions,
    },
  };
}

/**
 * The quiz the build wraps around a question that stands alone (a <Scenario>
 * outside any <Quiz>): same id, the question as its only one, so attempts,
 * scores and lesson completion treat it like any other check.
 */
export function standaloneQuiz(question: QuestionSpec): QuizSpec {
  const title = 'title' in question ? question.title : undefined;
  return { id: question.id, ...(title ? { title } : {}), shuffle: false, standalone: true, questions: [question] };
}
