/**
 * A value a page or chart cannot do without: a missing one means the extract
 * changed under it, so the build stops and says which value, rather than
 * printing a blank.
 */
export function need<T>(value: T | undefined | null, what: string): T {
  if (value === undefined || value === null) throw new Error(`${what} is missing from the data`);
  return value;
}
