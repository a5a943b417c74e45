/** The themes offered when tagging a recommendation: one datalist for the whole table. */
import { memo } from 'react';
import { uniqueThemes } from '../../../../shared/themeTags.js';
import { DEFAULT_THEMES } from '../experiences/defaultThemes.js';

/** The datalist's id, which every tag field of the triage names in `list`. */
export const THEME_SUGGESTIONS_ID = 'triage-theme-suggestions';

/**
 * The themes the workshop already uses first, so the room converges on one spelling, then the
 * model workshop's (the demo and UN-matrix files start with none). Any other may still be typed.
 */
export const ThemeSuggestions = memo(function ThemeSuggestions({ inUse }: { inUse: string[] }) {
  return (
    <datalist id={THEME_SUGGESTIONS_ID}>
      {uniqueThemes([...inUse, ...DEFAULT_THEMES]).map((theme) => (
        <option key={theme} value={theme} />
      ))}
    </datalist>
  );
});
