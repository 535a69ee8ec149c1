// How the page will look in a search result and on a social card, from pageSnippet(): each title
// and description cut where that result cuts it, with a visible marker at the cut, the part left
// out shown faded after it, and the limits used (snippetLimits.ts).
import type { PageSnippet } from '../../../shared/render';
import { cutAt, SNIPPET_LIMITS, type Cut } from './snippetLimits';

function CutText({ cut, what }: { cut: Cut; what: string }) {
  if (!cut.cut) return <>{cut.shown}</>;
  return (
    <>
      {cut.kept}…
      <span
        className="cut-mark"
        role="img"
        aria-label={`${what} cut here, at ${cut.limit} characters`}
        title={`Cut at ${cut.limit} characters`}
      >
        ✂
      </span>
      <span className="cut-rest">
        <span className="visually-hidden">Not shown: </span>
        {cut.rest}
      </span>
    </>
  );
}

function LimitLine({ title, description }: { title: Cut; description: Cut }) {
  const part = (name: string, c: Cut) => `${name} ${c.length} of ${c.limit} characters${c.cut ? ` (cut, ${c.length - c.limit} over)` : ''}`;
  return <p className="snippet-limits">{`${part('Title', title)} · ${part('description', description)}`}</p>;
}

/** "news.example.com › world › slug", as search results print an address. */
function breadcrumb(url: string): string {
  try {
    const u = new URL(url);
    return [u.host, ...u.pathname.split('/').filter(Boolean).map(decodeURIComponent)].join(' › ');
  } catch {
    return url;
  }
}

export function SearchSnippet({ snippet }: { snippet: PageSnippet }) {
  const title = cutAt(snippet.title, SNIPPET_LIMITS.search.title);
  const description = cutAt(snippet.description, SNIPPET_LIMITS.search.description);
  return (
    <section className="snippet-preview" aria-labelledby="serp-heading">
      <h3 id="serp-heading">Search result</h3>
      <div className="serp" data-testid="search-snippet">
        <p className="serp-site">
          <span className="serp-name">{snippet.siteName}</span>
          <span className="serp-url">{breadcrumb(snippet.url)}</span>
        </p>
        <p className="serp-title">
          <CutText cut={title} what="Title" />
        </p>
        <p className="serp-description">
          {description.shown ? (
            <CutText cut={description} what="Description" />
          ) : (
            <em>No description: search engines pick text themselves.</em>
          )}
        </p>
      </div>
      <LimitLine title={title} description={description} />
    </section>
  );
}

export function SocialCard({ snippet }: { snippet: PageSnippet }) {
  const title = cutAt(snippet.headline, SNIPPET_LIMITS.social.title);
  const description = cutAt(snippet.description, SNIPPET_LIMITS.social.description);
  let host = snippet.url;
  try {
    host = new URL(snippet.url).host;
  } catch {
    // keep the text as it is
  }
  return (
    <section className="snippet-preview" aria-labelledby="card-heading">
      <h3 id="card-heading">Social card</h3>
      <div className="social-card" data-testid="social-card">
        <div className="card-image">
          {snippet.image ? (
            <span>Picture: {snippet.image.alt || snippet.image.url}</span>
          ) : (
            <span>No picture with a public address: the card shows text only.</span>
          )}
        </div>
        <div className="card-text">
          <p className="card-host">{host}</p>
          <p className="card-title">
            <CutText cut={title} what="Title" />
          </p>
          <p className="card-description">
            <CutText cut={description} what="Description" />
          </p>
        </div>
      </div>
      <LimitLine title={title} description={description} />
    </section>
  );
}
