// Builds a seller-center page with jsdom (createElement + textContent only): generated class names,
// wrapped values, label synonyms, hidden stale copies, copy links and the page chrome. Test code only.
import { JSDOM } from "jsdom";
import type { CountdownPart } from "./render-values";
import type { SeededRandom } from "./seeded-random";
import { COPY_TEXT, LABELS, type Concept, type Language } from "./vocabulary";


export type Child = Node | string | null;

export class PageBuilder {
  readonly dom: JSDOM;
  readonly document: Document;

  constructor(
    readonly random: SeededRandom,
    readonly language: Language,
  ) {
    this.dom = new JSDOM("<!doctype html><html><head></head><body></body></html>");
    this.document = this.dom.window.document;
  }

  /** A CSS-module style class whose suffix means nothing (DOMAIN §3). */
  cls(): string {
    const stem = this.random.pick(["infoItem", "label", "value", "rowCell", "buyerInfo", "content", "wrap", "detailItem"]);
    const alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789_";
    let suffix = "";
    for (let i = 0; i < 8; i++) suffix += alphabet[this.random.int(0, alphabet.length - 1)];
    return `${stem}--${suffix}`;
  }

  el(tag: string, attributes: Record<string, string> | null = null, ...children: Child[]): HTMLElement {
    const element = this.document.createElement(tag);
    for (const [name, value] of Object.entries(attributes ?? {})) element.setAttribute(name, value);
    for (const child of children) {
      if (child === null) continue;
      element.append(typeof child === "string" ? this.document.createTextNode(child) : child);
    }
    return element;
  }

  /** A value wrapped in zero to two layers of span/div, as the seller center draws it. */
  wrap(child: Child): Child {
    let node = child;
    for (let depth = this.random.int(0, 2); depth > 0; depth--) {
      node = this.el(this.random.pick(["span", "div"]), { class: this.cls() }, node);
    }
    return node;
  }

  /** A countdown whose numbers may sit in their own elements (DOMAIN §2). */
  countdown(parts: readonly CountdownPart[]): Child {
    if (!this.random.chance(0.4)) return parts.map((part) => part.text).join("");
    const box = this.el("div", { class: this.cls() });
    for (const part of parts) box.append(part.isNumber ? this.el("span", { class: this.cls() }, part.text) : this.document.createTextNode(part.text));
    return box;
  }

  /** A label in one of its synonyms, decorated as pages do: colon or full-width colon, case, width. */
  label(concept: Concept, colon: "maybe" | "always" = "maybe"): string {
    let text = this.random.pick(LABELS[concept][this.language]);
    if (this.language === "en" && this.random.chance(0.1)) text = text.toUpperCase();
    if (this.random.chance(0.05)) text = text.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    const colons = colon === "always" ? [":", "："] : ["", ":", "："];
    return text + this.random.pick(colons);
  }

  /** Sometimes a hidden stale copy beside a value: not what the seller sees (DOMAIN §3). */
  staleCopy(text: string): Child {
    if (!this.random.chance(0.15)) return null;
    const hiders: ReadonlyArray<Record<string, string>> = [{ style: "display:none" }, { hidden: "" }, { "aria-hidden": "true" }, { style: "display: none; position: absolute" }];
    const how = this.random.pick(hiders);
    return this.el(this.random.pick(["span", "div"]), { class: this.cls(), ...how }, text);
  }

  copyLink(): Child {
    if (!this.random.chance(0.3)) return null;
    return this.el("a", { href: "javascript:void(0)", class: this.cls() }, COPY_TEXT[this.language]);
  }

  serialize(): string {
    return this.dom.serialize();
  }
}

/** The app frame: menu (its 商品/订单 links are no labels), breadcrumb and, on lists, the status quick filters. */
export function chrome(page: PageBuilder, title: string, isList: boolean): HTMLElement {
  const { document, language } = page;
  document.documentElement.setAttribute("lang", language === "zh" ? "zh-CN" : "en");
  document.title = title;
  const menu = language === "zh" ? ["首页", "商品", "订单", "纠纷管理"] : ["Home", "Products", "Orders", "Dispute management"];
  const main = page.el("main", { class: page.cls() }, page.el("div", { class: "ait-breadcrumb" }, title));
  if (isList) {
    // The quick filters name statuses (DOMAIN §3): page chrome, not a dispute.
    const tabs = language === "zh" ? ["全部", "纠纷中", "等待您处理"] : ["All", "In dispute", "Awaiting your response"];
    main.append(page.el("div", { class: "ait-tabs" }, ...tabs.map((tab) => page.el("span", null, tab))));
  }
  document.body.append(
    page.el(
      "div",
      { id: "root" },
      page.el("div", { class: page.cls() }, page.el("aside", { class: page.cls() }, ...menu.map((item) => page.el("a", { href: "#" }, item))), main),
    ),
  );
  return main;
}

