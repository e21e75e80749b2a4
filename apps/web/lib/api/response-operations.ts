import { ZIncidentNumberParam } from "./inputs.ts";
import type { ApiOperation } from "./openapi.ts";
import { ZResponseDefaultsBody, ZResponseStepParams, ZSetResponseStepBody, ZSeverityParam } from "./response-inputs.ts";
import { ZIncidentResponseOut, ZResponseDefaultsOut } from "./response-schemas.ts";

const op = <O extends ApiOperation>(o: O): O => o;

/** Incidents' response checklists, and the default steps each severity starts with. */
export const responseOperations = {
  getIncidentResponse: op({
    method: "get",
    path: "/api/v1/incidents/{number}/response",
    summary: "An incident's response checklist: its steps in order, who did each and when",
    tag: "incidents",
    role: "VIEWER",
    params: ZIncidentNumberParam,
    response: ZIncidentResponseOut,
  }),
  setIncidentResponseStep: op({
    method: "post",
    path: "/api/v1/incidents/{number}/response/{stepId}",
    summary:
      "Tick a response step (done: true), untick it (done: false), or skip it (done: false with a skipReason); a timeline entry each",
    tag: "incidents",
    role: "RESPONDER",
    params: ZResponseStepParams,
    body: ZSetResponseStepBody,
    response: ZIncidentResponseOut,
    errors: { 404: "No such incident, or the step is not one of its steps" },
  }),
  listResponseDefaults: op({
    method: "get",
    path: "/api/v1/response-checklists",
    summary: "The default response steps of each severity, P0 first",
    tag: "incidents",
    role: "VIEWER",
    response: ZResponseDefaultsOut.array(),
  }),
  getResponseDefaults: op({
    method: "get",
    path: "/api/v1/response-checklists/{severity}",
    summary: "The default response steps of one severity",
    tag: "incidents",
    role: "VIEWER",
    params: ZSeverityParam,
    response: ZResponseDefaultsOut,
  }),
  setResponseDefaults: op({
    method: "put",
    path: "/api/v1/response-checklists/{severity}",
    summary:
      "Replace a severity's default response steps; incidents opened from now on get them, open ones keep theirs",
    tag: "incidents",
    role: "ADMIN",
    params: ZSeverityParam,
    body: ZResponseDefaultsBody,
    response: ZResponseDefaultsOut,
  }),
};
