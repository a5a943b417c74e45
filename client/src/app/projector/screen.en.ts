/** English for the room's screen and its console controls. Merged into the `translation` namespace under `screen`. */
export const screenEn = {
  screen: {
    page: 'Page {{page}} of {{count}}',
    joinAt: 'Join at',
    code: 'Code',
    joinTitle: 'Join the workshop',
    joinSteps: 'Open {{address}} on your phone or laptop and enter the code',
    beforeStart: 'The workshop begins soon',
    nothingYet: 'Nothing has been written here yet.',
    planEmpty: 'No plan rows yet.',
    strategyEmpty: 'No activities yet.',
    noCluster: 'Other rows',
    recommendations: 'Recommendations: {{refs}}',
    amendment: {
      heading: 'Amendment to paragraph {{number}}',
      now: 'Now',
      proposed: 'Proposed',
    },
    moreVotes_one: 'and {{count}} more vote open',
    moreVotes_other: 'and {{count}} more votes open',
    console: {
      title: 'Projector',
      preview: 'What the projector shows now',
      hideResult: 'Hide the result',
      showResult: 'Show the last result',
      joinLarge: 'Show the join code large',
      joinCompact: 'Make the join code small',
      clearTimer: 'Clear the timer',
    },
  },
};
