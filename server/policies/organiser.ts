/** Who may create workshops (blank, demo, restored): whoever holds the organiser key, compared in constant time. */
import { secretsEqual } from '../auth/secrets.js';
import { unauthorized } from '../errors.js';

/** Throws 401 unless `token` is the organiser key. */
export function authoriseOrganiser(token: string | null, organiserKey: string): void {
  if (!token || !secretsEqual(token, organiserKey)) throw unauthorized('the organiser key is required');
}
