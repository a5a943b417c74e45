/** English for the dialogue day: the join's layer, Government responses, joint commitments. Merged under `dialogue`. */
export const dialogueEn = {
  dialogue: {
    layerOf: 'Whom {{name}} represents',
    correctLayer: 'Change',
    responses: {
      title: 'Government responses',
      intro: 'For each plan row: the Government’s position, the responsible ministry, its own timeline and indicator.',
      row: 'Plan row {{number}}',
      plan: 'The plan',
      government: 'The Government’s response',
      position: 'Position',
      noPosition: 'No position yet',
      positions: { accepts: 'Accepts', 'will-consider': 'Will consider', declines: 'Declines' },
      fields: { ministry: 'Responsible ministry', timeline: 'Government timeline', indicator: 'Government indicator', comments: 'Comments' },
      empty: 'No plan rows.',
      noSubject: 'Row without a recommendation',
      committed: 'Joint commitment',
      confirmedByVote: 'Confirmed by a vote of the room',
      confirmedBy: 'Agreed by {{names}}',
      record: 'Record the agreement',
      governmentRep: 'Government representative',
      csoRep: 'CSO delegate',
      choose: 'Choose…',
      withdraw: 'Withdraw the commitment',
    },
    progress: {
      title: 'Progress, cluster by cluster',
      counts: '{{committed}} of {{total}} agreed · {{answered}} answered',
      other: 'Other rows',
    },
  },
};
