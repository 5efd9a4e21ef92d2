import { questionAnswers, type QuestionAnswersRegistry } from '../../quiz/question-answers';
import type { InputOf, SpecOf } from '../../quiz/question-contract';
import type { AnswerOption, CorrectResponse, InteractionType, LabelledOption } from '../../quiz/question-descriptor';
import type { QuestionInput } from '../../quiz/question-input';
import type { QuestionSpec, QuestionType } from '../../quiz/question-spec';

/*
 * What the learner answered, in the shape of a correct response, so the SCORM value writers word
 * it like the pattern (`learnerResponse` in scorm-values.ts). Built from what the question type
 * tells a completion record (`describeAnswer`): the chosen options, the items in order, and for
 * matchings and conversations `<source id>:<target id>` and `<step id>:<reply id>`
 * (docs/completion-record.md). Authored ids never hold `:`. Read by interaction type, never by
 * question type.
 */

const answers: QuestionAnswersRegistry = questionAnswers;

const describe = <K extends QuestionType>(type: K, spec: SpecOf<K>, input: InputOf<K>): AnswerOption[] => answers[type].describeAnswer(spec, input);

const labelledOption = (option: AnswerOption): LabelledOption => ({ id: option.id, label: option.label ?? option.id });

/** `<a>:<b>` as its two ids; undefined when the id has no `:`. */
function split(option: AnswerOption): [string, string] | undefined {
  const at = option.id.indexOf(':');
  return at < 0 ? undefined : [option.id.slice(0, at), option.id.slice(at + 1)];
}

/** The question's LMS interaction type, its right answer, and its prompt as the HR report words it. */
export const interactionTypeOf = (spec: QuestionSpec): InteractionType => answers[spec.type].interaction.type;
const correctAs = <K extends QuestionType>(type: K, spec: SpecOf<K>): CorrectResponse => answers[type].interaction.correctResponse(spec);
export const correctResponseOf = (spec: QuestionSpec): CorrectResponse => correctAs(spec.type, spec);
const promptAs = <K extends QuestionType>(type: K, spec: SpecOf<K>): string => answers[type].report.prompt(spec);
export const promptOf = (spec: QuestionSpec): string => promptAs(spec.type, spec);

/** The learner's answer as a response of the question's interaction type; undefined when the input is not this question's. */
export function learnerResponseOf(spec: QuestionSpec, input: QuestionInput): CorrectResponse | undefined {
  if (input.type !== spec.type) return undefined;
  const chosen = describe(spec.type, spec, input);
  const type = interactionTypeOf(spec);
  switch (type) {
    case 'choice':
      return { type, choices: chosen.map(labelledOption) };
    case 'sequencing':
      return { type, items: chosen.map(labelledOption) };
    case 'matching':
      return {
        type,
        pairs: chosen.flatMap((option) => {
          const ids = split(option);
          return ids ? [{ source: { id: ids[0], label: ids[0] }, target: { id: ids[1], label: ids[1] } }] : [];
        }),
      };
    case 'performance':
      return {
        type,
        steps: chosen.flatMap((option) => {
          const ids = split(option);
          return ids ? [{ step: ids[0], response: { id: ids[1], label: option.label ?? ids[1] } }] : [];
        }),
      };
  }
}
