import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n from '../../../i18n/i18n';
import type { QuizSpec } from '../../question-spec';
import { QuizHarness } from '../../../../tests/support/quiz-harness';
import { practiceMatching } from '../../../../tests/support/quiz-fixtures';
import { Matching, Pair } from './matching-ui';
import { rightOptions } from './matching-options';

const t = i18n.getFixedT('en', 'quiz');
const SEED = 7;
const quiz: QuizSpec = { id: 'match-quiz', shuffle: false, questions: [practiceMatching] };
const [survey, evening, refund] = practiceMatching.pairs;

async function setup() {
  const user = userEvent.setup();
  render(
    <QuizHarness spec={quiz} seed={SEED}>
      <Matching id="q-practices">
        <p>Match each habit to its practice area.</p>
        {practiceMatching.pairs.map((pair) => (
          <Pair key={pair.id} left={pair.left} right={pair.right} />
        ))}
      </Matching>
    </QuizHarness>,
  );
  await user.click(screen.getByRole('button', { name: t('start.button') }));
  return user;
}

const select = (left: string) => screen.getByRole('combobox', { name: left });
const pairItem = (left: string) => select(left).closest('li')!;

describe('MatchingView', () => {
  it('offers a select per left-hand side, labelled by it, with the right-hand sides in the seeded order', async () => {
    await setup();
    expect(screen.getByRole('group', { name: /Match each habit to its practice area\./ })).toHaveAccessibleDescription(t('matching.hint'));
    expect(screen.getAllByRole('combobox')).toHaveLength(3);
    const options = within(select(survey!.left)).getAllByRole('option').map((o) => o.textContent);
    expect(options).toEqual([t('matching.choose'), ...rightOptions(practiceMatching, SEED).map((o) => o.label)]);
  });

  it('asks for a match on every left-hand side before checking', async () => {
    const user = await setup();
    await user.click(screen.getByRole('button', { name: t('check') }));
    expect(screen.getByText(t('error.empty'))).toBeInTheDocument();

    await user.selectOptions(select(survey!.left), survey!.right);
    await user.click(screen.getByRole('button', { name: t('check') }));
    expect(screen.getByText(t('error.incomplete'))).toBeInTheDocument();

    await user.selectOptions(select(evening!.left), evening!.right);
    expect(screen.getByText(t('error.incomplete'))).toBeInTheDocument();
    await user.selectOptions(select(refund!.left), refund!.right);
    expect(screen.queryByText(t('error.incomplete'))).not.toBeInTheDocument();
  });

  it('marks each pair, counts the pairs matched, calls the answer partly correct and lists the right matches', async () => {
    const user = await setup();
    await user.selectOptions(select(survey!.left), survey!.right);
    await user.selectOptions(select(evening!.left), refund!.right);
    await user.selectOptions(select(refund!.left), evening!.right);
    await user.click(screen.getByRole('button', { name: t('check') }));

    expect(screen.getByRole('status')).toHaveTextContent(t('verdict.partial'));
    expect(select(survey!.left)).toBeDisabled();
    expect(select(survey!.left)).toHaveAccessibleDescription(t('mark.correct'));
    expect(select(evening!.left)).toHaveAccessibleDescription(t('mark.incorrect'));
    expect(pairItem(refund!.left)).toHaveTextContent(t('mark.incorrect'));
    expect(screen.getByText(t('matching.pairsRight', { earned: 1, count: 3 }))).toBeInTheDocument();
    const key = screen.getByRole('list', { name: t('answerKey.matching') });
    expect(within(key).getAllByRole('listitem').map((item) => item.textContent)).toEqual(
      practiceMatching.pairs.map((pair) => `${pair.left} → ${pair.right}`),
    );

    await user.click(screen.getByRole('button', { name: t('seeResult') }));
    // One question, a third of it right.
    expect(screen.getByText(t('result.score', { earned: '0.33', count: 1 }))).toBeInTheDocument();
  });

  it('is correct when every pair is matched right', async () => {
    const user = await setup();
    for (const pair of practiceMatching.pairs) await user.selectOptions(select(pair.left), pair.right);
    await user.click(screen.getByRole('button', { name: t('check') }));
    expect(screen.getByRole('status')).toHaveTextContent(t('verdict.correct'));
    for (const pair of practiceMatching.pairs) expect(select(pair.left)).toHaveAccessibleDescription(t('mark.correct'));
    expect(screen.getByText(t('matching.pairsRight', { earned: 3, count: 3 }))).toBeInTheDocument();
  });
});
