import type { YAMLError } from 'yaml';
import type { SourcePosition } from '../../quiz/authored';
import { at, type Diagnostic } from './diagnostic';

/**
 * A YAML error as a trainer can act on it. The reader finds an unclosed quote only at the block's
 * end, and calls ": " inside a value a "nested mapping": those two point at the line and say the fix.
 * `what` names the block ("Frontmatter", "course.yaml"); `lineOf` turns an offset in `block` into a
 * position in the file.
 */
export function yamlProblem(file: string, what: string, block: string, error: YAMLError, lineOf: (offset: number) => SourcePosition): Diagnostic {
  // The reader's own position counts from the block's start, not the file's: it is dropped.
  const reason = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?\s*$/, '');
  const quote = error.code === 'MISSING_CHAR' ? /closing (["'])quote/.exec(reason)?.[1] : undefined;
  if (quote) {
    const opening = new RegExp(`^\\s*[\\w-]+:\\s*${quote}`);
    let offset = 0;
    for (const line of block.split('\n')) {
      const opened = opening.exec(line);
      if (opened && !line.slice(opened[0].length).includes(quote)) {
        return at(file, lineOf(offset + opened[0].length - 1), `${what} is not valid YAML: the ${quote} that starts this value is never closed. End the value with ${quote} on the same line.`);
      }
      offset += line.length + 1;
    }
  }
  if (error.code === 'BLOCK_AS_IMPLICIT_KEY') {
    return at(file, lineOf(error.pos[0]), `${what} is not valid YAML: this value holds ": ", which YAML reads as a new setting. Put the whole value in double quotes, e.g. title: "Rule one: listen first."`);
  }
  return at(file, lineOf(error.pos[0]), `${what} is not valid YAML: ${reason}`);
}
