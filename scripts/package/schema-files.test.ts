import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { referencedSchemas, schemaClosure } from './schema-files';
import { scormDefinitionFiles } from './package-project';
import { SCORM_12, SCORM_2004, type ScormEdition } from './scorm-manifest';

const closureOf = (edition: ScormEdition) => {
  const folder = join(scormDefinitionFiles(process.cwd()), edition.schemaFolder);
  return schemaClosure(
    edition.schemas.map((s) => s.xsd),
    (name) => readFileSync(join(folder, name), 'utf8'),
  ).sort();
};

describe('referencedSchemas', () => {
  it('finds imports and includes under any prefix, with spaces and line breaks in the tag', () => {
    const xsd = `<xsd:import namespace="x"\n  schemaLocation="a.xsd"/><xs:include schemaLocation = "b.xsd"/><xs:element name="c"/>`;
    expect(referencedSchemas(xsd)).toEqual(['a.xsd', 'b.xsd']);
  });
});

describe('the schemas a package carries', () => {
  it('are, for SCORM 1.2, the content packaging and ADL schemas and the xml namespace they import', () => {
    expect(closureOf(SCORM_12)).toEqual(['adlcp_rootv1p2.xsd', 'ims_xml.xsd', 'imscp_rootv1p1p2.xsd']);
  });

  it('are, for SCORM 2004, those the manifest names and every part of sequencing they include, and nothing unused', () => {
    const files = closureOf(SCORM_2004);
    expect(files).toEqual(expect.arrayContaining(['imscp_v1p1.xsd', 'adlcp_v1p3.xsd', 'imsss_v1p0.xsd', 'imsss_v1p0util.xsd', 'imsss_v1p0objective.xsd', 'xml.xsd']));
    expect(files).not.toContain('adlseq_v1p3.xsd');
    expect(files).not.toContain('adlnav_v1p3.xsd');
  });
});
