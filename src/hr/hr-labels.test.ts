import { courseLabels, withRecordTitles } from './hr-labels';

describe('report labels', () => {
  it('name a lesson the course no longer has by the title its records give, and keep the course’s own titles', () => {
    const labels = courseLabels('en');
    const [slug, title] = Object.entries(labels.lessons)[0]!;
    const merged = withRecordTitles(labels, { [slug]: 'An old title', 'a-retired-lesson': 'A retired lesson' });
    expect(merged.lessons[slug]).toBe(title);
    expect(merged.lessons['a-retired-lesson']).toBe('A retired lesson');
  });

  it('are the course’s own when records add nothing', () => {
    const labels = courseLabels('es');
    expect(withRecordTitles(labels, {})).toBe(labels);
  });
});
