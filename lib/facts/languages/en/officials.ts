import type { FactContext } from '../../context';
import type { OfficialFact } from '../../types';

/** English officials (stub). */
export function officials(ctx: FactContext): OfficialFact[] {
  void ctx;
  return [];
}
