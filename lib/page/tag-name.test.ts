import { JSDOM } from "jsdom";
import { upperTagName } from "./tag-name";

describe("upperTagName", () => {
  it("equals tagName.toUpperCase() for HTML, SVG, custom and prefixed XML elements", () => {
    const html = new JSDOM(`<!doctype html><body><table><tr><td>1</td></tr></table><svg><foreignObject/><clipPath/></svg><my-widget></my-widget><font>x</font></body>`).window.document;
    const xml = new JSDOM(`<root xmlns:x="urn:x"><x:Row/><Cell/><td/></root>`, { contentType: "application/xml" }).window.document;
    const elements = [...Array.from(html.querySelectorAll("*")), ...Array.from(xml.getElementsByTagName("*"))];
    expect(elements.length).toBeGreaterThan(12);
    for (const element of elements) expect(upperTagName(element), element.tagName).toBe(element.tagName.toUpperCase());
    // Asked twice: the remembered answer is the same.
    for (const element of elements) expect(upperTagName(element)).toBe(element.tagName.toUpperCase());
  });
});
