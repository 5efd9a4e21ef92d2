import { Fragment } from 'react';

/** A part of an address longer than this may break anywhere: it would not fit a column otherwise. */
const LONG_PART = 24;

/**
 * An email address that wraps only before its `@` and its dots, never inside a name or at a hyphen
 * (`ana.maria@example.com` → `ana` `.maria` `@example` `.com`). The text stays the address as
 * written, so copying it gives the address.
 */
export function Email({ address }: { address: string }) {
  const parts = address.split(/(?=[@.])/);
  return (
    <span className="email">
      {parts.map((part, index) => (
        <Fragment key={index}>
          {index > 0 && <wbr />}
          <span className={part.length > LONG_PART ? 'email-part-long' : 'email-part'}>{part}</span>
        </Fragment>
      ))}
    </span>
  );
}
