import { op } from "./openapi.ts";
import {
  ZAddOverrideBody,
  ZCreateScheduleBody,
  ZHandoffNoteBody,
  ZOverrideIdParam,
  ZScheduleIdParam,
  ZScheduleOnCallQuery,
  ZSchedulesQuery,
} from "./schedule-inputs.ts";
import {
  ZHandoffNoteOut,
  ZHandoffNotesOut,
  ZOnCallOut,
  ZOverrideOut,
  ZScheduleCreated,
  ZScheduleDetailOut,
  ZScheduleOut,
} from "./schedule-schemas.ts";
import { ZDeleted } from "./schemas.ts";

/** On-call schedules: their layers, who is on call, and overrides. */
export const scheduleOperations = {
  listSchedules: op({
    method: "get",
    path: "/api/v1/schedules",
    summary: "On-call schedules by name, with their layers and members",
    tag: "on-call",
    role: "VIEWER",
    query: ZSchedulesQuery,
    paged: true,
    response: ZScheduleOut.array(),
  }),
  createSchedule: op({
    method: "post",
    path: "/api/v1/schedules",
    summary:
      "Add a schedule: a name, an IANA zone and layers, each rotating its members (users' emails) every day or week at a local time",
    tag: "on-call",
    role: "ADMIN",
    body: ZCreateScheduleBody,
    status: 201,
    response: ZScheduleCreated,
  }),
  getSchedule: op({
    method: "get",
    path: "/api/v1/schedules/{id}",
    summary: "One schedule with its layers and the overrides not yet over",
    tag: "on-call",
    role: "VIEWER",
    params: ZScheduleIdParam,
    response: ZScheduleDetailOut,
  }),
  scheduleOnCall: op({
    method: "get",
    path: "/api/v1/schedules/{id}/oncall",
    summary: "Who is on call on each layer of the schedule, now or at `at`",
    tag: "on-call",
    role: "VIEWER",
    params: ZScheduleIdParam,
    query: ZScheduleOnCallQuery,
    response: ZOnCallOut,
  }),
  addScheduleOverride: op({
    method: "post",
    path: "/api/v1/schedules/{id}/overrides",
    summary:
      "Put a user on a layer for [startsAt, endsAt): responders only themselves, admins anyone; it must start at or after the layer and overlap no other override of it",
    tag: "on-call",
    role: "RESPONDER",
    params: ZScheduleIdParam,
    body: ZAddOverrideBody,
    status: 201,
    response: ZOverrideOut,
  }),
  getHandoffNotes: op({
    method: "get",
    path: "/api/v1/schedules/{id}/handoff-note",
    summary: "Each layer's next handoff: when, from whom to whom, and the outgoing person's note that is sent with it",
    tag: "on-call",
    role: "VIEWER",
    params: ZScheduleIdParam,
    response: ZHandoffNotesOut,
  }),
  putHandoffNote: op({
    method: "put",
    path: "/api/v1/schedules/{id}/handoff-note",
    summary:
      "Write the note for a layer's next handoff (the person on call on it now, or an admin); an empty note removes it",
    tag: "on-call",
    role: "RESPONDER",
    params: ZScheduleIdParam,
    body: ZHandoffNoteBody,
    response: ZHandoffNoteOut,
    errors: { 400: "No such layer, a note over 2000 characters, or no next handoff: fieldErrors say which" },
  }),
  deleteScheduleOverride: op({
    method: "delete",
    path: "/api/v1/schedules/{id}/overrides/{overrideId}",
    summary: "Remove an override (responders their own, admins any): the rotation holds that stretch again",
    tag: "on-call",
    role: "RESPONDER",
    params: ZOverrideIdParam,
    response: ZDeleted,
  }),
};
