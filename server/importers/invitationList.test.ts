import { expect, it } from 'vitest';
import { readInvitationList } from './invitationList.js';

const csv = (text: string) => new TextEncoder().encode(text);

it('refuses an alias longer than a name may be, so the list holds nothing its archive could not restore', async () => {
  const long = 'x'.repeat(121);
  expect(await readInvitationList(csv(`Organisation,Aliases\nGlobe International,Globe; ${long}\n`), 'text/csv')).toEqual({
    ok: false,
    errors: [{ row: 2, column: null, message: 'an alias is longer than 120 characters' }],
  });
  expect(await readInvitationList(csv(`Organisation,Aliases\nGlobe International,Globe; ${'x'.repeat(120)}\n`), 'text/csv')).toMatchObject({
    ok: true,
    organisations: [{ name: 'Globe International', aliases: ['Globe', 'x'.repeat(120)] }],
  });
});
