/** `{name}` placeholders, shared by t() and the client scripts (this file imports no strings, so bundles stay small). */
export type TranslationVars = Record<string, string | number>;

/** Fills `{name}` from vars; a placeholder without a value is left as written, so it shows. */
export function interpolate(text: string, vars: TranslationVars = {}): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(vars, name) ? String(vars[name]) : whole));
}
