import type { PersonLoad } from "@opsdeck/core/oncall-report/index";
import type { ReactNode } from "react";

/** A table row headed by the person's name, marked with their email for finding it again. */
export function PersonRow({ person, children }: { person: PersonLoad; children: ReactNode }) {
  return (
    <tr data-person={person.user.email}>
      <th scope="row" className="font-medium whitespace-nowrap">
        {person.user.name ?? person.user.email}
      </th>
      {children}
    </tr>
  );
}
