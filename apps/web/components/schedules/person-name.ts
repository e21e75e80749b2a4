import type { UserRefDto } from "@opsdeck/core/schedule/dto";

/** How a person on a schedule is named: their name, else their email. */
export const personName = (u: UserRefDto | null) => (u ? (u.name ?? u.email) : "Nobody");
