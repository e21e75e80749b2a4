import { ZIncidentNumberParam } from "./inputs.ts";
import type { ApiOperation } from "./openapi.ts";
import {
  ZActionItemIdParam,
  ZCreateActionItemBody,
  ZListActionItemsQuery,
  ZPatchActionItemBody,
  ZPatchPostmortemBody,
  ZPostmortemIdParam,
} from "./postmortem-inputs.ts";
import { ZActionItemListOut, ZActionItemOut, ZPostmortemOut } from "./postmortem-schemas.ts";
import { ZDeleted } from "./schemas.ts";
import { z } from "zod";

const op = <O extends ApiOperation>(o: O): O => o;

/** Postmortems of resolved incidents and their action items. */
export const postmortemOperations = {
  createPostmortem: op({
    method: "post",
    path: "/api/v1/incidents/{number}/postmortem",
    summary:
      "Start the postmortem of a resolved incident, prefilled from it (title, summary, impact, its timeline as text)",
    tag: "postmortems",
    role: "RESPONDER",
    params: ZIncidentNumberParam,
    status: 201,
    response: ZPostmortemOut,
    errors: { 409: "The incident is not resolved, or already has a postmortem (error.postmortemId names it)" },
  }),
  getPostmortem: op({
    method: "get",
    path: "/api/v1/postmortems/{id}",
    summary: "A postmortem with its action items",
    tag: "postmortems",
    role: "VIEWER",
    params: ZPostmortemIdParam,
    response: ZPostmortemOut,
  }),
  updatePostmortem: op({
    method: "patch",
    path: "/api/v1/postmortems/{id}",
    summary: "Edit written fields (fields left out are unchanged), based on the version in expectedVersion",
    tag: "postmortems",
    role: "RESPONDER",
    params: ZPostmortemIdParam,
    body: ZPatchPostmortemBody,
    response: ZPostmortemOut,
    errors: {
      409: "Someone else changed a field you sent since expectedVersion: error.conflict holds the current version and, per field, theirs and yours; or it is published",
    },
  }),
  publishPostmortem: op({
    method: "post",
    path: "/api/v1/postmortems/{id}/publish",
    summary: "Publish a postmortem (its impact and root cause must be written)",
    tag: "postmortems",
    role: "RESPONDER",
    params: ZPostmortemIdParam,
    response: ZPostmortemOut,
    errors: { 400: "The impact or the root cause is empty: fieldErrors say which", 409: "Already published" },
  }),
  postmortemMarkdown: op({
    method: "get",
    path: "/api/v1/postmortems/{id}/markdown",
    summary: "The postmortem in the runbook's template, as a Markdown file",
    tag: "postmortems",
    role: "VIEWER",
    params: ZPostmortemIdParam,
    download: ["text/markdown"],
    response: z.string(),
  }),
  addActionItem: op({
    method: "post",
    path: "/api/v1/postmortems/{id}/action-items",
    summary: "Add an action item (prevent, detect or respond) to a postmortem",
    tag: "postmortems",
    role: "RESPONDER",
    params: ZPostmortemIdParam,
    body: ZCreateActionItemBody,
    status: 201,
    response: ZActionItemOut,
    errors: { 400: "The input is invalid or the owner is not a responder or admin: fieldErrors say which" },
  }),
  listActionItems: op({
    method: "get",
    path: "/api/v1/action-items",
    summary: "Action items across postmortems, soonest due first (200 a page)",
    tag: "postmortems",
    role: "VIEWER",
    query: ZListActionItemsQuery,
    paged: true,
    response: ZActionItemListOut.array(),
  }),
  updateActionItem: op({
    method: "patch",
    path: "/api/v1/action-items/{id}",
    summary: "Change an action item: fields left out are unchanged, null clears the owner, due date or link",
    tag: "postmortems",
    role: "RESPONDER",
    params: ZActionItemIdParam,
    body: ZPatchActionItemBody,
    response: ZActionItemOut,
  }),
  deleteActionItem: op({
    method: "delete",
    path: "/api/v1/action-items/{id}",
    summary: "Remove an action item",
    tag: "postmortems",
    role: "RESPONDER",
    params: ZActionItemIdParam,
    response: ZDeleted,
  }),
};
