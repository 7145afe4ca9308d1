import sanitizeHtml from 'sanitize-html'

/**
 * The body of an outgoing letter is rich text typed or pasted by staff and later shown to other
 * staff and printed: it is cut down, on every save, to the formatting a letter needs. Everything
 * else goes (links, images, forms, classes, event handlers); a <script> or <style> goes with its
 * content. Alignment is the only style kept, on paragraphs, headings, cells and spans, because
 * the templates centre lines like "MEMUTUSKAN:".
 */
export const TAG_NASKAH = ['p', 'br', 'strong', 'b', 'em', 'i', 'u', 'ol', 'ul', 'li', 'table', 'thead', 'tbody', 'tr', 'td', 'th', 'h3', 'h4', 'blockquote', 'span'] as const

const RATA = [/^(left|right|center|justify)$/]
const BOLEH_RATA = ['style']

/** The largest body kept: far beyond any letter, well below the column's limit. */
export const BATAS_ISI = 200_000

export function bersihkanHtml(html: string): string {
	return sanitizeHtml(html.slice(0, BATAS_ISI * 2), {
		allowedTags: [...TAG_NASKAH],
		allowedAttributes: { p: BOLEH_RATA, span: BOLEH_RATA, td: BOLEH_RATA, th: BOLEH_RATA, h3: BOLEH_RATA, h4: BOLEH_RATA },
		allowedStyles: { '*': { 'text-align': RATA } },
		allowedSchemes: [],
		allowProtocolRelative: false,
		disallowedTagsMode: 'discard',
		// their text is code or markup, never part of the letter
		nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'title', 'head', 'template', 'iframe', 'object'],
	}).trim()
}
