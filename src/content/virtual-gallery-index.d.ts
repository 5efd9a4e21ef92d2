declare module 'virtual:gallery-index' {
  const gallery: import('./lesson-spec').LessonVersions;
  export default gallery;
}
