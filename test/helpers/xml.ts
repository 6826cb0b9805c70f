// sax (strict mode) comes with the toolchain; it rejects any XML that is not well-formed.
import sax from 'sax';

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  text: string;
  children: XmlElement[];
}

/** Parses a whole document strictly into a small tree; throws on the first well-formedness error. */
export function parseXml(xml: string): XmlElement {
  const parser = sax.parser(true, { xmlns: false });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  parser.onerror = (e) => {
    throw e;
  };
  parser.onopentag = (node) => {
    const el: XmlElement = { name: node.name, attributes: node.attributes as Record<string, string>, text: '', children: [] };
    if (stack.length > 0) stack[stack.length - 1]!.children.push(el);
    else if (root) throw new Error('more than one root element');
    else root = el;
    stack.push(el);
  };
  parser.onclosetag = () => void stack.pop();
  parser.ontext = (t) => {
    if (stack.length > 0) stack[stack.length - 1]!.text += t;
  };
  parser.oncdata = parser.ontext;
  parser.write(xml).close();
  if (!root) throw new Error('no root element');
  return root;
}

/** All elements named `name`, depth first. */
export function elements(root: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (el: XmlElement) => {
    if (el.name === name) out.push(el);
    el.children.forEach(walk);
  };
  walk(root);
  return out;
}
