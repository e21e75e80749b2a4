import type { PostmortemDto } from "@opsdeck/core";
import { POSTMORTEM_FIELDS, type PostmortemField } from "@opsdeck/core/postmortem/fields";

export type Values = Record<PostmortemField, string>;

/** Revenue is typed in dollars and stored in cents; counts and text as they are. */
export function toInput(field: PostmortemField, v: string | number | null): string {
  if (v === null) return "";
  if (field === "revenueLostCents" && typeof v === "number") return (v / 100).toFixed(2).replace(/\.00$/, "");
  return String(v);
}

export function toWire(field: PostmortemField, v: string): string {
  if (field !== "revenueLostCents" || !/^\s*\d+(\.\d{1,2})?\s*$/.test(v)) return v;
  return String(Math.round(Number(v) * 100));
}

export const valuesOf = (pm: PostmortemDto): Values =>
  Object.fromEntries(POSTMORTEM_FIELDS.map((f) => [f, toInput(f, pm[f])])) as Values;
