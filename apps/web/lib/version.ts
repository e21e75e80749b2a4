import pkg from "../package.json" with { type: "json" };

export const VERSION: string = pkg.version;
const startedAt = Date.now();
export const uptimeSeconds = () => Math.round((Date.now() - startedAt) / 1000);
