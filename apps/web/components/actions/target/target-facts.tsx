import type { TargetDto } from "@opsdeck/core";
import { ACTION_LABEL } from "@opsdeck/core/action/kinds";
import { CREDENTIAL, restartEnvName } from "@opsdeck/core/action/target-labels";
import Link from "next/link";
import { CONFIG_FIELDS } from "@/components/forms/target/config-spec";
import { Facts } from "../run/result-values";
import { TARGET_KIND_LABEL } from "../format";

/** Kind, service, settings, credential and approval rule, as the target is configured now. */
export function TargetFacts({ target: t }: { target: TargetDto }) {
  const settings = CONFIG_FIELDS[t.kind].flatMap((f) =>
    t.config[f.key] === undefined
      ? []
      : ([
          [
            f.label,
            <span key={f.key} className="font-mono text-xs break-all">
              {String(t.config[f.key])}
            </span>,
          ],
        ] as [string, React.ReactNode][]),
  );
  const items: [string, React.ReactNode][] = [
    ["Kind", TARGET_KIND_LABEL[t.kind]],
    [
      "Service",
      t.service ? (
        <Link key="s" href={`/services/${t.service.slug}`} className="hover:underline">
          {t.service.name}
        </Link>
      ) : (
        "None"
      ),
    ],
    ["Offers", t.actions.map((a) => ACTION_LABEL[a]).join(", ")],
    ...settings,
  ];
  if (t.kind === "POSTGRES" && typeof t.config.database === "string")
    items.push([
      "Database",
      <code key="db" className="font-mono text-xs">
        {t.config.database}
      </code>,
    ]);
  if (CREDENTIAL[t.kind]) items.push([CREDENTIAL[t.kind] as string, t.hasCredential ? "Set" : "Not set"]);
  if (t.kind === "RELEASES")
    items.push([
      "Restart command",
      <span key="r">
        from <code className="font-mono text-xs break-all">{restartEnvName(t.name)}</code> in the server's environment
      </span>,
    ]);
  items.push(["Two-person rule", t.requireApproval ? "Rollbacks and restores need a second person's approval" : "Off"]);
  return (
    <section className="card min-w-0 self-start p-4" aria-labelledby="target-facts">
      <h2 id="target-facts" className="mb-3 font-semibold">
        Configuration
      </h2>
      <Facts items={items} />
    </section>
  );
}
