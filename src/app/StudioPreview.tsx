import type { Root } from 'mdast';
import { Component, useEffect, useMemo, useState, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import i18n from 'i18next';
import type { LessonSpec } from '../content/lesson-spec';
import type { Locale } from '../i18n/locales';
import { ProgressStoreContext } from '../progress/progress-context';
import { createProgressStore } from '../progress/progress-store';
import { memoryStorage } from '../storage/memory-storage';
import { renderLessonTree } from '../studio/render-lesson-tree';
import { LessonContext } from './lesson-context';
import { allQuestionUis, questionUis } from '../quiz/question-types';
import { QuestionUisContext } from '../quiz/question-ui-set';
import { ConnectedStandalone } from './ConnectedStandalone';
import { mdxComponentsFor } from './LessonBody';

/** What decides whether answers given in the preview still fit: the quizzes, their questions and types. */
const shapeOf = (lesson: LessonSpec): string =>
  JSON.stringify([lesson.slug, lesson.quizzes.map((quiz) => [quiz.id, quiz.questions.map((question) => [question.id, question.type])])]);

/** A version of the lesson that throws shows a note; the next version of the file tries again. */
class PreviewBoundary extends Component<{ children: ReactNode; fallback: ReactNode; version: unknown }, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  componentDidUpdate(previous: { version: unknown }) {
    if (this.state.failed && previous.version !== this.props.version) this.setState({ failed: false });
  }

  render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

/**
 * The lesson as a learner sees it: rendered from the checked tree with the course's components,
 * its texts in the lesson's language, and its answers kept in a progress of its own, in memory, so
 * trying a quiz here changes no one's progress. Answers last while the quizzes keep their shape.
 */
export function StudioPreview({ lesson, tree, locale }: { lesson: LessonSpec; tree: Root; locale: Locale }) {
  const { t } = useTranslation('studio');
  const shape = shapeOf(lesson);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- a new progress only when the quizzes change shape
  const store = useMemo(() => createProgressStore(((storage) => () => storage)(memoryStorage())), [shape]);
  const content = useMemo(() => renderLessonTree(tree, mdxComponentsFor(questionUis, ConnectedStandalone)), [tree]);
  const lessonTexts = useMemo(() => i18n.cloneInstance({ lng: locale }), [locale]);
  const [readyIn, setReadyIn] = useState<Locale | undefined>(undefined);

  useEffect(() => {
    let live = true;
    void lessonTexts
      .changeLanguage(locale)
      .then(() => lessonTexts.loadNamespaces(['common', 'quiz']))
      .catch(() => undefined)
      .then(() => live && setReadyIn(locale));
    return () => {
      live = false;
    };
  }, [lessonTexts, locale]);

  if (readyIn !== locale) return <p role="status">{t('problems.checking')}</p>;
  return (
    <PreviewBoundary version={tree} fallback={<p className="notice">{t('preview.crashed')}</p>}>
      <I18nextProvider i18n={lessonTexts}>
        <ProgressStoreContext.Provider value={store}>
          <LessonContext.Provider value={lesson}>
            <QuestionUisContext.Provider value={allQuestionUis}>
              <div className="lesson lesson-body studio-lesson" lang={locale}>
                <p className="studio-lesson-title">{lesson.title}</p>
                {content}
              </div>
            </QuestionUisContext.Provider>
          </LessonContext.Provider>
        </ProgressStoreContext.Provider>
      </I18nextProvider>
    </PreviewBoundary>
  );
}
