// "Insert into the reply box" (issue 12): find the box the seller writes to the buyer in on the dispute page, by what
// a person reads — its placeholder, its label, the words just before it (DESIGN.md principle 3, never class names) —
// and put a reply into it so that the page's own framework notices, as if the seller had typed it.
import { NOT_REPLY_BOX_WORDS, REPLY_BOX_WORDS } from "../page/labels";
import { isHiddenElement } from "../page/selectors";

export type ReplyBox = HTMLTextAreaElement | HTMLInputElement | HTMLElement;

const CANDIDATES = 'textarea, input:not([type]), input[type="text"], [contenteditable=""], [contenteditable="true"], [role="textbox"]';
// How far up the words before a box are looked for: the box's own row or form item, not the whole page.
const NEARBY_LEVELS = 3;
const NEARBY_CHARS = 80;

const normalise = (text: string | null | undefined): string => (text ?? "").replace(/\s+/g, " ").trim().toLowerCase();
const hasWord = (text: string, words: readonly string[]): boolean => words.some((word) => text.includes(word.toLowerCase()));

function isUsable(element: Element): boolean {
  const view = element.ownerDocument.defaultView;
  if (!view) return false;
  for (let node: Element | null = element; node !== null; node = node.parentElement) if (isHiddenElement(node)) return false;
  if ((element instanceof view.HTMLTextAreaElement || element instanceof view.HTMLInputElement) && (element.disabled || element.readOnly)) return false;
  if (element.getAttribute("aria-disabled") === "true" || element.getAttribute("aria-readonly") === "true") return false;
  // Hidden by the page's style sheets (a closed form kept in the page), which the attribute checks cannot see;
  // checkVisibility knows the layout (Chromium, Firefox), jsdom has neither and counts on the attributes.
  if (typeof element.checkVisibility === "function") return element.checkVisibility({ visibilityProperty: true });
  const style = view.getComputedStyle(element);
  return style.display !== "none" && style.visibility !== "hidden";
}

/** What the box says about itself: placeholder, accessible name, title, its label(s). */
function ownWords(element: Element): string {
  const doc = element.ownerDocument;
  const parts = [element.getAttribute("placeholder"), element.getAttribute("aria-label"), element.getAttribute("title"), element.getAttribute("data-placeholder")];
  for (const id of (element.getAttribute("aria-labelledby") ?? "").split(/\s+/).filter(Boolean)) parts.push(doc.getElementById(id)?.textContent ?? null);
  const labels = (element as HTMLInputElement).labels;
  if (labels) for (const label of Array.from(labels)) parts.push(label.textContent);
  const wrapping = element.closest("label");
  if (wrapping) parts.push(wrapping.textContent);
  return normalise(parts.filter(Boolean).join(" "));
}

/** The text just before the box within its own few ancestors: a form item's label, a block's title. */
function nearbyWords(element: Element): string {
  const parts: string[] = [];
  let node: Element | null = element;
  for (let level = 0; level < NEARBY_LEVELS && node !== null; level++) {
    for (let sibling = node.previousElementSibling; sibling !== null; sibling = sibling.previousElementSibling) {
      if (isHiddenElement(sibling) || sibling.querySelector(CANDIDATES)) continue;
      const text = normalise(sibling.textContent);
      if (text) parts.push(text.slice(-NEARBY_CHARS));
      if (parts.length >= 3) break;
    }
    node = node.parentElement;
  }
  return parts.join(" ");
}

function score(element: Element): number {
  const own = ownWords(element);
  if (hasWord(own, NOT_REPLY_BOX_WORDS)) return 0;
  let points = 0;
  if (hasWord(own, REPLY_BOX_WORDS)) points += 5;
  else if (hasWord(nearbyWords(element), REPLY_BOX_WORDS)) points += 3;
  else return 0;
  if (element.localName === "textarea") points += 2;
  else if (element.localName !== "input") points += 1;
  // The box the seller clicked into last is the one they mean.
  if (element.ownerDocument.activeElement === element) points += 3;
  // An open dialog (a "reply" or "refuse" form) is in front of everything else on the page.
  if (element.closest('[role="dialog"], dialog[open]')) points += 1;
  return points;
}

/** The reply box open on the page, or null when there is none (the caller then copies instead and says so). */
export function findReplyBox(root: Document | Element): ReplyBox | null {
  let best: { element: ReplyBox; points: number } | null = null;
  for (const element of Array.from(root.querySelectorAll<HTMLElement>(CANDIDATES))) {
    if (!isUsable(element)) continue;
    const points = score(element);
    // Ties go to the later box: a form opened on demand is added after the page's own.
    if (points > 0 && (best === null || points >= best.points)) best = { element, points };
  }
  return best?.element ?? null;
}

/** The text after insertion: the reply alone in an empty box, else after what the seller already wrote. */
export function textAfterInsert(current: string, reply: string): string {
  const before = current.replace(/\s+$/, "");
  if (before === "" || before === reply.trim()) return reply;
  return `${before}\n\n${reply}`;
}

/**
 * Puts the reply into the box the way typing would reach the page's framework. A framework-controlled field
 * (React and the like) tracks the value it last set through the element's own `value` property, so the value is set
 * through the prototype's native setter and an input event is dispatched: the framework sees a change and takes
 * it into its state. Returns whether the box holds the reply afterwards.
 */
export function insertIntoReplyBox(box: ReplyBox, reply: string): boolean {
  const view = box.ownerDocument.defaultView;
  if (!view) return false;
  box.focus({ preventScroll: true });
  if (box instanceof view.HTMLTextAreaElement || box instanceof view.HTMLInputElement) {
    const prototype = box instanceof view.HTMLTextAreaElement ? view.HTMLTextAreaElement.prototype : view.HTMLInputElement.prototype;
    const setValue = Object.getOwnPropertyDescriptor(prototype, "value")?.set;
    if (!setValue) return false;
    const text = textAfterInsert(box.value, reply);
    setValue.call(box, text);
    box.dispatchEvent(new view.InputEvent("input", { bubbles: true, inputType: "insertText", data: reply }));
    box.dispatchEvent(new view.Event("change", { bubbles: true }));
    bringIntoView(box);
    return box.value === text;
  }
  // A rich editor: its own input handling takes a text insertion at the caret (its end, after what is written).
  const selection = view.getSelection();
  if (selection) {
    selection.selectAllChildren(box);
    selection.collapseToEnd();
  }
  const hadText = normalise(box.textContent) !== "";
  // execCommand is the one way to type into a contenteditable that its editor hears; where it is gone, copy instead.
  const doc = box.ownerDocument as Document & { execCommand?: (command: string, ui: boolean, value: string) => boolean };
  const inserted = typeof doc.execCommand === "function" && doc.execCommand("insertText", false, hadText ? `\n\n${reply}` : reply);
  bringIntoView(box);
  return inserted && normalise(box.textContent).includes(normalise(reply).slice(0, 40));
}

/** The seller sees what was put in (jsdom has no layout and no scrolling). */
function bringIntoView(box: Element): void {
  if (typeof box.scrollIntoView === "function") box.scrollIntoView({ block: "center" });
}

export type InsertOutcome = "inserted" | "copied" | "failed";

/** Insert where there is a box; else put it on the clipboard and say so ("copied"), or "failed" when that is refused too. */
export async function insertReplyOrCopy(doc: Document, reply: string, copy: (text: string) => Promise<boolean>): Promise<InsertOutcome> {
  const box = findReplyBox(doc);
  if (box !== null && insertIntoReplyBox(box, reply)) return "inserted";
  return (await copy(reply)) ? "copied" : "failed";
}
