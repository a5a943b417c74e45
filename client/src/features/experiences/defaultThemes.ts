/** The themes of the model workshop (DESIGN.md), offered as suggestions; any other may be typed. */
export const DEFAULT_THEMES = [
  "Women's rights and empowerment",
  'LGBT rights',
  'Rights of the child',
  'Environment',
  'Access to health',
  'Mining',
  'Torture',
  'Justice',
  'Freedom of expression',
];
