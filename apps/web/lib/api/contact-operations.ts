import { ZContactMethodIdParam, ZContactMethodsBody, ZUserEmailParam } from "./contact-inputs.ts";
import { ZContactMethodsOut, ZContactTestOut } from "./contact-schemas.ts";
import { op } from "./openapi.ts";

/** How each person is paged: their contact methods, and a test page to one of them. */
export const contactOperations = {
  getContactMethods: op({
    method: "get",
    path: "/api/v1/users/{email}/contact-methods",
    summary:
      "A person's contact methods, in the order they are paged (a webhook's signing secret only to its owner and admins)",
    tag: "users",
    role: "VIEWER",
    params: ZUserEmailParam,
    response: ZContactMethodsOut,
    errors: { 404: "No user with that email" },
  }),
  setContactMethods: op({
    method: "put",
    path: "/api/v1/users/{email}/contact-methods",
    summary:
      "Replace a person's contact methods (the person themselves or an admin): email address, Slack member id, or webhook URL; methods kept keep their id and signing secret",
    tag: "users",
    role: "VIEWER",
    params: ZUserEmailParam,
    body: ZContactMethodsBody,
    response: ZContactMethodsOut,
    errors: { 403: "Neither that person nor an admin", 404: "No user with that email" },
  }),
  testContactMethod: op({
    method: "post",
    path: "/api/v1/contact-methods/{id}/test",
    summary:
      "Send a test page to one contact method now (10 s at most; its owner or an admin) and say whether it was accepted",
    tag: "users",
    role: "VIEWER",
    params: ZContactMethodIdParam,
    response: ZContactTestOut,
    errors: { 403: "Neither the method's owner nor an admin", 404: "No such contact method" },
  }),
};
