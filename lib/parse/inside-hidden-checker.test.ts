import { JSDOM } from "jsdom";
import { insideHiddenChecker, isInsideHidden } from "./text-runs";

describe("insideHiddenChecker", () => {
  it("answers as isInsideHidden for every element of a page with hidden subtrees, in any order", () => {
    const doc = new JSDOM(`<!doctype html><body><div id="stop"><section><p><a>1</a></p><div hidden><p><a>2</a><span aria-hidden="true"><a>3</a></span></p></div>
      <div style="display:none"><a>4</a></div><table class="x-table-lock-left"><tr><td><a>5</a></td></tr></table><ul><li><b><a>6</a></b></li></ul></section></div>
      <div hidden><a>7</a></div></body>`).window.document;
    const stop = doc.getElementById("stop");
    const elements = Array.from(doc.querySelectorAll("*"));
    for (const order of [elements, [...elements].reverse()]) {
      const check = insideHiddenChecker(stop);
      for (const element of order) expect(check(element), `${element.tagName} ${element.textContent ?? ""}`).toBe(isInsideHidden(element, stop));
    }
    expect(elements.filter((e) => isInsideHidden(e, stop)).length).toBeGreaterThan(5);
    expect(elements.filter((e) => !isInsideHidden(e, stop)).length).toBeGreaterThan(5);
  });
});
