// Gives the page's own work a turn between slices of ours. A message-channel post is a fresh task without the
// 4 ms clamp nested setTimeouts get, so 25 slices do not add 100 ms of waiting.

export function yieldToPage(): Promise<void> {
  return new Promise<void>((resolve) => {
    if (typeof MessageChannel === "undefined") {
      setTimeout(resolve, 0);
      return;
    }
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Resolves once the page has drawn its next frame (or after `fallbackMs` in a background tab, where frames wait
 * until the tab is shown): work started then follows the page's own first layout instead of lengthening it.
 */
export function afterNextFrame(win: Pick<Window, "requestAnimationFrame" | "setTimeout" | "clearTimeout">, fallbackMs = 100): Promise<void> {
  return new Promise<void>((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      win.clearTimeout(timer);
      resolve();
    };
    const timer = win.setTimeout(finish, fallbackMs);
    // The frame callback runs before the frame is drawn: one more task and it is.
    win.requestAnimationFrame(() => void yieldToPage().then(finish));
  });
}
