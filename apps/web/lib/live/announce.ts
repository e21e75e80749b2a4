import type { LiveFrame } from "./connection";

/** A change to say once: `key` is the same for every frame that repeats it. */
export type Announcement = { key: string; text: () => Promise<string> };

type StatePatch = { id: string; name: string; state: string; stateSince: string; stale: boolean };

async function readJson<T>(url: string): Promise<T> {
  const res = await fetch(url, { headers: { accept: "application/json" } });
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  return (await res.json()) as T;
}

/**
 * What a frame of the event stream tells a person who cannot watch the screen: a check changing state
 * (a tile frame repeats a check's state with every result, so a change is one state since one time),
 * an incident opened, an action run finished. Changes older than `since` were on screen already.
 */
export function announcementsFor(frame: LiveFrame, since: number): Announcement[] {
  const d = frame.data;
  if (frame.event === "tiles") {
    const states = (Array.isArray(d.states) ? d.states : []) as StatePatch[];
    return states
      .filter((s) => !s.stale && s.state !== "UNKNOWN" && Date.parse(s.stateSince) >= since)
      .map((s) => ({
        key: `check:${s.id}:${s.stateSince}`,
        text: async () => `${s.name} is ${s.state}`,
      }));
  }
  if (frame.event === "incident.created" && typeof d.number === "number") {
    const n = d.number;
    return [
      {
        key: `incident:${n}`,
        text: async () =>
          `Incident #${n} opened: ${(await readJson<{ title: string }>(`/api/v1/incidents/${n}`)).title}`,
      },
    ];
  }
  if (frame.event === "action.finished" && typeof d.number === "number" && typeof d.status === "string") {
    const status = d.status.toLowerCase();
    return [{ key: `action:${d.number}`, text: async () => `Action run #${d.number} ${status}` }];
  }
  return [];
}
