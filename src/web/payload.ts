/**
 * Leaves out the named fields when they are empty, so the API answers "this field is required"
 * (an empty string would get "wrong format" or "choose one of the options" instead).
 */
export function omitEmpty<T extends object>(values: T, keys: (keyof T)[]): Partial<T> {
  const out: Partial<T> = { ...values };
  for (const key of keys) if (out[key] === '') delete out[key];
  return out;
}
