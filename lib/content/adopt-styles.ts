// One stylesheet shared by every overlay's shadow root: 500 rows parse the CSS once, not 500 times.
// Where constructable stylesheets are not available to the content script, each root gets its own <style>.

let shared: CSSStyleSheet | null | undefined;

function sharedSheet(css: string): CSSStyleSheet | null {
  if (shared !== undefined) return shared;
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    shared = sheet;
  } catch {
    shared = null;
  }
  return shared;
}

export function adoptOverlayStyles(shadow: ShadowRoot, css: string): void {
  const sheet = sharedSheet(css);
  if (sheet) {
    try {
      if (!shadow.adoptedStyleSheets.includes(sheet)) shadow.adoptedStyleSheets = [sheet];
      return;
    } catch {
      // Fall through to a <style> element.
    }
  }
  if (!shadow.querySelector("style")) {
    const style = shadow.ownerDocument.createElement("style");
    style.textContent = css;
    shadow.prepend(style);
  }
}
