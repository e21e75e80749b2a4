export { createDb, getDb, type Db } from "./client.ts";
export * from "./generated/prisma/enums.ts";
export type * from "./generated/prisma/models.ts";
export { Prisma } from "./generated/prisma/client.ts";
