import fc from "fast-check";
import { JSDOM } from "jsdom";
import { collapseSpaces, collectTextRuns, isCopyLinkText, joinRuns } from "./text-runs";

function body(html: string): HTMLElement {
  return new JSDOM(`<body>${html}</body>`).window.document.body;
}

describe("collectTextRuns", () => {
  it("skips hidden subtrees, scripts and styles; visibility from attributes only", () => {
    const runs = collectTextRuns(
      body(
        "<div>a</div><div style='display:none'>b</div><div style='color:red; visibility: hidden'>c</div><div hidden>d</div>" +
          "<div aria-hidden='true'>e</div><div aria-hidden='false'>f</div><script>g</script><style>h{}</style>" +
          "<div class='ait-table-lock-left'>i</div><div class='next-table-lock'>j</div><div style='display: block'>k</div>",
      ),
    );
    expect(runs.map((r) => r.text)).toEqual(["a", "f", "j", "k"]);
  });

  it("keeps the shown text, whitespace collapsed (NBSP, ideographic space, newlines)", () => {
    const runs = collectTextRuns(body("<span>\n  买家发货，\u00a0等待卖家收货\u3000 </span>"));
    expect(runs.map((r) => r.text)).toEqual(["买家发货， 等待卖家收货"]);
  });
});

describe("joinRuns", () => {
  const join = (html: string) => joinRuns(collectTextRuns(body(html)));

  it("reads digits in their own inline elements as one text", () => {
    expect(join("<div><span>4</span>天<span>23</span>时<span>15</span>分</div>")).toBe("4天23时15分");
    expect(join("<div><em>01</em>:<em>42</em>:<em>16</em></div>")).toBe("01:42:16");
  });

  it("separates blocks, line breaks and spaced runs", () => {
    expect(join("<div>等待您处理</div><div>剩余 2 天</div>")).toBe("等待您处理 剩余 2 天");
    expect(join("<td>Closed<br>2 days</td>")).toBe("Closed 2 days");
    expect(join("<span>US</span> <span>$12.50</span>")).toBe("US $12.50");
  });

  it("drops copy links", () => {
    expect(join("<span>8290707873460648 <a>Copy</a></span>")).toBe("8290707873460648");
    expect(join("<div>8183974713700486<a>复制</a></div>")).toBe("8183974713700486");
    expect(isCopyLinkText(" 复制 ")).toBe(true);
    expect(isCopyLinkText("Copy of order")).toBe(false);
  });
});

describe("collapseSpaces", () => {
  it("gives what a full collapse gives, for any text (its shortcut skips only texts it would not change)", () => {
    const full = (s: string) => s.replace(/[\s\u200b\u200c\u200d\ufeff]+/g, " ").trim();
    const piece = fc.constantFrom(" ", "  ", "\u00a0", "\u3000", "\n", "\t", "\u200b", "\ufeff", "a", "订单", "1", ":");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }).map((parts) => parts.join("")), (text) => {
        expect(collapseSpaces(text)).toBe(full(text));
      }),
      { numRuns: 2000 },
    );
  });
});
