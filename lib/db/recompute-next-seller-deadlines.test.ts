import { DEFAULT_SETTINGS } from "../model";
import { mergeDisputeReading } from "../tracker/merge-dispute";
import { LIST_URL, disputeReading } from "../tracker/testing/readings";
import { openSentinelDb } from "./open";
import { getDispute } from "./queries";
import { recomputeNextSellerDeadlines } from "./recompute-next-seller-deadlines";
import { toStoredDispute } from "./to-stored-dispute";

const T1 = new Date("2026-11-20T10:00:00.000Z");

describe("recomputeNextSellerDeadlines", () => {
  it("follows a changed rule length, and rewrites only the rows that change", async () => {
    const db = await openSentinelDb(`sentinel-recompute-${Date.now()}`);
    // No countdown on the page: R-RESPOND is estimated from the opening (5 days by default).
    const estimated = mergeDisputeReading(
      undefined,
      disputeReading({ disputeId: "1", deadline: null, deadlineText: null, openedAt: "2026-11-19T10:00:00.000Z", updatedAt: null }),
      { readAt: T1.toISOString(), channelId: null, url: LIST_URL },
    ).record;
    const fromPage = mergeDisputeReading(undefined, disputeReading({ disputeId: "2" }), { readAt: T1.toISOString(), channelId: null, url: LIST_URL }).record;
    await db.put("disputes", toStoredDispute(estimated, T1));
    await db.put("disputes", toStoredDispute(fromPage, T1));
    expect((await getDispute(db, "1"))?.nextSellerDeadline).toBe("2026-11-24T10:00:00.000Z");

    const settings = { ...DEFAULT_SETTINGS, ruleHours: { "R-RESPOND": 72 } };
    expect(await recomputeNextSellerDeadlines(db, T1, settings)).toBe(1);
    expect((await getDispute(db, "1"))?.nextSellerDeadline).toBe("2026-11-22T10:00:00.000Z");
    // The page's own countdown wins over any rule length.
    expect((await getDispute(db, "2"))?.nextSellerDeadline).toBe("2026-11-23T10:00:00.000Z");
    expect(await recomputeNextSellerDeadlines(db, T1, settings)).toBe(0);
    db.close();
  });
});
