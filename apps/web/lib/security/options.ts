import { env, servesHttps } from "../env.ts";
import type { SecurityOptions } from "./headers.ts";

let options: SecurityOptions | undefined;

/** The header policy's inputs from the environment, read once per process. */
export const securityOptions = (): SecurityOptions =>
  (options ??= {
    https: servesHttps(env()),
    dev: process.env.NODE_ENV === "development",
    statusFrameAncestors: env().STATUS_PAGE_FRAME_ANCESTORS,
  });
