/** Sends an invitation list file (CSV or XLSX) to the import endpoint; never rejects. */
import type { ImportIssue } from '../../../../shared/recommendationImport.js';

export type InvitationUpload =
  | { kind: 'imported'; organisations: number; delegates: number }
  | { kind: 'unreadable'; errors: ImportIssue[] }
  | { kind: 'failed'; message: string };

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function uploadInvitationList(workshopId: string, token: string, file: File): Promise<InvitationUpload> {
  try {
    const response = await fetch(`/api/workshops/${encodeURIComponent(workshopId)}/invitations/import`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, Accept: 'application/json', 'Content-Type': /\.xlsx$/i.test(file.name) ? XLSX : 'text/csv' },
      body: file,
    });
    const body = (await response.json().catch(() => null)) as Record<string, unknown> | null;
    if (response.ok) return { kind: 'imported', organisations: Number(body?.organisations ?? 0), delegates: Number(body?.delegates ?? 0) };
    if (response.status === 422) return { kind: 'unreadable', errors: (body?.errors as ImportIssue[] | undefined) ?? [] };
    return { kind: 'failed', message: (body?.error as { message?: string } | undefined)?.message ?? response.statusText };
  } catch (error) {
    return { kind: 'failed', message: error instanceof Error ? error.message : 'network error' };
  }
}
