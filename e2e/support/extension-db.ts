// Reads the extension's own IndexedDB inside its service worker (the only place that database lives).
import type { LaunchedExtension } from "./launch.ts";

/** One row of a store by key, or undefined. The row type is the caller's claim about what it expects. */
export function readExtensionRow<T>(browser: LaunchedExtension, store: string, key: string): Promise<T | undefined> {
  return browser.serviceWorker.evaluate(
    ([storeName, id]) =>
      new Promise<T | undefined>((resolve, reject) => {
        const open = indexedDB.open("dispute-sentinel");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(storeName).objectStore(storeName).get(id);
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result as T | undefined);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    [store, key] as const,
  );
}
