type Props = { values: Record<string, string> };

const INPUTS = [
  { name: "actor", label: "Who", placeholder: "email contains", type: "text" },
  { name: "action", label: "Action", placeholder: "e.g. user.", type: "text" },
  { name: "targetType", label: "Target", placeholder: "e.g. User", type: "text" },
  { name: "from", label: "From", type: "date" },
  { name: "to", label: "To", type: "date" },
];

/** A plain GET form: filters live in the URL, so a filtered view can be shared. */
export function AuditFilters({ values }: Props) {
  return (
    <form method="get" className="card mb-4 grid grid-cols-2 gap-3 p-3 sm:grid-cols-3 lg:grid-cols-6" aria-label="Filter the audit log">
      {INPUTS.map((i) => (
        <label key={i.name} className="block text-xs font-medium">
          {i.label}
          <input name={i.name} type={i.type} placeholder={i.placeholder} defaultValue={values[i.name] ?? ""} className="input mt-1" />
        </label>
      ))}
      <div className="col-span-2 flex items-end gap-2 sm:col-span-1">
        <button type="submit" className="btn-primary">
          Filter
        </button>
        <a href="?" className="btn-secondary">
          Clear
        </a>
      </div>
    </form>
  );
}
