import { at, type Diagnostic } from './diagnostic';

/** A lesson folder's name is its address in the course (`#/lessons/<slug>`). */
const SLUG = /^[a-z0-9][a-z0-9-]*$/;

/** Where the build finds a lesson's language file, and the name its messages give it. */
export const lessonFile = (slug: string, locale: string): string => `content/lessons/${slug}/${locale}.mdx`;

/** The problem with a lesson folder's name, if it cannot be an address; named at the folder. */
export function slugProblem(slug: string): Diagnostic | undefined {
  if (SLUG.test(slug)) return undefined;
  return at(
    `content/lessons/${slug}`,
    undefined,
    `Lesson folder "${slug}" is not a valid URL name: use lowercase letters, digits and "-" (for example "what-customer-focus-means").`,
  );
}
