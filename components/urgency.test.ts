import { makeDeadline } from "./test-records";
import { deadlineUrgency, urgencyOf } from "./urgency";

const now = new Date("2026-11-26T12:00:00.000Z");
const inHours = (h: number) => new Date(now.getTime() + h * 3_600_000).toISOString();

describe("urgencyOf", () => {
  it("is overdue at and after the deadline", () => {
    expect(urgencyOf(inHours(0), now)).toBe("overdue");
    expect(urgencyOf(inHours(-5), now)).toBe("overdue");
  });
  it("is red within 6 h, amber within 24 h, grey beyond", () => {
    expect(urgencyOf(inHours(0.1), now)).toBe("red");
    expect(urgencyOf(inHours(6), now)).toBe("red");
    expect(urgencyOf(inHours(6.01), now)).toBe("amber");
    expect(urgencyOf(inHours(24), now)).toBe("amber");
    expect(urgencyOf(inHours(24.01), now)).toBe("grey");
  });
  it("is grey for an unreadable instant", () => {
    expect(urgencyOf("not a date", now)).toBe("grey");
  });
});

describe("deadlineUrgency", () => {
  it("colours only the seller's alarmed clocks", () => {
    expect(deadlineUrgency(makeDeadline({ dueAt: inHours(2) }), now)).toBe("red");
    expect(deadlineUrgency(makeDeadline({ dueAt: inHours(2), actor: "buyer", alarm: false }), now)).toBe("grey");
    expect(deadlineUrgency(makeDeadline({ dueAt: inHours(2), informational: true }), now)).toBe("grey");
  });
});
