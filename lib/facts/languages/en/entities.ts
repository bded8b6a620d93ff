import type { FactContext } from '../../context';
import type { EntityFact } from '../../types';

/** Organisations (stub). */
export function organizations(ctx: FactContext): EntityFact[] {
  void ctx;
  return [];
}

/** Places (stub). */
export function places(ctx: FactContext): EntityFact[] {
  void ctx;
  return [];
}
