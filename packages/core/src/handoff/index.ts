export * from "./dto.ts";
export * from "./due.ts";
export * from "./read-notes.ts";
export * from "./schemas.ts";
export * from "./send.ts";
export * from "./write-note.ts";
