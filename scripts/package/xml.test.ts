import { parseXml } from '../../tests/support/parse-xml';
import { XML_ID, element, escapeXml, xmlDocument, xmlId } from './xml';

describe('escapeXml', () => {
  it('escapes the five characters XML reserves and keeps accents as they are', () => {
    expect(escapeXml(`Tom & Jerry <"quoted"> it's Orientación`)).toBe('Tom &amp; Jerry &lt;&quot;quoted&quot;&gt; it&apos;s Orientación');
  });
});

describe('element', () => {
  it('writes text and attribute values that read back unchanged', () => {
    const tricky = `R&D <team> "A" & 'B' — ñ`;
    const doc = parseXml(xmlDocument(element('root', { label: tricky }, [element('title', {}, tricky)])));
    expect(doc.documentElement!.getAttribute('label')).toBe(tricky);
    expect(doc.getElementsByTagName('title')[0]!.textContent).toBe(tricky);
  });

  it('leaves out attributes that have no value', () => {
    expect(element('file', { href: 'a.js', title: undefined })).toBe('<file href="a.js"/>');
  });
});

describe('xmlId', () => {
  it.each([
    ['customer-focus', 'customer-focus'],
    ['2024 course', '_2024_course'],
    ['my course: part 1', 'my_course_part_1'],
    ['-lead', '_-lead'],
    ['.dot', '_.dot'],
  ])('turns %j into the valid ID %j', (raw, id) => {
    expect(xmlId(raw)).toBe(id);
    expect(id).toMatch(XML_ID);
  });
});
