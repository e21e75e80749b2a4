export type ParamValue = string | number | boolean | null | undefined | readonly ParamScalar[] | ParamObject;
type ParamScalar = string | number | boolean;
interface ParamObject {
  readonly [key: string]: ParamScalar | null | undefined;
}

/**
 * Encodes params the way Stripe (and Rails-style APIs) read them: arrays as `key[]=a&key[]=b`,
 * one level of objects as `key[sub]=v`. Null and undefined are left out. Used for query strings
 * and for `application/x-www-form-urlencoded` bodies.
 */
export function encodeParams(params: Readonly<Record<string, ParamValue>>): URLSearchParams {
  const out = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === null || value === undefined) continue;
    if (Array.isArray(value)) {
      for (const item of value) out.append(`${key}[]`, String(item));
    } else if (typeof value === "object") {
      for (const [sub, v] of Object.entries(value as ParamObject)) {
        if (v !== null && v !== undefined) out.append(`${key}[${sub}]`, String(v));
      }
    } else {
      out.append(key, String(value));
    }
  }
  return out;
}
