/** Reads `Authorization: Bearer <token>`. */
import type { Request } from 'express';

export function bearerToken(request: Request): string | null {
  const header = request.get('authorization');
  const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  return match?.[1] ?? null;
}
