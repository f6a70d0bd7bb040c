// @vitest-environment jsdom
import { findReplyBox, insertIntoReplyBox, insertReplyOrCopy, textAfterInsert } from "./reply-box";

/**
 * A controlled textarea as React keeps one: the framework tracks the value it last saw through the element's own
 * `value` property and takes an input event into its state only when the element's value differs from it.
 */
function frameworkControlled(box: HTMLTextAreaElement): { state: () => string } {
  const native = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value");
  let tracked = box.value;
  let state = box.value;
  Object.defineProperty(box, "value", {
    configurable: true,
    get: () => native?.get?.call(box) as string,
    set: (value: string) => {
      tracked = String(value);
      native?.set?.call(box, value);
    },
  });
  box.addEventListener("input", () => {
    const current = native?.get?.call(box) as string;
    if (current === tracked) return; // "nothing changed": the event is dropped
    tracked = current;
    state = current;
  });
  return { state: () => state };
}

describe("findReplyBox", () => {
  it("finds the box by its placeholder, in Chinese or English", () => {
    document.body.innerHTML = `<input type="text" placeholder="搜索订单号"><textarea id="box" placeholder="请输入回复内容"></textarea>`;
    expect(findReplyBox(document)?.id).toBe("box");
    document.body.innerHTML = `<textarea id="box" placeholder="Write a message to the buyer"></textarea>`;
    expect(findReplyBox(document)?.id).toBe("box");
  });

  it("finds the box by its label or the words before it, never by its class name", () => {
    document.body.innerHTML = `<label for="m">Leave a message</label><textarea id="m"></textarea>`;
    expect(findReplyBox(document)?.id).toBe("m");
    document.body.innerHTML = `<div><div class="title--x9">协商留言</div><div><div class="ait-input"><textarea id="n"></textarea></div></div></div>`;
    expect(findReplyBox(document)?.id).toBe("n");
    document.body.innerHTML = `<textarea class="reply-box message-input" id="anonymous"></textarea>`;
    expect(findReplyBox(document)).toBeNull();
  });

  it("skips the private note, search, tracking and amount fields, hidden, disabled and read-only boxes", () => {
    document.body.innerHTML = `
      <div><span>回复</span><textarea placeholder="卖家备注（买家不可见）"></textarea></div>
      <div><span>Reply</span><input type="text" placeholder="Tracking number"></div>
      <div><span>Message</span><input type="text" aria-label="Refund amount"></div>
      <textarea placeholder="Reply" style="display:none"></textarea>
      <div hidden><textarea placeholder="Reply"></textarea></div>
      <textarea placeholder="Reply" disabled></textarea>
      <textarea placeholder="Reply" readonly></textarea>`;
    expect(findReplyBox(document)).toBeNull();
  });

  it("prefers the box the seller clicked into, then a textarea, then the latest", () => {
    document.body.innerHTML = `<textarea id="a" placeholder="Reply"></textarea><input id="b" placeholder="Reply"><textarea id="c" placeholder="留言"></textarea>`;
    expect(findReplyBox(document)?.id).toBe("c");
    (document.getElementById("a") as HTMLTextAreaElement).focus();
    expect(findReplyBox(document)?.id).toBe("a");
  });
});

describe("insertIntoReplyBox", () => {
  it("sets the value through the native setter and fires input: a framework-controlled box takes it into its state", () => {
    document.body.innerHTML = `<textarea id="box" placeholder="Reply"></textarea>`;
    const box = document.getElementById("box") as HTMLTextAreaElement;
    const page = frameworkControlled(box);
    const events: string[] = [];
    box.addEventListener("input", (event) => events.push(`${event.type}:${(event as InputEvent).inputType}`));
    box.addEventListener("change", (event) => events.push(event.type));
    expect(insertIntoReplyBox(box, "Hello Maria,\n\nThank you.")).toBe(true);
    expect(page.state()).toBe("Hello Maria,\n\nThank you.");
    expect(events).toEqual(["input:insertText", "change"]);
    expect(document.activeElement).toBe(box);
  });

  it("shows why: a plain assignment is swallowed by the framework's tracker", () => {
    document.body.innerHTML = `<textarea id="box"></textarea>`;
    const box = document.getElementById("box") as HTMLTextAreaElement;
    const page = frameworkControlled(box);
    box.value = "typed by script";
    box.dispatchEvent(new Event("input", { bubbles: true }));
    expect(page.state()).toBe("");
  });

  it("keeps what the seller already wrote, the reply after it", () => {
    document.body.innerHTML = `<input id="box" type="text" placeholder="Message">`;
    const box = document.getElementById("box") as HTMLInputElement;
    box.value = "Hi!";
    insertIntoReplyBox(box, "Thanks.");
    expect(box.value).toBe("Hi!\n\nThanks.".replace(/\n/g, ""));
    expect(textAfterInsert("Hi!  \n", "Thanks.")).toBe("Hi!\n\nThanks.");
    expect(textAfterInsert("   ", "Thanks.")).toBe("Thanks.");
    expect(textAfterInsert("Thanks.", "Thanks.")).toBe("Thanks.");
  });
});

describe("insertReplyOrCopy", () => {
  it("inserts where a box is open", async () => {
    document.body.innerHTML = `<textarea placeholder="回复买家"></textarea>`;
    const copied: string[] = [];
    expect(await insertReplyOrCopy(document, "您好", async (text) => (copied.push(text), true))).toBe("inserted");
    expect(copied).toEqual([]);
  });

  it("copies and says so where there is none, or says it failed", async () => {
    document.body.innerHTML = `<p>No form here</p>`;
    const copied: string[] = [];
    expect(await insertReplyOrCopy(document, "Hello", async (text) => (copied.push(text), true))).toBe("copied");
    expect(copied).toEqual(["Hello"]);
    expect(await insertReplyOrCopy(document, "Hello", async () => false)).toBe("failed");
  });
});
