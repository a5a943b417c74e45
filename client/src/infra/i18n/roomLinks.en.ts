/** English for the links handed out, rejoining on the same device, and the console's layout. Merged into the `translation` namespace. */
export const roomLinksEn = {
  roomLinks: {
    heading: 'Links',
    show: 'Links',
    showOf: 'Links: {{title}}',
    reach_network: 'Phones on the same network as this computer can open these links.',
    reach_public: 'These links use the public address set for this server.',
    reach_local: 'These links say localhost: only this computer can open them, not the phones in the room. Connect this computer to the venue network and restart Convene, or set PUBLIC_URL.',
    projectorMissing: 'This device does not keep the projector link. Open the facilitator link from the organiser page once and it is kept here.',
    facilitatorHint: 'Keep it private: whoever opens it runs the workshop.',
  },
  rejoin: {
    heading: 'You have joined this workshop on this device',
    continueAs: 'Continue as {{name}}',
    continueAsWithOrganisation: 'Continue as {{name}} ({{organisation}})',
    hint: 'Continue with the same name: your hand, votes and edits stay yours.',
    someoneElse: 'Join as someone else',
  },
  consoleRun: {
    youRunTheRoom: 'You run the room: participants follow the session you start.',
    notStarted: 'The agenda has not started: press “Start the agenda”, or “Go to” on a session.',
    roomAt: 'The room is at: {{title}} ({{stage}})',
    moreActions: 'More',
    moreActionsFor: 'More actions: {{title}}',
  },
};
