import type { SourcePosition } from '../../quiz/authored';

/** A content problem at a place in a file, with what to do about it. */
export interface Diagnostic {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  line: number;
  column: number;
  message: string;
}

export const at = (file: string, position: SourcePosition | undefined, message: string): Diagnostic => ({
  file,
  line: position?.line ?? 1,
  column: position?.column ?? 1,
  message,
});

export const formatDiagnostic = (d: Diagnostic): string => `${d.file}:${d.line}:${d.column}: ${d.message}`;

export const byPlace = (a: Diagnostic, b: Diagnostic): number =>
  a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column;
