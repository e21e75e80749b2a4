/** Right-aligned column headings for columns of figures. */
export function NumericHeads({ labels }: { labels: readonly string[] }) {
  return labels.map((label) => (
    <th key={label} scope="col" className="text-right">
      {label}
    </th>
  ));
}
