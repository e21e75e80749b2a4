import type { Db } from "@opsdeck/db";
import type { Ctx } from "../roles.ts";
import { createChannel } from "./channel-write.ts";

/** An enabled email channel named "mail" sending through a local SMTP receiver on `port`, for tests. */
export const createMailChannel = (db: Db, ctx: Ctx, key: Buffer, port: number) =>
  createChannel({
    db,
    ctx,
    key,
    input: {
      name: "mail",
      kind: "EMAIL",
      config: { host: "127.0.0.1", port, secure: false, from: "ops@example.com", to: ["team@example.com"] },
    },
  });
