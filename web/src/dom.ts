/** Small DOM helpers: elements are built with textContent, never from HTML strings. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: { className?: string; text?: string; title?: string; dataset?: Record<string, string> } = {},
  ...children: (Node | string | null | undefined | false)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (attrs.className) node.className = attrs.className;
  if (attrs.text !== undefined) node.textContent = attrs.text;
  if (attrs.title) node.title = attrs.title;
  if (attrs.dataset) Object.assign(node.dataset, attrs.dataset);
  for (const child of children) if (child) node.append(child);
  return node;
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`#${id} is missing from the page`);
  return node as T;
}

/** A search snippet marks matches with 【】: show them as <mark>. */
export function snippetNodes(snippet: string): (Node | string)[] {
  const parts: (Node | string)[] = [];
  const pattern = /【([^】]*)】/g;
  let last = 0;
  for (let m = pattern.exec(snippet); m; m = pattern.exec(snippet)) {
    if (m.index > last) parts.push(snippet.slice(last, m.index));
    parts.push(el('mark', { text: m[1] }));
    last = m.index + m[0].length;
  }
  if (last < snippet.length) parts.push(snippet.slice(last));
  return parts;
}

/**
 * A sentence with the given spans marked. Offsets count Unicode code points (as the API
 * does), so the text is split into code points before slicing.
 */
export function highlightedText(text: string, spans: { start: number; end: number }[]): (Node | string)[] {
  const chars = Array.from(text);
  const sorted = spans
    .map((s) => ({ start: Math.max(0, s.start), end: Math.min(chars.length, s.end) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start);
  const parts: (Node | string)[] = [];
  let at = 0;
  for (const span of sorted) {
    if (span.end <= at) continue;
    const start = Math.max(span.start, at);
    if (start > at) parts.push(chars.slice(at, start).join(''));
    parts.push(el('mark', { text: chars.slice(start, span.end).join('') }));
    at = span.end;
  }
  if (at < chars.length) parts.push(chars.slice(at).join(''));
  return parts;
}
