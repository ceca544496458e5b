/**
 * Minimal XML writing for the MAML help: escaping and an element tree rendered with two-space
 * indentation. Text is escaped; characters XML 1.0 forbids are dropped.
 *
 * @module
 */

export interface XmlElement {
  name: string;
  attributes?: [string, string][];
  /** Text content (escaped) or child elements. */
  children?: XmlElement[] | string;
}

const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

function escapeXml(text: string): string {
  return text
    .replace(FORBIDDEN, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export function el(name: string, children?: XmlElement[] | string, attributes?: [string, string][]): XmlElement {
  return { name, children, attributes };
}

/** Renders an element and its descendants, one element per line. */
export function renderXml(element: XmlElement, depth = 0): string {
  const pad = '  '.repeat(depth);
  const attrs = (element.attributes ?? []).map(([k, v]) => ` ${k}="${escapeXml(v)}"`).join('');
  const children = element.children;
  if (children === undefined || (Array.isArray(children) && children.length === 0)) return `${pad}<${element.name}${attrs} />`;
  if (typeof children === 'string') return `${pad}<${element.name}${attrs}>${escapeXml(children)}</${element.name}>`;
  const inner = children.map((child) => renderXml(child, depth + 1)).join('\n');
  return `${pad}<${element.name}${attrs}>\n${inner}\n${pad}</${element.name}>`;
}
