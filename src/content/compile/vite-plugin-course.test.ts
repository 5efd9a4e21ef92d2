import { resolve } from 'node:path';
import { lessonSpecModule } from './vite-plugin-course';
import { loadCourse } from './load-course';

const { index } = loadCourse(resolve(import.meta.dirname, '../../..'));
const version = (slug: string, locale: 'en' | 'es') => index!.lessons.find((l) => l.slug === slug)!.versions[locale]!;

describe("a lesson version's module", () => {
  it('imports the views of the question types the lesson uses, and no other (and, for its scenario standing alone, what connects it to progress)', () => {
    const code = lessonSpecModule(version('walking-the-customers-path', 'es'));
    const imports = [...code.matchAll(/^import \{ (\w+) \} from "([^"]+)";$/gm)].map((m) => [m[1], m[2]]);
    expect(imports).toEqual([
      ['orderingUi', '/src/quiz/types/ordering/ordering-ui.tsx'],
      ['scenarioUi', '/src/quiz/types/scenario/scenario-ui.tsx'],
      ['singleChoiceUi', '/src/quiz/types/single-choice/single-choice-ui.tsx'],
      ['ConnectedStandalone', '/src/app/ConnectedStandalone.tsx'],
    ]);
    expect(code).toContain('export const questionUis = [orderingUi, scenarioUi, singleChoiceUi];');
  });

  it('brings what connects a question standing alone to progress only to a lesson that has one', () => {
    const withStandalone = index!.lessons.flatMap((l) => Object.values(l.versions)).filter((v) => v.quizzes.some((quiz) => quiz.standalone));
    expect(withStandalone.length).toBeGreaterThan(0);
    for (const v of withStandalone) {
      const code = lessonSpecModule(v);
      expect(code).toContain('import { ConnectedStandalone } from "/src/app/ConnectedStandalone.tsx";');
      expect(code).toContain('export const Standalone = ConnectedStandalone;');
    }
    const code = lessonSpecModule(version('your-focus-or-theirs', 'en'));
    expect(code).not.toContain('ConnectedStandalone');
    expect(code).toContain('export const Standalone = null;');
  });

  it('brings its body in the same language, and its spec', () => {
    const spec = version('what-customer-focus-means', 'es');
    const code = lessonSpecModule(spec);
    expect(code).toContain('export { default as Body } from "/content/lessons/what-customer-focus-means/es.mdx";');
    expect(code).not.toMatch(/ordering-ui|scenario-ui|matching-ui/);
    expect(JSON.parse(/^export default (.*);$/m.exec(code)![1]!)).toEqual(spec);
  });
});
