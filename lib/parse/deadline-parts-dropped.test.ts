// Issue 14's property: drop any one element or text of a countdown or stated deadline on any fixture page
// (or empty it, as a widget does mid-render) — the deadline read is the true one or unknown, never another.
// Each page is tried as saved and with every number of its deadline texts in an element of its own
// (`<span>4</span>天<span>23</span>时`, DOMAIN.md §2), so that each number, unit and separator can go missing.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { JSDOM } from "jsdom";
import type { PageReading } from "../model";
import { handMadeManifestPages, sharedManifestPages } from "./__fixtures__/manifest-pages";
import { generatePages } from "./__fixtures__/generate";
import { readPage } from "./read-page";
import { normalizeText, parseDeadlineText } from "./text";
import { collectTextRuns, hasNumberAcrossElements, joinRuns } from "./text-runs";

interface SourcePage {
  name: string;
  html: string;
  url: string;
  now: string;
  zone: string;
}

const fixturePages: SourcePage[] = [...sharedManifestPages(), ...handMadeManifestPages()];
const generatedPages: SourcePage[] = generatePages(20261214, 40).map((page) => ({
  name: `generated #${page.index} ${page.layout}`,
  html: page.html,
  url: page.url,
  now: page.now,
  zone: page.zone,
}));

type Variant = "as saved" | "numbers in elements";
type Action = "drop" | "empty";

/** A fresh copy of the page (a deep clone: a new jsdom window costs ten times more), with its deadline holders. */
function documentOf(prepared: Prepared, variant: Variant): { document: Document; holders: Element[] } {
  const document = prepared.saved.cloneNode(true) as Document;
  const holders = prepared.holderPaths.map((path) => elementAt(document, path));
  if (variant === "numbers in elements") for (const holder of holders) putNumbersInElements(holder);
  return { document, holders };
}

/** Where an element sits below <body>, as child indexes: the same element in another parse of the page. */
function pathOf(element: Element): number[] {
  const path: number[] = [];
  for (let current = element; current.parentElement !== null && current.tagName !== "BODY"; current = current.parentElement) {
    path.unshift([...current.parentElement.children].indexOf(current));
  }
  return path;
}

function elementAt(document: Document, path: readonly number[]): Element {
  let element: Element = document.body;
  for (const index of path) {
    const child = element.children[index];
    if (child === undefined) throw new Error(`no element at ${path.join("/")}`);
    element = child;
  }
  return element;
}

function read(document: Document, page: SourcePage): PageReading {
  return readPage(document, page.url, new Date(page.now), page.zone);
}

interface ShownDeadlines {
  /** Disputes' deadlines and orders' ship-by deadlines, as ISO strings. */
  instants: Set<string>;
  /** The texts the disputes' deadlines were read from, without spaces. */
  texts: Set<string>;
}

/** Every deadline the unmutated page shows. */
function deadlinesOf(reading: PageReading): ShownDeadlines {
  const all = [...reading.disputes.map((dispute) => dispute.deadline), ...reading.orders.map((order) => order.shipDeadline)];
  const texts = reading.disputes.map((dispute) => (dispute.deadline === null ? null : dispute.deadlineText));
  return {
    instants: new Set(all.filter((deadline): deadline is string => deadline !== null)),
    texts: new Set(texts.filter((text): text is string => text !== null).map(withoutSpaces)),
  };
}

function withoutSpaces(text: string): string {
  return normalizeText(text).replace(/\s/g, "");
}

/**
 * The elements holding a deadline the page shows: the innermost elements whose visible text reads as one of the
 * deadlines (a countdown cell, a date under its label, a banner sentence) or holds a text one was read from (a
 * record written as one line, whose first date is another field's).
 */
function deadlineHolders(document: Document, page: SourcePage, shown: ShownDeadlines): Element[] {
  const now = new Date(page.now);
  const holding = [...document.body.querySelectorAll("*")].filter((element) => {
    const text = joinRuns(collectTextRuns(element));
    const read = parseDeadlineText(text, now, page.zone);
    if (read !== null && shown.instants.has(read.iso)) return true;
    const compact = withoutSpaces(text);
    return [...shown.texts].some((deadlineText) => compact.includes(deadlineText));
  });
  return holding.filter((element) => !holding.some((other) => other !== element && element.contains(other)));
}

// A zone named beside a time stays with it: dropped whole, it would leave a complete time in the page's own zone,
// which no reader can tell from a time shown without a zone (DOMAIN.md §2: the seller center shows most times so).
const NAMES_A_ZONE = /GMT|UTC|PST|PDT|北京时间|太平洋时间|Beijing|Pacific/i;

/** Each run of digits in its own <span>, the words and separators between them left as text nodes. */
function putNumbersInElements(holder: Element): void {
  const walker = holder.ownerDocument.createTreeWalker(holder, 4 /* NodeFilter.SHOW_TEXT */);
  const texts: Text[] = [];
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) texts.push(node as Text);
  for (const text of texts) {
    const value = text.data;
    if (!/\d/.test(value) || NAMES_A_ZONE.test(value)) continue;
    const pieces = value.split(/(\d+)/).filter((piece) => piece !== "");
    text.replaceWith(
      ...pieces.map((piece) => {
        if (!/^\d+$/.test(piece)) return piece;
        const span = holder.ownerDocument.createElement("span");
        span.textContent = piece;
        return span;
      }),
    );
  }
}

/** What a mutation can take away: each holder itself (emptied) and every node inside it. */
function targetsOf(holders: readonly Element[]): Node[] {
  return holders.flatMap((holder) => {
    const inside: Node[] = [];
    const walker = holder.ownerDocument.createTreeWalker(holder, 1 | 4 /* elements and text */);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) inside.push(node);
    return [holder, ...inside];
  });
}

function takeAway(node: Node, action: Action, isHolder: boolean): void {
  if (action === "empty" || isHolder) {
    if (node.nodeType === 3) (node as Text).data = "";
    else (node as Element).replaceChildren();
  } else {
    node.parentNode?.removeChild(node);
  }
}

interface Prepared {
  page: SourcePage;
  /** The page as saved, never mutated: each run reads a copy. */
  saved: Document;
  truth: PageReading;
  shown: ShownDeadlines;
  /** Where the deadline holders sit, found once on the page as saved. */
  holderPaths: number[][];
}

function prepare(pages: readonly SourcePage[]): Prepared[] {
  return pages.flatMap((page) => {
    const saved = new JSDOM(page.html, { url: page.url }).window.document;
    const truth = read(saved, page);
    const shown = deadlinesOf(truth);
    const holderPaths = deadlineHolders(saved, page, shown).map(pathOf);
    return shown.instants.size > 0 ? [{ page, saved, truth, shown, holderPaths }] : [];
  });
}

/** Why the mutated page's reading breaks the property, or null when every deadline is the true one or unknown. */
function violation(truth: PageReading, mutated: PageReading): string | null {
  for (const dispute of mutated.disputes) {
    if (dispute.deadline === null) continue;
    const original = truth.disputes.find((candidate) => candidate.disputeId === dispute.disputeId);
    if (original === undefined) continue; // which disputes are read at all is issue 3's property
    if (dispute.deadline !== original.deadline) return `dispute ${dispute.disputeId}: deadline ${dispute.deadline} from "${dispute.deadlineText}", true ${String(original.deadline)}`;
  }
  for (const order of mutated.orders) {
    if (order.shipDeadline === null) continue;
    const original = truth.orders.find((candidate) => candidate.orderId === order.orderId);
    if (original === undefined) continue;
    if (order.shipDeadline !== original.shipDeadline) return `order ${order.orderId}: ship deadline ${order.shipDeadline}, true ${String(original.shipDeadline)}`;
  }
  return null;
}

function describeNode(node: Node): string {
  return node.nodeType === 3 ? `text ${JSON.stringify((node as Text).data)}` : `<${(node as Element).tagName.toLowerCase()}> ${JSON.stringify(node.textContent)}`;
}

function check(prepared: readonly Prepared[], seed: number, numRuns: number): void {
  fc.assert(
    fc.property(
      fc.nat({ max: prepared.length - 1 }),
      fc.constantFrom<Variant>("as saved", "numbers in elements"),
      fc.nat({ max: 100_000 }),
      fc.constantFrom<Action>("drop", "empty"),
      (pageIndex, variant, targetIndex, action) => {
        const source = prepared[pageIndex];
        if (source === undefined) return;
        const { document, holders } = documentOf(source, variant);
        const targets = targetsOf(holders);
        const target = targets[targetIndex % targets.length];
        if (target === undefined) throw new Error(`${source.page.name}: no element holds a deadline`);
        const what = `${source.page.name} (${variant}), ${action} ${describeNode(target)}`;
        takeAway(target, action, holders.includes(target as Element));
        const problem = violation(source.truth, read(document, source.page));
        if (problem !== null) throw new Error(`${what}: ${problem}`);
      },
    ),
    { seed, numRuns },
  );
}

const fixtures = prepare(fixturePages);
const generated = prepare(generatedPages);

describe("a deadline with a part taken away is the true one or unknown (issue 14)", () => {
  it("has pages with deadlines, each holder found; numbers in elements read the same on every fixture page", () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(20);
    expect(generated.length).toBeGreaterThanOrEqual(20);
    for (const prepared of [...fixtures, ...generated]) {
      const { page, truth, shown } = prepared;
      const { document, holders } = documentOf(prepared, "numbers in elements");
      expect(holders.length, page.name).toBeGreaterThan(0);
      // Numbers in elements of their own still read as the same deadlines: the holders found on the page as saved stand.
      expect(deadlineHolders(document, page, shown).map(pathOf), page.name).toEqual(prepared.holderPaths);
      const reading = read(document, page);
      expect(violation(truth, reading), page.name).toBeNull();
      // A generated record written as one line loses a labelled value whose label shares a text with it once the
      // numbers leave that text: unknown, which the property allows. Saved pages must keep every deadline.
      if (fixtures.some((fixture) => fixture.page === page)) expect(deadlinesOf(reading).instants, page.name).toEqual(shown.instants);
    }
  }, 120_000);

  // Fixed seeds: a failure names the page, the variant and the node taken away, and replays.
  it("fixture pages", () => check(fixtures, 14, 600), 300_000);
  it("generated pages", () => check(generated, 1414, 300), 300_000);
});

// The issue's own examples on a saved page: a digit element dropped or empty mid-render.
describe("a countdown widget with a number or unit gone (issue 14 examples)", () => {
  const pagesDir = new URL("./__fixtures__/pages/", import.meta.url);
  const LIST_URL = "https://csp.aliexpress.com/m_apps/dispute-management/list?channelId=2285755";
  const DETAIL_URL = "https://csp.aliexpress.com/m_apps/dispute-management/detail?reverseOrderLineId=6371296864644001";
  const NOW = new Date("2026-11-20T18:30:00.000Z");
  const WIDGET = '<div class="countdown--Mm9Nn0Bb"><span class="num--Cc1Vv2Xx">4</span>天<span class="num--Cc1Vv2Xx">23</span>时<span class="num--Cc1Vv2Xx">15</span>分</div>';
  const BANNER = "请在 2天13小时 内处理";

  function readListWithWidget(widget: string): PageReading {
    const html = readFileSync(fileURLToPath(new URL("dispute-list-zh-countdown-digits.html", pagesDir)), "utf8");
    expect(html).toContain(WIDGET);
    return readPage(new JSDOM(html.replace(WIDGET, widget), { url: LIST_URL }).window.document, LIST_URL, NOW, "America/Los_Angeles");
  }

  function readDetailWithBanner(banner: string): PageReading {
    const html = readFileSync(fileURLToPath(new URL("dispute-detail-zh-banner-countdown.html", pagesDir)), "utf8");
    expect(html).toContain(BANNER);
    return readPage(new JSDOM(html.replace(BANNER, banner), { url: DETAIL_URL }).window.document, DETAIL_URL, NOW, "America/Los_Angeles");
  }

  it("reads the whole widget", () => {
    const reading = readListWithWidget(WIDGET);
    expect(reading.disputes[0]?.deadline).toBe("2026-11-25T17:45:00.000Z");
    expect(reading.warnings.filter((warning) => warning.includes("part missing"))).toEqual([]);
  });

  it.each([
    ["an hour element left empty", '<div><span>4</span>天<span></span>时<span>15</span>分</div>'],
    ["the day count dropped", "<div>天<span>23</span>时<span>15</span>分</div>"],
    ["the minute count dropped", "<div><span>4</span>天<span>23</span>时分</div>"],
    ["the minute unit dropped", "<div><span>4</span>天<span>23</span>时<span>15</span></div>"],
    ["the day unit dropped: 4 and 23 drawn together", "<div><span>4</span><span>23</span>时<span>15</span>分</div>"],
    ["the hour unit dropped: 23 and 15 drawn together", "<div><span>4</span>天<span>23</span><span>15</span>分</div>"],
    ["days before a clock that lost its hours", "<div><span>04</span>天 <span></span>:<span>15</span>:<span>07</span></div>"],
  ])("%s: deadline unknown, with a warning", (_case, widget) => {
    const reading = readListWithWidget(widget);
    const dispute = reading.disputes.find((candidate) => candidate.disputeId === "6344526047344001");
    expect(dispute?.deadline).toBeNull();
    expect(reading.warnings.some((warning) => warning.startsWith("dispute 6344526047344001: deadline") && warning.includes("part missing"))).toBe(true);
    // The other rows keep their deadlines.
    expect(reading.disputes.find((candidate) => candidate.disputeId === "6344526047344003")?.deadline).toBe("2026-11-20T20:12:16.000Z");
  });

  it("reads a banner's countdown with its numbers in elements, and not once a unit between them is gone", () => {
    expect(readDetailWithBanner("请在 <b>2</b>天<b>13</b>小时 内处理").disputes[0]?.deadline).toBe("2026-11-23T07:30:00.000Z");
    const broken = readDetailWithBanner("请在 <b>2</b><b>13</b>小时 内处理");
    expect(broken.disputes[0]?.deadline).toBeNull();
    expect(broken.warnings.some((warning) => warning.includes("part missing"))).toBe(true);
  });

  it("tells numbers drawn together from numbers apart, and leaves ids alone", () => {
    const runsOf = (html: string) => collectTextRuns(new JSDOM(`<div id="v">${html}</div>`).window.document.getElementById("v") as Element);
    expect(hasNumberAcrossElements(runsOf("<span>4</span><span>23</span>时"))).toBe(true);
    expect(hasNumberAcrossElements(runsOf("<span>4</span>天<span>23</span>时"))).toBe(false);
    expect(hasNumberAcrossElements(runsOf("<span>4</span> <span>23</span>"))).toBe(false);
    expect(hasNumberAcrossElements(runsOf("<div>4</div><div>23</div>"))).toBe(false); // block elements: apart
    // A search highlight inside an order id is one number: the reader checks deadline values only.
    const html = readFileSync(fileURLToPath(new URL("dispute-list-zh-countdown-digits.html", pagesDir)), "utf8").replace("<td>8118783032115001</td>", "<td>8118783<em>032115</em>001</td>");
    const reading = readPage(new JSDOM(html, { url: LIST_URL }).window.document, LIST_URL, NOW, "America/Los_Angeles");
    expect(reading.disputes[0]?.orderId).toBe("8118783032115001");
    expect(reading.disputes[0]?.deadline).toBe("2026-11-25T17:45:00.000Z");
  });
});
