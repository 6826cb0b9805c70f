import { parse, type DefaultTreeAdapterMap } from 'parse5';

// parse5 follows the HTML standard to the letter, so these checks see each page exactly as
// a browser would: entities decoded, misnested tags repaired, raw text elements respected.
export type HtmlDocument = DefaultTreeAdapterMap['document'];
export type HtmlElement = DefaultTreeAdapterMap['element'];
type HtmlNode = DefaultTreeAdapterMap['node'];

export function parseHtml(html: string): HtmlDocument {
  return parse(html, { sourceCodeLocationInfo: true });
}

const isElement = (node: HtmlNode): node is HtmlElement => 'tagName' in node;

/** Every element in document order, template contents included (iterative: no recursion depth). */
export function* elementsOf(root: HtmlDocument | HtmlElement): Generator<HtmlElement> {
  const stack: HtmlNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isElement(node)) yield node;
    const children: HtmlNode[] = [...('childNodes' in node ? node.childNodes : [])];
    if (node.nodeName === 'template' && 'content' in node) children.push(node.content as HtmlNode);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
}

export function attrOf(element: HtmlElement, name: string): string | undefined {
  return element.attrs.find((a) => a.name === name && !a.prefix)?.value;
}

export function textOf(root: HtmlDocument | HtmlElement): string {
  let out = '';
  const stack: HtmlNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeName === '#text' && 'value' in node) out += node.value;
    const children = 'childNodes' in node ? node.childNodes : [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return out;
}

/** The line an element starts on, for messages. */
export const lineOf = (element: HtmlElement): number => element.sourceCodeLocation?.startLine ?? 0;
