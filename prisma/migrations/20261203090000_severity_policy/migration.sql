-- The severity policy, seeded with the runbook's targets. Update cadences are not in the runbook:
-- P0 every 30 min, P1 hourly, P2 every 4 h, P3 none.
CREATE TABLE "SeverityPolicy" (
    "severity" "Severity" NOT NULL,
    "responseMinutes" INTEGER NOT NULL,
    "resolveMinutes" INTEGER NOT NULL,
    "updateCadenceMinutes" INTEGER,
    "postmortemRequired" BOOLEAN NOT NULL,
    "postmortemDueHours" INTEGER NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SeverityPolicy_pkey" PRIMARY KEY ("severity"),
    CONSTRAINT "SeverityPolicy_targets_check" CHECK (
        "responseMinutes" > 0 AND "resolveMinutes" >= "responseMinutes"
        AND ("updateCadenceMinutes" IS NULL OR "updateCadenceMinutes" > 0) AND "postmortemDueHours" > 0
    )
);

INSERT INTO "SeverityPolicy" ("severity", "responseMinutes", "resolveMinutes", "updateCadenceMinutes", "postmortemRequired", "postmortemDueHours", "updatedAt") VALUES
    ('P0', 5, 60, 30, true, 48, CURRENT_TIMESTAMP),
    ('P1', 15, 240, 60, true, 48, CURRENT_TIMESTAMP),
    ('P2', 60, 1440, 240, false, 48, CURRENT_TIMESTAMP),
    ('P3', 480, 10080, NULL, false, 48, CURRENT_TIMESTAMP);

-- Each incident keeps the targets it was declared under, and its recorded breaches.
ALTER TABLE "Incident" ADD COLUMN "respondedAt" TIMESTAMP(3),
ADD COLUMN "responseTargetMinutes" INTEGER,
ADD COLUMN "resolveTargetMinutes" INTEGER,
ADD COLUMN "responseBreachedAt" TIMESTAMP(3),
ADD COLUMN "resolveBreachedAt" TIMESTAMP(3);

UPDATE "Incident" i SET
    "responseTargetMinutes" = p."responseMinutes",
    "resolveTargetMinutes" = p."resolveMinutes",
    "respondedAt" = COALESCE(
        i."acknowledgedAt",
        (SELECT min(e."at") FROM "IncidentEvent" e WHERE e."incidentId" = i."id" AND e."kind" = 'resolved'),
        i."resolvedAt"
    )
FROM "SeverityPolicy" p WHERE p."severity" = i."severity";

ALTER TABLE "Incident" ALTER COLUMN "responseTargetMinutes" SET NOT NULL,
ALTER COLUMN "resolveTargetMinutes" SET NOT NULL;

-- Targets already settled: a late response or resolution is a breach at its deadline. Open incidents
-- past a deadline are recorded by the worker's first sweep.
UPDATE "Incident" SET "responseBreachedAt" = "detectedAt" + make_interval(mins => "responseTargetMinutes")
WHERE "respondedAt" > "detectedAt" + make_interval(mins => "responseTargetMinutes");

UPDATE "Incident" SET "resolveBreachedAt" = "detectedAt" + make_interval(mins => "resolveTargetMinutes")
WHERE "resolvedAt" > "detectedAt" + make_interval(mins => "resolveTargetMinutes");

-- Their timeline entries, worded as the application words them ("4 h", "1 d", "15 min").
CREATE FUNCTION pg_temp.span(m integer) RETURNS text LANGUAGE sql AS $$
    SELECT CASE WHEN m % 1440 = 0 THEN (m / 1440) || ' d' WHEN m % 60 = 0 THEN (m / 60) || ' h' ELSE m || ' min' END
$$;

INSERT INTO "IncidentEvent" ("id", "incidentId", "kind", "message", "at", "data", "createdAt")
SELECT gen_random_uuid()::text, i."id", 'sla_breach',
    'Response target missed: not acknowledged within ' || pg_temp.span(i."responseTargetMinutes") || ' of detection (' || i."severity" || ')',
    i."responseBreachedAt",
    jsonb_build_object('target', 'response', 'severity', i."severity", 'targetMinutes', i."responseTargetMinutes"),
    CURRENT_TIMESTAMP
FROM "Incident" i WHERE i."responseBreachedAt" IS NOT NULL;

INSERT INTO "IncidentEvent" ("id", "incidentId", "kind", "message", "at", "data", "createdAt")
SELECT gen_random_uuid()::text, i."id", 'sla_breach',
    'Resolve target missed: not resolved within ' || pg_temp.span(i."resolveTargetMinutes") || ' of detection (' || i."severity" || ')',
    i."resolveBreachedAt",
    jsonb_build_object('target', 'resolve', 'severity', i."severity", 'targetMinutes', i."resolveTargetMinutes"),
    CURRENT_TIMESTAMP
FROM "Incident" i WHERE i."resolveBreachedAt" IS NOT NULL;
