/** English for the invitation list, the waiting list and the waiting page. Merged into the `translation` namespace under `accreditation`. */
export const accreditationEn = {
  accreditation: {
    waitingPage: {
      title: 'You are on the waiting list',
      body: 'The facilitator will admit you in a moment. This page moves on by itself: keep it open.',
      you: 'You joined as {{name}}, {{organisation}}.',
      offline: 'Not connected: this page will move on once the connection is back.',
    },
  },
} as const;
