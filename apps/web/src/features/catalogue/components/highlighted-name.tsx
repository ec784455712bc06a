import type { THighlightSegment } from '@portal/domain';
import { Fragment } from 'react';

/**
 * A procedure name with the words that matched the search in <mark> (announced as
 * "highlighted" by screen readers that support it, and styled with enough contrast).
 */
export function HighlightedName({ name, segments }: { name: string; segments?: readonly THighlightSegment[] | undefined }) {
  if (!segments || !segments.some((segment) => segment.match)) return <>{name}</>;
  return (
    <>
      {segments.map((segment, index) =>
        segment.match ? (
          <mark key={index} className="search-mark">
            {segment.text}
          </mark>
        ) : (
          <Fragment key={index}>{segment.text}</Fragment>
        ),
      )}
    </>
  );
}
