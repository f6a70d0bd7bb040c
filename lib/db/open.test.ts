import { openDB } from "idb";
import type { SentinelDbV1 } from "./schema";

// A conversion that fails must leave the old database as it was, data included.
vi.mock("../tracker/next-seller-deadline", () => ({
  computeNextSellerDeadline: () => {
    throw new Error("conversion failed");
  },
}));

const { openSentinelDb } = await import("./open");

describe("openSentinelDb when an upgrade step fails", () => {
  it("rejects and keeps the older version with its rows", async () => {
    const name = `sentinel-abort-${Date.now()}`;
    const v1 = await openDB<SentinelDbV1>(name, 1, {
      upgrade(db) {
        db.createObjectStore("disputes", { keyPath: "disputeId" }).createIndex("by-status", "status");
        db.createObjectStore("events", { keyPath: "id", autoIncrement: true }).createIndex("by-dispute", "disputeId");
      },
    });
    await v1.put("disputes", {
      disputeId: "1",
      orderId: null,
      status: "awaiting-seller",
      statusText: null,
      reason: "quality",
      productTitle: null,
      deadline: null,
      deadlineText: null,
      url: null,
      firstSeenAt: "2026-11-20T10:00:00.000Z",
      lastSeenAt: "2026-11-20T10:00:00.000Z",
    });
    v1.close();

    await expect(openSentinelDb(name)).rejects.toThrow();

    const after = await openDB<SentinelDbV1>(name);
    expect(after.version).toBe(1);
    expect([...after.objectStoreNames].sort()).toEqual(["disputes", "events"]);
    expect(await after.get("disputes", "1")).toMatchObject({ status: "awaiting-seller", reason: "quality" });
    after.close();
  });
});
