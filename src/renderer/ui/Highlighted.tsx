// A search snippet (escaped text with <mark>…</mark>) shown as React text, without innerHTML.
const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"' };
const unescape = (s: string) => s.replace(/&(amp|lt|gt|quot);/g, (m) => ENTITIES[m] ?? m);

export function Highlighted({ html, className }: { html: string; className?: string }) {
  const parts = html.split(/(<mark>[\s\S]*?<\/mark>)/g);
  return (
    <span className={className}>
      {parts.map((part, i) =>
        part.startsWith('<mark>') ? (
          <mark key={i}>{unescape(part.slice(6, -7))}</mark>
        ) : (
          <span key={i}>{unescape(part.replace(/<[^>]*>/g, ''))}</span>
        ),
      )}
    </span>
  );
}
