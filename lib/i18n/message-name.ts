// Message names in public/_locales may hold only letters, digits and "_": a value such as "not-received" becomes
// part of a name as "not_received". Typed, so `reason_${underscored(reason)}` is checked against the real names.

export type Underscored<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}_${Underscored<Tail>}` : S;

export function underscored<S extends string>(value: S): Underscored<S> {
  return value.replace(/-/g, "_") as Underscored<S>;
}
