import "server-only";
import { getDb } from "@opsdeck/db";

/** The ops database client for server code (pages, actions, route handlers). */
export const db = () => getDb();
