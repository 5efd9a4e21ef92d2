declare module 'virtual:course-index' {
  const index: import('./lesson-spec').CourseIndex;
  export default index;
}
