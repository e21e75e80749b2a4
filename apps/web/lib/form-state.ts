import "server-only";
import { DomainError, ValidationError } from "@opsdeck/core";
import { isRedirectError } from "next/dist/client/components/redirect-error";

/** `code`: the domain error's code when refused (CONFLICT…), so a form can say more than the message. */
export type FormState = {
  ok: boolean;
  message?: string;
  code?: string;
  fieldErrors?: Record<string, string[]>;
  /** What a refusal carries beyond its message (a conflict's two versions). */
  details?: Record<string, unknown>;
};

export const initialFormState: FormState = { ok: false };

/** Run a server action body; expected errors become form state, anything else is logged and hidden. */
export async function formAction(run: () => Promise<string | undefined>): Promise<FormState> {
  try {
    return { ok: true, message: await run() };
  } catch (err) {
    if (isRedirectError(err)) throw err;
    if (err instanceof ValidationError)
      return { ok: false, message: err.message, code: err.code, fieldErrors: err.fieldErrors };
    if (err instanceof DomainError) {
      const details = (err as { details?: Record<string, unknown> }).details;
      return { ok: false, message: err.message, code: err.code, ...(details && { details }) };
    }
    const ref = crypto.randomUUID().slice(0, 8);
    console.error(
      JSON.stringify({
        level: "error",
        ref,
        msg: "server action failed",
        err: String(err),
        stack: (err as Error)?.stack,
      }),
    );
    return { ok: false, message: `Something went wrong on our side (ref ${ref}). Nothing was changed.` };
  }
}
