import type { PostmortemDto } from "@opsdeck/core";
import { FIELD_LABELS, formatMoney, POSTMORTEM_SECTIONS } from "@opsdeck/core/postmortem/fields";
import { PostmortemSection } from "./postmortem-section";

/** The written postmortem, read-only: for viewers, published ones and the print view. */
export function PostmortemDocument({ pm }: { pm: PostmortemDto }) {
  const users = pm.usersAffected === null ? "Unknown" : pm.usersAffected.toLocaleString("en-US");
  const revenue = pm.revenueLostCents === null ? "Unknown" : formatMoney(pm.revenueLostCents);
  return (
    <div className="grid gap-4">
      <dl className="card grid grid-cols-2 gap-3 p-4 text-sm">
        <div>
          <dt className="text-slate-600 dark:text-slate-400">Users affected</dt>
          <dd className="font-medium">{users}</dd>
        </div>
        <div>
          <dt className="text-slate-600 dark:text-slate-400">Revenue lost</dt>
          <dd className="font-medium">{revenue}</dd>
        </div>
      </dl>
      {POSTMORTEM_SECTIONS.map((key) => (
        <PostmortemSection key={key} id={key} title={FIELD_LABELS[key]} text={pm[key]} />
      ))}
    </div>
  );
}
