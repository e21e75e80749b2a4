/** The query key of the severity policy list, shared by the page and the admin's form. */
export const POLICY_KEY = ["severity-policy"] as const;
