import { describe, expect, it } from "vitest";
import { severityPolicyInput } from "./severity-policy-input.ts";

const form = (fields: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
};

describe("severityPolicyInput", () => {
  it("reads whole numbers as numbers, a blank cadence as none, and the checkbox", () => {
    expect(
      severityPolicyInput(
        form({
          severity: "P2",
          responseMinutes: " 45 ",
          resolveMinutes: "720",
          updateCadenceMinutes: "",
          postmortemRequired: "on",
          postmortemDueHours: "72",
        }),
      ),
    ).toEqual({
      severity: "P2",
      responseMinutes: 45,
      resolveMinutes: 720,
      updateCadenceMinutes: null,
      postmortemRequired: true,
      postmortemDueHours: 72,
    });
  });

  it("hands anything else over as typed, for the service to refuse with its message", () => {
    const input = severityPolicyInput(
      form({ responseMinutes: "1.5", resolveMinutes: "ten", updateCadenceMinutes: "-5" }),
    );
    expect(input).toMatchObject({
      severity: undefined,
      responseMinutes: "1.5",
      resolveMinutes: "ten",
      updateCadenceMinutes: "-5",
      postmortemRequired: false,
      postmortemDueHours: undefined,
    });
  });
});
