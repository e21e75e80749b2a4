/** What every check form field needs: the errors, the values it starts from and an id prefix. */
export type CheckFieldCtx = {
  fe: Record<string, string[]>;
  /** Starting values by field name (`name`, `config.url`…); empty for a new check. */
  values: Record<string, string>;
  /** Keeps ids unique when the add form and an edit form share a page. */
  prefix: string;
};

export const fieldId = (f: CheckFieldCtx, name: string) => `${f.prefix}${name}`;
