import type { Role } from "@opsdeck/db";
import type { TileHistoryPatch, TileStatePatch } from "../check/tile-patches.ts";
import { hasRole } from "../roles.ts";
import { CHECK_EVENTS_ROLE, type Folded } from "./fold.ts";
import { sseFrame } from "./sse.ts";
import { encodeTiles, newTileEncoder, type TileEncoder } from "./tile-codec.ts";

/** Where a client's frames go: false when its buffer is full (a client that stopped reading). */
export type Sink = { write(text: string): boolean; close(): void };

export type LiveClient = {
  id: number;
  userId: string;
  role: Role;
  /** Checks whose results and history the page shows; state changes of every check go to everyone. */
  checks: ReadonlySet<string>;
  sink: Sink;
  /** What this stream was sent of the checks it watches: after a check's first frame, only what changed. */
  tiles: TileEncoder;
};

/** The reads a flush needs: state changes for all, results and history only for checks someone shows (`watched`). */
export type Reads = { stateIds: string[]; resultSeqs: number[]; watched: ReadonlySet<string> };

/** Current states and whole histories, read at `at` (ms since the epoch; default now). */
export type ReadResult = { states: TileStatePatch[]; histories: TileHistoryPatch[]; at?: number };

/**
 * The fan-out of one web process: who listens, with which role and which checks on screen. Pure
 * bookkeeping: the relay feeds it folded events and the rows it read, and it writes each client the
 * frames it may see. A client whose buffer overflows is dropped (it reconnects and catches up).
 */
export class LiveHub {
  readonly clients = new Map<number, LiveClient>();
  private nextId = 1;

  add(c: Omit<LiveClient, "id" | "tiles">): LiveClient {
    const client = { ...c, id: this.nextId++, tiles: newTileEncoder() };
    this.clients.set(client.id, client);
    return client;
  }

  remove(id: number): void {
    this.clients.get(id)?.sink.close();
    this.clients.delete(id);
  }

  /** A user's role changed (null: disabled or deleted, so their streams end). */
  setRole(userId: string, role: Role | null): void {
    for (const c of this.clients.values()) {
      if (c.userId !== userId) continue;
      if (role === null) this.remove(c.id);
      else c.role = role;
    }
  }

  needs(f: Folded, clients: Iterable<LiveClient> = this.clients.values()): Reads {
    const shown = new Set<string>();
    for (const c of clients) if (hasRole(c.role, CHECK_EVENTS_ROLE)) for (const id of c.checks) shown.add(id);
    return {
      stateIds: [...f.stateIds],
      resultSeqs: shown.size > 0 ? [...f.resultSeqs] : [],
      watched: shown,
    };
  }

  /** Send one flush to every client (or to `only`, a client catching up). */
  deliver(f: Folded, read: ReadResult, only?: LiveClient): void {
    for (const c of only ? [only] : [...this.clients.values()]) {
      const frames = framesFor(c, f, read);
      if (frames.length === 0) continue;
      if (!c.sink.write(frames.join(""))) this.remove(c.id);
    }
  }

  /** The same text to every client, e.g. a ping or a status change. */
  broadcast(text: (c: LiveClient) => string): void {
    for (const c of [...this.clients.values()]) if (!c.sink.write(text(c))) this.remove(c.id);
  }
}

function framesFor(c: LiveClient, f: Folded, read: ReadResult): string[] {
  const out: { event: string; data: unknown }[] = [];
  if (hasRole(c.role, CHECK_EVENTS_ROLE)) {
    const states = read.states.filter((s) => f.stateIds.has(s.id) || c.checks.has(s.id));
    const tiles = encodeTiles(c.tiles, states, read.histories, c.checks, read.at ?? Date.now());
    if (tiles) out.push({ event: "tiles", data: tiles });
    if (f.refetchChecks) out.push({ event: "refetch", data: { what: "checks" } });
  }
  for (const e of f.other) if (hasRole(c.role, e.minRole)) out.push({ event: e.kind, data: e.payload });
  // Only the last frame carries the id: a stream cut mid-flush resumes before the flush, not after it.
  return out.map((o, i) => sseFrame(o.event, o.data, i === out.length - 1 ? f.lastId : undefined));
}
