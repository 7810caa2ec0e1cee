/**
 * The one place where stored HTML enters a page. Only inline HTML that the extract stage sanitised with its
 * allowlist (a[href], em, strong, i, b, sub, sup, br) and the translation kept may be passed here.
 */
export function SanitisedHtml(props: { as: 'p' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6' | 'blockquote' | 'li' | 'span'; html: string; lang?: string }) {
  const Tag = props.as;
  return <Tag lang={props.lang} dangerouslySetInnerHTML={{ __html: props.html }} />;
}
