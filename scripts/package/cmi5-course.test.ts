import { elementsNS, onlyNS, parseXml } from '../../tests/support/parse-xml';
import { CMI5_NAMESPACE, MOVE_ON, auIri, cmi5CourseStructure, courseIri, defaultCourseIri } from './cmi5-course';
import { testCourse } from './test-course';

const NS = CMI5_NAMESPACE;
const langs = (parent: ReturnType<typeof onlyNS>, name: string): Record<string, string> =>
  Object.fromEntries(elementsNS(onlyNS(parent, NS, name), NS, 'langstring').map((s): [string, string] => [s.getAttribute('lang') ?? '', s.textContent ?? '']));

// No npm package ships the cmi5 CourseStructure XSD, so the structure is checked element by element.
describe('the cmi5 course structure', () => {
  const iri = courseIri('customer-focus');
  const doc = parseXml(cmi5CourseStructure(testCourse(), iri));
  const root = doc.documentElement!;
  const course = onlyNS(doc, NS, 'course');
  const au = onlyNS(doc, NS, 'au');

  it('is a courseStructure in the cmi5 namespace with one course and one AU', () => {
    expect(root.localName).toBe('courseStructure');
    expect(root.namespaceURI).toBe(NS);
    expect(elementsNS(doc, NS, 'au')).toHaveLength(1);
    expect(elementsNS(doc, NS, 'block')).toHaveLength(0);
  });

  it('identifies the course and the AU with IRIs under the course IRI', () => {
    expect(course.getAttribute('id')).toBe('https://customer-focus.example/courses/customer-focus');
    expect(au.getAttribute('id')).toBe(auIri(iri));
    expect(au.getAttribute('id')!.startsWith(`${iri}/`)).toBe(true);
  });

  it('gives course and AU titles and descriptions in English and Spanish', () => {
    for (const el of [course, au]) {
      expect(langs(el, 'title')).toEqual({ en: 'Customer Focus', es: 'Orientación al cliente' });
      expect(langs(el, 'description')).toEqual({ en: 'Put the customer first.', es: 'El cliente primero.' });
    }
  });

  it('moves on when completed and passed, at the pass mark scaled to 0..1, in any window, from index.html', () => {
    expect(au.getAttribute('moveOn')).toBe(MOVE_ON);
    expect(MOVE_ON).toBe('CompletedAndPassed');
    expect(au.getAttribute('masteryScore')).toBe('0.8');
    expect(au.getAttribute('launchMethod')).toBe('AnyWindow');
    expect(onlyNS(au, NS, 'url').textContent).toBe('index.html');
  });

  it('keeps a title with &, < and accents intact', () => {
    const title = 'Clientes & <Equipos> "ñ"';
    const parsed = parseXml(cmi5CourseStructure(testCourse({ title: { en: title, es: title } }), iri));
    expect(langs(onlyNS(parsed, NS, 'course'), 'title')).toEqual({ en: title, es: title });
  });

  it('describes a language without a description by its title, since cmi5 requires one', () => {
    const parsed = parseXml(cmi5CourseStructure(testCourse({ description: { en: 'Only English.' } }), iri));
    expect(langs(onlyNS(parsed, NS, 'course'), 'description')).toEqual({ en: 'Only English.', es: 'Orientación al cliente' });
  });
});

describe('courseIri', () => {
  it('defaults to a course IRI derived from the course id', () => {
    expect(courseIri('customer-focus')).toBe(defaultCourseIri('customer-focus'));
  });

  it('takes an override and drops its trailing slash', () => {
    expect(courseIri('customer-focus', 'https://learning.example.org/c/cf/')).toBe('https://learning.example.org/c/cf');
  });

  it.each(['customer-focus', 'urn:course:cf', 'ftp://example.org/cf'])('refuses %j, which is not an http(s) IRI', (value) => {
    expect(() => courseIri('customer-focus', value)).toThrow(/CMI5_COURSE_IRI/);
  });
});
