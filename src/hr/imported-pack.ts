// Verified records cross from the verify workers to the import worker. A structured clone of 20,000
// records' answers (600,000 small objects) costs seconds; the same answers as one JSON string per
// record, with each option label sent once per batch, cost a fraction of that.
import type { ChosenOption } from '../records/completion-record-schema';
import type { FirstAnswer, ImportedRecord, LearnerRow } from './imported-record';

export interface PackedRecord {
  row: LearnerRow;
  /** JSON of `[questionId, lessonSlug, questionType, correct (1/0), ...chosen option ids]` per answer. */
  answers: string;
  otherVersion: boolean;
}

/** `[questionId, optionId, label]`, each pair once per batch. */
export type LabelEntry = [string, string, string];

const labelKey = (questionId: string, optionId: string) => `${questionId}\u0000${optionId}`;

/**
 * Packs a batch of records, gathering the option labels they use. The labels sent are kept by
 * question, then option: a batch chooses thousands of options among a few hundred, and a key made
 * of both ids for each would be a new string to build and hash every time.
 */
export function packRecords(records: readonly ImportedRecord[]): { records: PackedRecord[]; labels: LabelEntry[] } {
  const labels: LabelEntry[] = [];
  const sent = new Map<string, Set<string>>();
  const packed = records.map(({ row, firstAnswers, otherVersion }) => {
    const tuples = firstAnswers.map((answer) => {
      const tuple: Array<string | number> = [answer.questionId, answer.lessonSlug, answer.questionType, answer.correct ? 1 : 0];
      let known: Set<string> | undefined;
      for (const option of answer.chosen) {
        tuple.push(option.id);
        if (option.label === undefined) continue;
        known ??= sent.get(answer.questionId);
        if (!known) sent.set(answer.questionId, (known = new Set()));
        if (known.has(option.id)) continue;
        known.add(option.id);
        labels.push([answer.questionId, option.id, option.label]);
      }
      return tuple;
    });
    return { row, answers: JSON.stringify(tuples), otherVersion };
  });
  return { records: packed, labels };
}

/**
 * The labels of every option seen so far, first one kept. Each option is one shared object: 20,000
 * records choose about a million options among a few hundred, and the report keeps them all.
 */
export class OptionLabels {
  private readonly labels = new Map<string, string>();
  private readonly options = new Map<string, ChosenOption>();

  add(entries: readonly LabelEntry[]): void {
    for (const [questionId, optionId, label] of entries) {
      const key = labelKey(questionId, optionId);
      if (this.labels.has(key)) continue;
      this.labels.set(key, label);
      // An option seen without a label so far gets it from now on.
      this.options.delete(key);
    }
  }

  option(questionId: string, optionId: string): ChosenOption {
    const key = labelKey(questionId, optionId);
    let option = this.options.get(key);
    if (!option) {
      const label = this.labels.get(key);
      option = label === undefined ? { id: optionId } : { id: optionId, label };
      this.options.set(key, option);
    }
    return option;
  }

  clear(): void {
    this.labels.clear();
    this.options.clear();
  }
}

function unpackAnswers(answers: string, labels: OptionLabels): FirstAnswer[] {
  const tuples = JSON.parse(answers) as Array<[string, string, string, number, ...string[]]>;
  return tuples.map(([questionId, lessonSlug, questionType, correct, ...chosen]): FirstAnswer => ({
    questionId,
    lessonSlug,
    questionType,
    correct: correct === 1,
    chosen: chosen.map((id) => labels.option(questionId, id)),
  }));
}

/**
 * A record as it went, with its answers unpacked only when first read. Keeping one record per learner needs
 * only the rows; the answers wait for the report's question figures, which are made once the
 * import is done, rather than take the processor from the verify workers while they check.
 */
export function unpackLater(packed: PackedRecord, labels: OptionLabels): ImportedRecord {
  let answers: string | undefined = packed.answers;
  let firstAnswers: FirstAnswer[] = [];
  return {
    row: packed.row,
    otherVersion: packed.otherVersion,
    get firstAnswers() {
      if (answers !== undefined) {
        firstAnswers = unpackAnswers(answers, labels);
        answers = undefined;
      }
      return firstAnswers;
    },
  };
}
