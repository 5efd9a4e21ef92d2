declare module 'virtual:course-index' {
  const index: import('./lesson-spec').CourseIndex;
  export default index;
}

declare module 'virtual:course-meta' {
  const meta: import('./course-catalog').Catalog<import('./lesson-spec').LessonMeta>;
  export default meta;
}

declare module 'virtual:lesson-spec-loaders' {
  /** `"<slug>/<locale>"` → that lesson version's full spec, each its own chunk. */
  const loaders: Record<string, () => Promise<{ default: import('./lesson-spec').LessonSpec }>>;
  export default loaders;
}
