// Test helper: every store of a database, keys and rows, as one string, so "changed nothing" can be
// checked byte for byte (a refused import) and "the same data" row for row (a round trip).
import type { IDBPDatabase, StoreNames } from "idb";
import type { SentinelDb } from "../schema";

/** Every store's keys and rows in key order, serialised as stored (property order included). */
export async function dumpDatabase(db: IDBPDatabase<SentinelDb>): Promise<string> {
  const names = [...db.objectStoreNames].sort() as StoreNames<SentinelDb>[];
  const tx = db.transaction(names, "readonly");
  const stores = await Promise.all(
    names.map(async (name) => {
      const store = tx.objectStore(name);
      const [keys, rows] = await Promise.all([store.getAllKeys(), store.getAll()]);
      return { name, keys, rows };
    }),
  );
  await tx.done;
  return JSON.stringify(stores);
}
