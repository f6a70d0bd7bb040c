// Receives what the MAIN-world bridge posts and treats it as untrusted (the page can post anything): only
// messages of the bridge's exact shape are passed to `read` (the JSON reader, loaded on the first such message),
// and the list readings it returns reach the seller page in the order the responses came.
import { BRIDGE_READY_MARKER, checkBridgeMessage, type BridgeMessage } from "../bridge/bridge-message";
import type { JsonListReading } from "./merge-json-reading";

export function listenToBridge(
  win: Window,
  signal: AbortSignal,
  read: (message: BridgeMessage, receivedAt: Date) => Promise<JsonListReading | null>,
  accept: (json: JsonListReading) => void,
): void {
  let queue: Promise<void> = Promise.resolve();
  win.addEventListener(
    "message",
    (event: MessageEvent) => {
      // Only what this very window posted to itself, from the seller center's own origin.
      if (event.source !== win || event.origin !== win.location.origin) return;
      const checked = checkBridgeMessage(event.data);
      if (!checked.ok) return;
      const receivedAt = new Date();
      queue = queue
        .then(() => read(checked.message, receivedAt))
        .then(
          (json) => {
            if (json && !signal.aborted) accept(json);
          },
          // A response that cannot be read (or a reader that failed to load) is dropped: the page's rows remain.
          () => undefined,
        );
    },
    { signal },
  );
  announceReady(win);
}

/** Asks the bridge for the responses it kept (on start and on every visit: the page may have answered first). */
export function announceReady(win: Window): void {
  win.postMessage({ marker: BRIDGE_READY_MARKER }, win.location.origin);
}
