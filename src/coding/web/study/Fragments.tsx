import type { SearchHit } from './coding.api.js';

/** The headline of a hit: plain text pieces, the matching words in <mark>. Never parsed as HTML. */
export function Fragments({ fragments }: { fragments: SearchHit['fragments'] }) {
  return (
    <p className="coding-hit-text">
      {fragments.map((f, index) =>
        // Fragments have no identity beyond their order.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        f.hit ? <mark key={index}>{f.text}</mark> : <span key={index}>{f.text}</span>,
      )}
    </p>
  );
}
