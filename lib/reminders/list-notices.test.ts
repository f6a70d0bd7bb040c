import { buildListNotices } from "./list-notices";

const now = new Date("2026-11-26T12:00:00.000Z");
const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000).toISOString();

describe("buildListNotices", () => {
  it("warns about a list not read completely for longer than the setting", () => {
    const statuses = [
      { channelId: "A", lastReadAt: hoursAgo(1), lastCompleteReadAt: hoursAgo(30), loginExpiredAt: null },
      { channelId: "B", lastReadAt: hoursAgo(1), lastCompleteReadAt: hoursAgo(23), loginExpiredAt: null },
    ];
    expect(buildListNotices(statuses, now, 24)).toEqual([{ kind: "stale-list", channelId: "A", lastCompleteReadAt: hoursAgo(30) }]);
    expect(buildListNotices(statuses, now, 20).map((n) => n.channelId)).toEqual(["A", "B"]);
  });
  it("warns about a list never read completely", () => {
    const statuses = [{ channelId: "", lastReadAt: hoursAgo(1), lastCompleteReadAt: null, loginExpiredAt: null }];
    expect(buildListNotices(statuses, now, 24)).toEqual([{ kind: "stale-list", channelId: "", lastCompleteReadAt: null }]);
  });
  it("says login expired instead of stale for that store", () => {
    const statuses = [{ channelId: "A", lastReadAt: hoursAgo(40), lastCompleteReadAt: hoursAgo(40), loginExpiredAt: hoursAgo(2) }];
    expect(buildListNotices(statuses, now, 24)).toEqual([{ kind: "login-expired", channelId: "A", since: hoursAgo(2) }]);
  });
});
