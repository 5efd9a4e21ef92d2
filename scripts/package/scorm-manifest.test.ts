import { elementsNS, onlyNS, parseXml } from '../../tests/support/parse-xml';
import { SCORM_12, SCORM_2004, manifestIds, scorm12Manifest, scorm2004Manifest } from './scorm-manifest';
import { APP_FILES, testCourse } from './test-course';
import { XML_ID } from './xml';

const CP12 = SCORM_12.schemas[0]!.namespace;
const ADLCP12 = SCORM_12.schemas[1]!.namespace;
const CP2004 = SCORM_2004.schemas[0]!.namespace;
const ADLCP2004 = SCORM_2004.schemas[1]!.namespace;
const IMSSS = SCORM_2004.schemas[2]!.namespace;
const SCHEMAS = ['imscp_v1p1.xsd', 'xml.xsd'];

const hrefs = (doc: ReturnType<typeof parseXml>, ns: string) => elementsNS(doc, ns, 'file').map((file) => file.getAttribute('href'));

describe('the SCORM 1.2 manifest', () => {
  const doc = parseXml(scorm12Manifest({ course: testCourse(), appFiles: APP_FILES, schemaFiles: SCHEMAS }));
  const sco = elementsNS(doc, CP12, 'resource').find((r) => r.getAttributeNS(ADLCP12, 'scormtype') === 'sco')!;

  it('names the course, its version and its mastery score in percent', () => {
    expect(doc.documentElement!.getAttribute('version')).toBe('3.2.1');
    expect(elementsNS(doc, CP12, 'title').map((t) => t.textContent)).toEqual(['Customer Focus', 'Customer Focus']);
    expect(onlyNS(doc, ADLCP12, 'masteryscore').textContent).toBe('80');
  });

  it('launches one SCO at index.html and lists every app file in it', () => {
    expect(sco.getAttribute('href')).toBe('index.html');
    expect(elementsNS(sco, CP12, 'file').map((f) => f.getAttribute('href'))).toEqual(APP_FILES);
  });

  it('lists every file of the package, schemas included, once', () => {
    expect(hrefs(doc, CP12)).toEqual([...APP_FILES, ...SCHEMAS]);
  });

  it('uses the 1.2 spelling of the SCO attribute', () => {
    expect(sco.getAttribute('adlcp:scormtype')).toBe('sco');
    expect(sco.hasAttribute('adlcp:scormType')).toBe(false);
  });
});

describe('the SCORM 2004 manifest', () => {
  const xml = scorm2004Manifest({ course: testCourse({ passMark: 75 }), appFiles: APP_FILES, schemaFiles: SCHEMAS });
  const doc = parseXml(xml);

  it('says the objective is met by a scaled score of at least the pass mark', () => {
    const objective = onlyNS(doc, IMSSS, 'primaryObjective');
    expect(objective.getAttribute('satisfiedByMeasure')).toBe('true');
    expect(onlyNS(objective, IMSSS, 'minNormalizedMeasure').textContent).toBe('0.75');
  });

  it('names the course and its version, launches index.html and lists every file', () => {
    expect(doc.documentElement!.getAttribute('version')).toBe('3.2.1');
    expect(onlyNS(doc, CP2004, 'organization').getElementsByTagNameNS(CP2004, 'title')[0]!.textContent).toBe('Customer Focus');
    const sco = elementsNS(doc, CP2004, 'resource').find((r) => r.getAttributeNS(ADLCP2004, 'scormType') === 'sco')!;
    expect(sco.getAttribute('href')).toBe('index.html');
    expect(hrefs(doc, CP2004)).toEqual([...APP_FILES, ...SCHEMAS]);
  });

  it('uses the 2004 spelling of the SCO attribute', () => {
    expect(xml).toContain('adlcp:scormType="sco"');
    expect(xml).not.toContain('adlcp:scormtype');
  });
});

describe.each([
  ['1.2', scorm12Manifest, CP12],
  ['2004', scorm2004Manifest, CP2004],
] as const)('any SCORM %s manifest', (_name, write, ns) => {
  it('keeps a title with &, < and quotes intact', () => {
    const title = `Customer "Focus" & <Care> — atención`;
    const doc = parseXml(write({ course: testCourse({ title: { en: title } }), appFiles: APP_FILES, schemaFiles: [] }));
    expect(elementsNS(doc, ns, 'title').map((t) => t.textContent)).toEqual([title, title]);
  });

  it('gives valid, distinct identifiers even for a course id that starts with a digit', () => {
    const doc = parseXml(write({ course: testCourse({ id: '2025 customer focus' }), appFiles: APP_FILES, schemaFiles: [] }));
    const ids = ['manifest', 'organization', 'item', 'resource']
      .flatMap((name) => elementsNS(doc, ns, name))
      .map((el) => el.getAttribute('identifier')!);
    expect(ids).toHaveLength(5);
    for (const id of ids) expect(id).toMatch(XML_ID);
    expect(new Set(ids).size).toBe(ids.length);
    expect(onlyNS(doc, ns, 'organizations').getAttribute('default')).toBe(manifestIds('2025 customer focus').organization);
  });

  it('refuses a package without index.html to launch', () => {
    expect(() => write({ course: testCourse(), appFiles: ['assets/app.js'], schemaFiles: [] })).toThrow(/index\.html/);
  });
});
