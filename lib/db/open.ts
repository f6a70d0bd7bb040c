// Opens (and creates or upgrades) the extension's database. Only the background writes to it (DESIGN.md).
import { openDB, type IDBPDatabase } from "idb";
import { upgradeSentinelDb } from "./migrations";
import type { SentinelDb } from "./schema";

export const DB_VERSION = 3;
export const DEFAULT_DB_NAME = "dispute-sentinel";

export interface OpenSentinelDbOptions {
  /** The clock used to date deadlines recomputed during an upgrade. */
  now?: () => Date;
}

export function openSentinelDb(
  name: string = DEFAULT_DB_NAME,
  options: OpenSentinelDbOptions = {},
): Promise<IDBPDatabase<SentinelDb>> {
  const now = options.now ?? (() => new Date());
  return openDB<SentinelDb>(name, DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, transaction) {
      // An aborted upgrade is reported by openDB's own rejection; this copy of it needs no second reader.
      transaction.done.catch(() => undefined);
      upgradeSentinelDb(db, oldVersion, transaction, now()).catch(() => {
        // A failed step must leave the old database as it was: abort, and openDB rejects.
        try {
          transaction.abort();
        } catch {
          // Already finished: the request error has aborted it.
        }
      });
    },
    blocking(_currentVersion, _blockedVersion, event) {
      // A newer version (an extension update) wants to upgrade: let it, this connection is reopened by the caller.
      (event.target as IDBDatabase).close();
    },
  });
}
