import sanitizeHtml from 'sanitize-html';

/**
 * The one allowlist for stored article HTML: links (http/https only) and emphasis. Every other tag is unwrapped
 * (its text kept) except those whose content is never text for a reader, which go entirely.
 */
const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ['a', 'em', 'strong', 'i', 'b', 'sub', 'sup', 'br'],
  allowedAttributes: { a: ['href'] },
  allowedSchemes: ['http', 'https'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'template', 'iframe', 'object', 'svg', 'math'],
};

export function sanitizeInline(html: string): string {
  return sanitizeHtml(html, OPTIONS).trim();
}
