/** Cuts text into what a reader sees as characters, so an emoji or an accented letter is never cut in half. */
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** The first `max` characters of `text`, or undefined when it has no more than that. */
function cut(text: string, max: number): string | undefined {
  // A string shorter than `max` code units cannot hold more than `max` characters.
  if (text.length <= max) return undefined;
  let count = 0;
  for (const { index } of graphemes.segment(text)) if (count++ === max) return text.slice(0, index);
  return undefined;
}

/**
 * Text that came from a file (a learner's name, a file name in a zip), shown as text in its own
 * direction: a <bdi>, so bidi controls in it cannot reorder the page around it, cut with an ellipsis
 * past `max` characters (whole characters, never half of one), with the whole in its title.
 */
export function FileText({ text, max }: { text: string; max: number }) {
  const shown = cut(text, max);
  if (shown === undefined) return <bdi>{text}</bdi>;
  return (
    <bdi className="file-text-cut" title={text}>
      {shown}…
    </bdi>
  );
}

/** A record allows 200 characters of name; past this many, the table and the cards cut it. */
export const NAME_SHOWN = 80;
/** Zip entries may have names of thousands of characters. */
export const FILE_NAME_SHOWN = 160;
