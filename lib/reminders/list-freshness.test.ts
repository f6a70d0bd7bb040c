import { DEFAULT_SETTINGS, type ListReadStatus } from "../model";
import { findStaleLists, isListStale, staleMarkOf } from "./list-freshness";
import { at, iso } from "./test-fixtures";

const status = (lastCompleteReadAt: string | null): ListReadStatus => ({ channelId: "2001", lastReadAt: null, lastCompleteReadAt, loginExpiredAt: null });

describe("list freshness", () => {
  it("is stale over staleListHours, or when never read completely", () => {
    expect(isListStale(status(iso(at(0))), DEFAULT_SETTINGS, at(24))).toBe(false);
    expect(isListStale(status(iso(at(0))), DEFAULT_SETTINGS, at(24.01))).toBe(true);
    expect(isListStale(status(null), DEFAULT_SETTINGS, at(0))).toBe(true);
    expect(isListStale(status(iso(at(0))), { ...DEFAULT_SETTINGS, staleListHours: 48 }, at(30))).toBe(false);
  });

  it("lists the stale stores and when a fresh one turns stale", () => {
    expect(findStaleLists([status(iso(at(0))), { ...status(null), channelId: "2002" }], DEFAULT_SETTINGS, at(1))).toEqual([
      { channelId: "2002", lastCompleteReadAt: null },
    ]);
    const mark = staleMarkOf(status(iso(at(0))), DEFAULT_SETTINGS);
    expect(mark && isListStale(status(iso(at(0))), DEFAULT_SETTINGS, mark)).toBe(true);
    expect(staleMarkOf(status(null), DEFAULT_SETTINGS)).toBeNull();
  });

  it("reports a store whose login expired as that alone, not also as stale", () => {
    const loggedOut = { ...status(null), loginExpiredAt: iso(at(0)) };
    expect(findStaleLists([loggedOut], DEFAULT_SETTINGS, at(1))).toEqual([]);
  });
});
