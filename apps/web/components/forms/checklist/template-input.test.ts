import { describe, expect, it } from "vitest";
import { createTemplateInput, itemsInput, updateTemplateInput } from "./template-input";

function formOf(entries: [string, string][]): FormData {
  const form = new FormData();
  for (const [k, v] of entries) form.append(k, v);
  return form;
}

const fields: [string, string][] = [
  ["name", "Daily checks"],
  ["description", ""],
  ["cadence", "WEEKLY"],
  ["timeZone", "Europe/Berlin"],
  ["dueTime", "09:30"],
  ["dueDay", "5"],
  ["graceMinutes", "60"],
];

describe("itemsInput", () => {
  it("reads the numbered item controls in their order, whatever order the form lists them in", () => {
    const form = formOf([
      ["items.1.title", "Second"],
      ["items.0.id", "i1"],
      ["items.0.title", "First"],
      ["items.0.detail", "Look at it"],
      ["items.0.helpUrl", ""],
      ["items.0.evidence", "checks.all_up"],
      ["items.1.id", ""],
      ["items.1.evidence", ""],
      ["itemsX.2.title", "not an item"],
      ["items.2.secret", "not a field"],
    ]);
    expect(itemsInput(form)).toEqual([
      { id: "i1", title: "First", detail: "Look at it", helpUrl: "", evidence: "checks.all_up" },
      { title: "Second", detail: "", helpUrl: "", evidence: "" },
    ]);
  });
});

describe("createTemplateInput", () => {
  it("sends numbers as numbers, a role assignee and no item ids", () => {
    const form = formOf([...fields, ["assignee", "role:ADMIN"], ["slug", ""], ["items.0.title", "Look"]]);
    expect(createTemplateInput(form)).toEqual({
      name: "Daily checks",
      description: "",
      cadence: "WEEKLY",
      timeZone: "Europe/Berlin",
      dueTime: "09:30",
      dueDay: 5,
      graceMinutes: 60,
      assigneeRole: "ADMIN",
      assigneeId: "",
      items: [{ title: "Look", detail: "", helpUrl: "", evidence: "" }],
    });
  });

  it("passes what is not a whole number on as written, for the schema to name", () => {
    const form = formOf([
      ["dueDay", "two"],
      ["graceMinutes", "1.5"],
      ["slug", "ops-daily"],
    ]);
    expect(createTemplateInput(form)).toMatchObject({ dueDay: "two", graceMinutes: "1.5", slug: "ops-daily" });
    expect(createTemplateInput(formOf([["dueDay", " "]])).dueDay).toBeUndefined();
  });
});

describe("updateTemplateInput", () => {
  it("names a person without touching the role, and carries the updatedAt it was read at", () => {
    const form = formOf([
      ...fields,
      ["slug", "daily"],
      ["expectedUpdatedAt", "2026-03-01T10:00:00.000Z"],
      ["assignee", "user:u1"],
      ["items.0.id", "i1"],
      ["items.0.title", "Look"],
    ]);
    const input = updateTemplateInput(form);
    expect(input).toMatchObject({ slug: "daily", expectedUpdatedAt: "2026-03-01T10:00:00.000Z", assigneeId: "u1" });
    expect(input).not.toHaveProperty("assigneeRole");
    expect(input.items).toEqual([{ id: "i1", title: "Look", detail: "", helpUrl: "", evidence: "" }]);
  });
});
