export const scheduleKey = (id: string) => ["schedule", id] as const;
export const ON_CALL_KEY = ["on-call"] as const;
