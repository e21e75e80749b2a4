import { ZContactMethodRef, ZContactMethods, ZContactOwner } from "@opsdeck/core/contact/schemas";
import { z } from "zod";

/* Request schemas of the contact-method routes, from the schemas their core services validate with. */

export const ZUserEmailParam = z.object({ email: ZContactOwner.shape.email });
export const ZContactMethodIdParam = z.object({ id: ZContactMethodRef.shape.id });
export const ZContactMethodsBody = ZContactMethods;
