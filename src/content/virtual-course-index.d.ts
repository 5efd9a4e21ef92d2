declare module 'virtual:course-index' {
  const index: import('./lesson-spec').CourseIndex;
  export default index;
}

declare module 'virtual:course-meta' {
  const meta: import('./course-catalog').Catalog<import('./lesson-spec').LessonMeta>;
  export default meta;
}

declare module 'virtual:lesson-spec-loaders' {
  /** `"<slug>/<locale>"` → that lesson version's full spec and body, each version its own chunk, the views of the question types it uses, and what connects a question standing alone to progress (null when none does). */
  const loaders: Record<
    string,
    () => Promise<{
      default: import('./lesson-spec').LessonSpec;
      Body: import('mdx/types').MDXContent;
      questionUis: readonly import('../quiz/question-ui-set').AnyQuestionUi[];
      Standalone: import('../quiz/question-ui-set').StandaloneConnector | null;
    }>
  >;
  export default loaders;
}
