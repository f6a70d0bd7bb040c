// The few structural hints the reader uses (DESIGN.md principle 3: class names are hints only, never decide a value).
// Visibility comes from attributes and inline styles only: jsdom and saved pages have no layout.

/** Elements whose text is never what the seller reads. */
const NON_TEXT_TAGS = new Set(["script", "style", "template", "noscript", "head", "title", "meta", "link", "svg"]);

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse))\s*(?:!important)?\s*(?:;|$)/i;

/** Hidden elements hold tooltips and stale copies (DOMAIN.md §3): `hidden`, aria-hidden, display:none inline. */
export function isHiddenElement(element: Element): boolean {
  // localName: HTML pages' element names are lower case, and reading it builds no string (tagName does).
  if (NON_TEXT_TAGS.has(element.localName)) return true;
  if (!element.hasAttributes()) return false;
  // One pass over the attributes instead of four getAttribute calls (≈ 5× faster in Chromium); the first attribute
  // of a name counts, as with getAttribute.
  const attributes = element.attributes;
  let ariaHidden: string | null = null;
  let style: string | null = null;
  let className: string | null = null;
  for (let i = 0; i < attributes.length; i++) {
    const attribute = attributes[i];
    if (attribute === undefined) continue;
    const name = attribute.name;
    if (name === "hidden") return true;
    if (name === "aria-hidden") ariaHidden ??= attribute.value;
    else if (name === "style") style ??= attribute.value;
    else if (name === "class") className ??= attribute.value;
  }
  if (ariaHidden === "true") return true;
  if (style && HIDDEN_STYLE.test(style)) return true;
  return isLockTableClass(className);
}

/** Fusion Next / AIT draw pinned columns a second time in `*-table-lock-left/right` (DOMAIN.md §3): same rows, not more. */
const LOCK_TABLE_CLASS = /(?:^|\s)[\w-]*table-lock-(?:left|right)(?:\s|$)/;
export function isLockTable(element: Element): boolean {
  return isLockTableClass(element.getAttribute("class"));
}

function isLockTableClass(className: string | null): boolean {
  // includes() first: most elements carry classes, few of them a lock table's.
  return className !== null && className.includes("table-lock-") && LOCK_TABLE_CLASS.test(className);
}

/** Table parts: rows and cells by tag, whatever library drew them. */
export const TABLE_ROW = "tr";
export const TABLE_CELL = "th, td";
/** A password field means a login form (pageState "login-expired"). */
export const LOGIN_FORM_FIELD = 'input[type="password"]';
/** Links to a dispute's detail page carry its id (DOMAIN.md §3: ids often only in the row's link). */
export const DISPUTE_LINK = 'a[href*="reverseOrderLineId="], a[href*="issueId="]';
/** Navigation, tabs and buttons: their words (商品, 订单, 纠纷中) are neither field labels nor the dispute's status. */
export const CONTROLS = "a, button, nav, [role='tab'], [role='tablist'], [role='menuitem'], [role='navigation'], [role='button'], select, option";
