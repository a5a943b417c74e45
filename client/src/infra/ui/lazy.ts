/**
 * `React.lazy` for every screen loaded on demand: once the module is here, it also waits for the
 * catalogues that module started fetching in the reader's language (`addCatalogue`), so a
 * Mongolian reader never sees the screen in English first. The lint forbids React's own `lazy`
 * in the client for that reason.
 */
// eslint-disable-next-line @typescript-eslint/no-restricted-imports -- the one wrapper of React's lazy.
import { lazy as reactLazy } from 'react';
import { cataloguesSettled } from '../i18n/addCatalogue.js';

export const lazy: typeof reactLazy = (load) =>
  reactLazy(async () => {
    const module = await load();
    await cataloguesSettled();
    return module;
  });
