declare module 'virtual:course-index' {
  const index: import('./lesson-spec').CourseIndex;
  export default index;
}

declare module 'virtual:course-meta' {
  const meta: import('./course-catalog').Catalog<import('./lesson-spec').LessonMeta>;
  export default meta;
}
