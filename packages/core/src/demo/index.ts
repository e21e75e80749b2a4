export { seedDemo, type SeedDemoCounts, type SeedDemoResult } from "./seed.ts";
export { DEMO_SERVICES, type DemoService } from "./services.ts";
export { DEMO_CHECKLISTS, type DemoChecklist } from "./checklists.ts";
export { DEMO_INCIDENTS, type DemoIncident } from "./incidents.ts";
export { seedDemoChecks, DEMO_DB_SECRET, type SeedDemoChecksResult } from "./checks.ts";
export { seedDemoTargets, DEMO_SHOP_DATABASE, DEMO_RELEASES_TARGET, DEMO_DATABASE_TARGET } from "./targets.ts";
export { enableStatementStats } from "./statement-stats.ts";
