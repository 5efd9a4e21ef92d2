// Pictures a lesson shows, written in Markdown (`![alt](./picture.png)`), sit beside the lesson
// file. The build imports each one, so it is bundled (and precached for offline use); a name that
// matches no file stops the build here, at the image's line, instead of failing later without one.
import type { Root, RootContent } from 'mdast';
import type { SourcePosition } from '../../quiz/authored';
import { at, type Diagnostic } from './diagnostic';

export interface LessonImage {
  url: string;
  position: SourcePosition;
}

/** Web addresses, site paths and inline data are left as they are; only files beside the lesson are checked. */
const isLocalFile = (url: string) => !/^([a-z][a-z0-9+.-]*:|\/|#)/i.test(url);

/** Every picture of the lesson that names a file beside it. */
export function lessonImages(tree: Root): LessonImage[] {
  const images: LessonImage[] = [];
  const walk = (nodes: readonly RootContent[]) => {
    for (const node of nodes) {
      if (node.type === 'image' && isLocalFile(node.url)) {
        images.push({ url: node.url, position: { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 } });
      }
      if ('children' in node) walk(node.children);
    }
  };
  walk(tree.children);
  return images;
}

/** The file name a picture's address points to in the lesson's folder. */
export const imageFileName = (url: string): string => decodeURIComponent(url.split(/[?#]/)[0]!).replace(/^\.\//, '');

/**
 * The pictures whose file is not in the lesson's folder, named at their line. `exists` answers for
 * a name in that folder: the disk for the build, the course's own pictures in the studio.
 */
export function missingImages(images: readonly LessonImage[], exists: (name: string) => boolean, file: string): Diagnostic[] {
  return images
    .filter((image) => !exists(imageFileName(image.url)))
    .map((image) =>
      at(file, image.position, `The picture "${image.url}" is not in the lesson's folder: put the file beside ${file.slice(file.lastIndexOf('/') + 1)}, or correct its name.`),
    );
}
