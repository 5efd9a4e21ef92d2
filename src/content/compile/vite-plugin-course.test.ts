import { resolve } from 'node:path';
import { lessonSpecModule } from './vite-plugin-course';
import { loadCourse } from './load-course';

const { index } = loadCourse(resolve(import.meta.dirname, '../../..'));
const version = (slug: string, locale: 'en' | 'es') => index!.lessons.find((l) => l.slug === slug)!.versions[locale]!;

describe("a lesson version's module", () => {
  it('imports the views of the question types the lesson uses, and no other', () => {
    const code = lessonSpecModule(version('walking-the-customers-path', 'es'));
    const imports = [...code.matchAll(/^import \{ (\w+) \} from "([^"]+)";$/gm)].map((m) => [m[1], m[2]]);
    expect(imports).toEqual([
      ['orderingUi', '/src/quiz/types/ordering/ordering-ui.tsx'],
      ['scenarioUi', '/src/quiz/types/scenario/scenario-ui.tsx'],
      ['singleChoiceUi', '/src/quiz/types/single-choice/single-choice-ui.tsx'],
    ]);
    expect(code).toContain('export const questionUis = [orderingUi, scenarioUi, singleChoiceUi];');
  });

  it('brings its body in the same language, and its spec', () => {
    const spec = version('what-customer-focus-means', 'es');
    const code = lessonSpecModule(spec);
    expect(code).toContain('export { default as Body } from "/content/lessons/what-customer-focus-means/es.mdx";');
    expect(code).not.toMatch(/ordering-ui|scenario-ui|matching-ui/);
    expect(JSON.parse(/^export default (.*);$/m.exec(code)![1]!)).toEqual(spec);
  });
});
