/** A small XML reader for tests: well-formedness, elements, attributes and text, strict about escaping. */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

// Tokens: the declaration, a comment, an end tag, a start or empty tag with "-quoted attributes, text.
const TOKEN = /<\?xml[^?]*\?>|<!--(?:(?!--)[^])*-->|<\/([A-Za-z_][\w.-]*)\s*>|<([A-Za-z_][\w.-]*)((?:\s+[A-Za-z_][\w.-]*\s*=\s*"[^"<]*")*)\s*(\/?)>|([^<]+)/y;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** A small XML reader for tests: throws on anything not well-formed, else returns the root element. */
export function parseXml(xml: string): XmlElement {
  const top: XmlElement = { name: '', attributes: {}, children: [], text: '' };
  const stack = [top];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < xml.length) {
    const from = TOKEN.lastIndex;
    const m = TOKEN.exec(xml);
    if (!m) throw new Error(`not well-formed at ${from}: ${JSON.stringify(xml.slice(from, from + 40))}`);
    const [, close, open, attrs = '', empty, text] = m;
    const parent = stack[stack.length - 1]!;
    if (text !== undefined) {
      if (parent === top && text.trim() !== '') throw new Error('text outside the root element');
      parent.text += decode(text);
    } else if (close !== undefined) {
      if (close !== parent.name) throw new Error(`</${close}> closes <${parent.name}>`);
      stack.pop();
    } else if (open !== undefined) {
      if (parent === top && top.children.length > 0) throw new Error('a second root element');
      const element: XmlElement = { name: open, attributes: attributesOf(attrs), children: [], text: '' };
      parent.children.push(element);
      if (!empty) stack.push(element);
    }
  }
  if (stack.length !== 1 || top.children.length !== 1) throw new Error('an unclosed element, or no root');
  return top.children[0]!;
}

function attributesOf(source: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const [, name = '', value = ''] of source.matchAll(/([A-Za-z_][\w.-]*)\s*=\s*"([^"]*)"/g)) {
    if (name in attributes) throw new Error(`attribute ${name} twice`);
    // As XML parsers do, literal line breaks and tabs in a value become spaces.
    attributes[name] = decode(value.replace(/[\t\n\r]/g, ' '));
  }
  return attributes;
}

function decode(s: string): string {
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.test(s)) throw new Error('a character XML does not allow');
  return s.replace(/&([^;&\s]*);?/g, (ref, name: string) => {
    const char = !ref.endsWith(';') ? undefined
      : name.startsWith('#x') ? String.fromCodePoint(parseInt(name.slice(2), 16))
      : name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1)))
      : ENTITIES[name];
    if (char === undefined) throw new Error(`bad reference ${ref}`);
    return char;
  });
}
