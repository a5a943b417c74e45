/** English for the way into implementation tracking, shown on every page that links to it; the tracking page's own words load with it. */
export const trackingLinkEn = {
  trackingLink: {
    title: 'Implementation tracking',
    openLink: 'Track implementation',
    openLinkOf: 'Track implementation: {{title}}',
    openHint: 'Between meetings: the coalition’s assessments with evidence and sources, and the mid-term report.',
  },
};
