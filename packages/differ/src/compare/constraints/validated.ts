/**
 * A constraint as the comparison sees it: whether it was added `NOT VALID` is how it was added,
 * not what it is (models cannot say it, and `VALIDATE CONSTRAINT` ends it).
 */
export function validated<T extends { notValid?: true }>(constraint: T): Omit<T, "notValid"> {
  const { notValid: _, ...rest } = constraint;
  return rest;
}
