/** English: how people get in (entry mode, personal invitations, badges) and the attendance roster. Merged into `translation` under `entry`. */
export const entryEn = {
  entry: {
    title: 'Entry',
    hint: 'Open: anyone with the join code joins. By invitation: only the personal links on the badges work; the join code is refused and the screen does not show it.',
    label: 'Who may join',
    open: 'Anyone with the join code',
    invited: 'By invitation only',
    byInvitation: 'This workshop is by invitation. Open the personal link or scan the QR code on your badge.',
    screenTitle: 'By invitation',
    screenSteps: 'Scan the QR code on your badge, or open the personal link you were sent.',
    claiming: 'Opening your invitation…',
    claimFailed: 'This invitation link does not work.',
    linkRevoked: 'This invitation link was replaced or withdrawn. Ask the facilitator for your new one.',
    tooManyDevices: 'This invitation is already open on too many devices. Ask the facilitator to issue a new link.',
    noLink: 'The link has no invitation in it. Open the whole link, or scan the QR code again.',
    joinWithCode: 'Join with a code instead',
  },
};
