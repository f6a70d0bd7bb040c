// An element's tag name in upper case, as `element.tagName.toUpperCase()` gives it, without building a new string
// per call: browsers build `tagName` afresh each time (≈ 4× the cost of the interned `localName` in Chromium),
// and the reader asks for it for every element it walks.
const upperByLocalName = new Map<string, string>();

export function upperTagName(element: Element): string {
  // Without a prefix, tagName is the local name (upper-cased for HTML): upper-casing either gives the same string.
  if (element.prefix !== null) return element.tagName.toUpperCase();
  const local = element.localName;
  let upper = upperByLocalName.get(local);
  if (upper === undefined) {
    upper = local.toUpperCase();
    if (upperByLocalName.size < 1000) upperByLocalName.set(local, upper);
  }
  return upper;
}
