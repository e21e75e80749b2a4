/** The report forms' submit button: full width on a phone, beside the fields from `sm` up. */
export function ShowButton() {
  return (
    <div className="col-span-2 sm:col-span-1 sm:pt-6">
      <button type="submit" className="btn-primary w-full sm:w-auto">
        Show
      </button>
    </div>
  );
}
