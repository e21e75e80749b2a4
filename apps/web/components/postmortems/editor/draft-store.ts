import type { PostmortemField } from "@opsdeck/core/postmortem/fields";

/** What was typed and not yet saved, per field, with the version each edit was based on. */
export type Draft = {
  values: Partial<Record<PostmortemField, string>>;
  base: Partial<Record<PostmortemField, number>>;
};

const PREFIX = "opsdeck.postmortem-draft:";
const keyOf = (id: string, version: number) => `${PREFIX}${id}:${version}`;

function keysOf(id: string): string[] {
  const keys: string[] = [];
  for (let i = 0; i < localStorage.length; i++) {
    const k = localStorage.key(i);
    if (k?.startsWith(`${PREFIX}${id}:`)) keys.push(k);
  }
  return keys;
}

/** The unsaved draft of a postmortem left by an earlier visit (any version), or null. */
export function readDraft(id: string): Draft | null {
  try {
    const key = keysOf(id).sort().at(-1);
    const raw = key ? localStorage.getItem(key) : null;
    return raw ? (JSON.parse(raw) as Draft) : null;
  } catch {
    return null;
  }
}

/** Keep the draft under the postmortem's id and the oldest version it is based on; an empty draft is removed. */
export function writeDraft(id: string, draft: Draft): void {
  try {
    for (const k of keysOf(id)) localStorage.removeItem(k);
    const versions = Object.values(draft.base);
    if (Object.keys(draft.values).length === 0 || versions.length === 0) return;
    localStorage.setItem(keyOf(id, Math.min(...versions)), JSON.stringify(draft));
  } catch {
    // Storage full or disabled: autosave still runs, only a reload before it would lose the text.
  }
}
