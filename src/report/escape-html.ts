/**
 * Escaping for the HTML report. Every piece of text that reaches the page (quote text, article ids,
 * source names, speakers) goes through {@link escapeHtml}: the report is meant to be opened on
 * untrusted corpora, where an article may contain `<script>` or `"><img onerror=…>`.
 *
 * @module
 */

const HTML_ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for use in element content and in quoted attribute values. */
export function escapeHtml(text: string): string {
  let out = '';
  for (const ch of text) out += HTML_ENTITIES[ch] ?? ch;
  return out;
}

/**
 * The URL, normalised, when it is an absolute `http:` or `https:` URL; otherwise `null`,
 * so `javascript:`, `data:` and relative links are shown as text, never as links.
 */
export function safeHttpUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
}
