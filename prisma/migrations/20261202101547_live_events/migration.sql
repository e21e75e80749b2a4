-- CreateTable
CREATE TABLE "LiveEvent" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT clock_timestamp(),
    "kind" TEXT NOT NULL,
    "minRole" "Role" NOT NULL DEFAULT 'VIEWER',
    "payload" JSONB NOT NULL,

    CONSTRAINT "LiveEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LiveEvent_at_idx" ON "LiveEvent"("at");

-- Hand-written: ids commit in order, so a reader that has seen id N has seen everything before it.
-- Every insert first takes one transaction-scoped lock (held to commit; writers insert their events
-- last, so it is held briefly), then each row's id goes out on NOTIFY, which PostgreSQL delivers at
-- commit and in commit order.
CREATE FUNCTION "LiveEvent_serialize"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(7243001);
  RETURN NULL;
END $$;

CREATE TRIGGER "LiveEvent_serialize" BEFORE INSERT ON "LiveEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION "LiveEvent_serialize"();

CREATE FUNCTION "LiveEvent_notify"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('opsdeck_live', NEW.id::text);
  RETURN NULL;
END $$;

CREATE TRIGGER "LiveEvent_notify" AFTER INSERT ON "LiveEvent"
  FOR EACH ROW EXECUTE FUNCTION "LiveEvent_notify"();
