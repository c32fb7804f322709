/**
 * The only place the app renders HTML: `bodyHtml` was sanitized once, on write, by the server
 * (server/lib/sanitize.ts). Nothing else may use dangerouslySetInnerHTML.
 */
export function PostBody({ html }: { html: string }) {
  return <div className="post-body" dangerouslySetInnerHTML={{ __html: html }} />;
}
