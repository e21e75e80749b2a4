import type { ChecklistCadence } from "@opsdeck/db";
import { cadenceOfHeading, namesChecklist } from "./cadence.ts";
import { MAX_CHECKLISTS, MAX_ITEMS, MAX_TITLE_CHARS } from "./limits.ts";
import { clip, withoutColon } from "./text.ts";
import type { ChecklistFinds, FoundItem } from "./types.ts";

/** The items gathered so far under one heading or bold label. */
export type Collector = {
  kind: "heading" | "label";
  name: string;
  line: number;
  cadence: ChecklistCadence | null;
  items: FoundItem[];
};

/** A collector for a heading or label that names a cadence or says "checklist"; null for any other. */
export function openCollector(kind: Collector["kind"], text: string, line: number): Collector | null {
  const name = clip(withoutColon(text), MAX_TITLE_CHARS);
  const cadence = cadenceOfHeading(name);
  if (cadence === null && !namesChecklist(name)) return null;
  return { kind, name, line, cadence, items: [] };
}

export function addItems(collector: Collector, items: FoundItem[]): void {
  for (const item of items) {
    if (collector.items.length >= MAX_ITEMS) return;
    collector.items.push(item);
  }
}

/** Non-empty collectors in document order: with a cadence they are checklists, without one skipped lists. */
export function finds(collectors: Collector[]): ChecklistFinds {
  const result: ChecklistFinds = { checklists: [], skipped: [] };
  for (const { kind, name, line, cadence, items } of collectors) {
    if (items.length === 0) continue;
    if (cadence !== null) {
      if (result.checklists.length < MAX_CHECKLISTS) result.checklists.push({ name, cadence, items, line });
    } else if (result.skipped.length < MAX_CHECKLISTS) {
      const reason = `No cadence in the ${kind}: choose daily, weekly, monthly, quarterly or pre-deploy`;
      result.skipped.push({ name, line, items: items.length, reason });
    }
  }
  return result;
}
