/**
 * The shape a translation must have: exactly the keys of its English catalogue, each message a
 * string. `export const xMn = { … } satisfies Catalogue<typeof xEn>` makes a missing or an
 * extra key fail the type check.
 */
export type Catalogue<English> = { [Key in keyof English]: English[Key] extends string ? string : Catalogue<English[Key]> };
