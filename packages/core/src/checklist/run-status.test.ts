import { describe, expect, it } from "vitest";
import { runStatus } from "./run-status.ts";

const t = (hhmm: string) => new Date(`2026-11-23T${hhmm}:00Z`);
const dueAt = t("10:00");
const missAfter = t("12:00");

describe("runStatus", () => {
  it("is OPEN before the due time, OVERDUE from it, MISSED from the end of the grace", () => {
    const run = { dueAt, missAfter, signedOffAt: null };
    expect(runStatus(run, t("09:59"))).toBe("OPEN");
    expect(runStatus(run, t("10:00"))).toBe("OVERDUE");
    expect(runStatus(run, t("11:59"))).toBe("OVERDUE");
    expect(runStatus(run, t("12:00"))).toBe("MISSED");
  });

  it("is MISSED once marked so, whatever the clock says", () => {
    expect(runStatus({ dueAt, missAfter, missedAt: t("12:00"), signedOffAt: null }, t("09:00"))).toBe("MISSED");
    expect(runStatus({ dueAt: null, missAfter: null, missedAt: t("12:00"), signedOffAt: null }, t("09:00"))).toBe(
      "MISSED",
    );
  });

  it("is SIGNED when signed by the due time, LATE after it", () => {
    expect(runStatus({ dueAt, missAfter, signedOffAt: t("09:30") }, t("13:00"))).toBe("SIGNED");
    expect(runStatus({ dueAt, missAfter, signedOffAt: t("10:00") }, t("13:00"))).toBe("SIGNED");
    expect(runStatus({ dueAt, missAfter, signedOffAt: t("10:01") }, t("13:00"))).toBe("LATE");
    expect(runStatus({ dueAt, missAfter, missedAt: t("12:00"), signedOffAt: t("12:30") }, t("13:00"))).toBe("LATE");
  });

  it("never falls due without a due time", () => {
    expect(runStatus({ dueAt: null, missAfter: null, signedOffAt: null }, t("23:59"))).toBe("OPEN");
    expect(runStatus({ dueAt: null, missAfter: null, signedOffAt: t("23:00") }, t("23:59"))).toBe("SIGNED");
    expect(runStatus({ dueAt, missAfter: null, signedOffAt: null }, t("23:59"))).toBe("OVERDUE");
  });
});
