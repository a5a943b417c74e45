/** English for joining a dialogue day and starting one: on the first visit; the rest of the dialogue day's words load with its screens. */
export const dialogueJoinEn = {
  dialogueJoin: {
    organiser: {
      continue: 'Start a dialogue day from this archive',
      title: '{{title}} — dialogue day',
    },
    join: {
      notice: 'This is a dialogue day. Say whom you represent, then join.',
      layer: 'You represent',
      layers: { cso: 'A civil society organisation', government: 'The Government', un: 'A UN agency', nhrc: 'The National Human Rights Commission' },
      body: 'Your ministry, agency or UN agency',
    },
  },
};
