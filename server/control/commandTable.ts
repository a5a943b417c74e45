/**
 * Every control command: who may send it (`server/policies/`) and how it resolves (one use case
 * per file, in the folder of its subject). Schemas are in `shared/control.ts`. To add a command:
 * its payload and result schemas there, its use case in `control/<subject>/`, a line here.
 */
import { recordCommitment, withdrawCommitment } from './dialogue/recordCommitment.js';
import { setParticipantLayer } from './dialogue/setParticipantLayer.js';
import { putCommitmentToVote } from './dialogue/putCommitmentToVote.js';
import { mayRunDialogue } from '../policies/dialogue.js';
import type { CommandTable } from './commandDefinition.js';
import { editRecord } from './editRecord.js';
import { addSession } from './agenda/addSession.js';
import { goToSession } from './agenda/goToSession.js';
import { moveSession } from './agenda/moveSession.js';
import { removeSession } from './agenda/removeSession.js';
import { updateSession } from './agenda/updateSession.js';
import { proposeAmendment } from './amendments/proposeAmendment.js';
import { putAmendmentToVote } from './amendments/putAmendmentToVote.js';
import { setAmendmentMode } from './amendments/setAmendmentMode.js';
import { withdrawAmendment } from './amendments/withdrawAmendment.js';
import { listAudit } from './audit/listAudit.js';
import { issueInvitations } from './entry/issueInvitations.js';
import { listRoster } from './entry/listRoster.js';
import { revokeInvitation } from './entry/revokeInvitation.js';
import { signCharter } from './charter/signCharter.js';
import { unfreezeCharter } from './charter/unfreezeCharter.js';
import { clearSpotlight } from './room/clearSpotlight.js';
import { lockSection } from './room/lockSection.js';
import { lowerHand } from './room/lowerHand.js';
import { setReturning } from './room/setReturning.js';
import { admitParticipant } from './invitations/admitParticipant.js';
import { mergeOrganisations } from './invitations/mergeOrganisations.js';
import { removeDelegate } from './invitations/removeDelegate.js';
import { removeOrganisation } from './invitations/removeOrganisation.js';
import { saveDelegate } from './invitations/saveDelegate.js';
import { saveOrganisation } from './invitations/saveOrganisation.js';
import { raiseHand } from './room/raiseHand.js';
import { removeParticipant } from './room/removeParticipant.js';
import { setPriorities } from './room/setPriorities.js';
import { setSpotlight } from './room/setSpotlight.js';
import { setEntryMode } from './room/setEntryMode.js';
import { setWorkshopLanguage } from './room/setWorkshopLanguage.js';
import { showJoinCode } from './projector/showJoinCode.js';
import { showResults } from './projector/showResults.js';
import { clearTimer } from './timer/clearTimer.js';
import { pauseTimer } from './timer/pauseTimer.js';
import { resetTimer } from './timer/resetTimer.js';
import { resumeTimer } from './timer/resumeTimer.js';
import { startTimer } from './timer/startTimer.js';
import { castVote } from './votes/castVote.js';
import { closeVote } from './votes/closeVote.js';
import { openVote } from './votes/openVote.js';
import { mayRunAgenda } from '../policies/agenda.js';
import { mayAmend, mayPutAmendmentToVote } from '../policies/amendment.js';
import { mayDecideCharter, maySignCharter } from '../policies/charter.js';
import { mayDecideEntry } from '../policies/entry.js';
import { mayLowerHand, mayRaiseHand } from '../policies/hand.js';
import { mayRemoveParticipants } from '../policies/participant.js';
import { mayRunVotes, mayVote } from '../policies/vote.js';

export const COMMAND_TABLE: CommandTable = {
  'stage:go': { policy: mayRunAgenda, resolve: editRecord(goToSession) },
  'timer:start': { policy: mayRunAgenda, resolve: editRecord(startTimer) },
  'timer:pause': { policy: mayRunAgenda, resolve: editRecord(pauseTimer) },
  'timer:resume': { policy: mayRunAgenda, resolve: editRecord(resumeTimer) },
  'timer:reset': { policy: mayRunAgenda, resolve: editRecord(resetTimer) },
  'timer:clear': { policy: mayRunAgenda, resolve: editRecord(clearTimer) },
  'projector:results': { policy: mayRunAgenda, resolve: editRecord(showResults) },
  'projector:join-code': { policy: mayRunAgenda, resolve: editRecord(showJoinCode) },
  'section:lock': { policy: mayRunAgenda, resolve: editRecord(lockSection) },
  spotlight: { policy: mayRunAgenda, resolve: editRecord(setSpotlight) },
  'spotlight:clear': { policy: mayRunAgenda, resolve: editRecord(clearSpotlight) },
  'hand:raise': { policy: mayRaiseHand, resolve: editRecord(raiseHand) },
  'hand:lower': { policy: mayLowerHand, resolve: editRecord(lowerHand) },
  'agenda:add-session': { policy: mayRunAgenda, resolve: editRecord(addSession) },
  'agenda:update-session': { policy: mayRunAgenda, resolve: editRecord(updateSession) },
  'agenda:remove-session': { policy: mayRunAgenda, resolve: editRecord(removeSession) },
  'agenda:move-session': { policy: mayRunAgenda, resolve: editRecord(moveSession) },
  // A listed organisation's flag lives on the invitation list; the record's names follow it.
  'roster:mark-returning': { policy: mayRunAgenda, resolve: setReturning },
  'priority:set': { policy: mayRunAgenda, resolve: editRecord(setPriorities) },
  'workshop:language': { policy: mayRunAgenda, resolve: editRecord(setWorkshopLanguage) },
  'workshop:entry-mode': { policy: mayDecideEntry, resolve: editRecord(setEntryMode) },
  // Links write their own audit lines: a link's secret is in the answer, never in the log.
  'invitation:issue': { policy: mayDecideEntry, resolve: issueInvitations },
  'invitation:revoke': { policy: mayDecideEntry, resolve: revokeInvitation },
  'roster:list': { policy: mayRunAgenda, resolve: listRoster },
  // Removal deletes tokens in the store first, then records the change with the hand it drops.
  'participant:remove': { policy: mayRemoveParticipants, resolve: removeParticipant },
  // The invitation list is stored apart from the control record; each change still writes its audit line there.
  'participant:admit': { policy: mayRemoveParticipants, resolve: admitParticipant },
  'invitations:save-organisation': { policy: mayRemoveParticipants, resolve: saveOrganisation },
  'invitations:remove-organisation': { policy: mayRemoveParticipants, resolve: removeOrganisation },
  'invitations:save-delegate': { policy: mayRemoveParticipants, resolve: saveDelegate },
  'invitations:remove-delegate': { policy: mayRemoveParticipants, resolve: removeDelegate },
  'invitations:merge': { policy: mayRemoveParticipants, resolve: mergeOrganisations },
  // A layer decides what a participant opens: stored first, then their connections reopen under it.
  'participant:layer': { policy: mayRunDialogue, resolve: setParticipantLayer },
  'commitment:record': { policy: mayRunDialogue, resolve: recordCommitment },
  'commitment:withdraw': { policy: mayRunDialogue, resolve: withdrawCommitment },
  // Opens an ordinary vote about the row; the vote's close records the commitment.
  'commitment:put-to-vote': { policy: mayRunDialogue, resolve: putCommitmentToVote },
  // Votes write their own audit entries, field by field: a ballot's choice must never be one.
  'vote:open': { policy: mayRunVotes, resolve: openVote },
  'vote:cast': { policy: mayVote, resolve: castVote },
  'vote:close': { policy: mayRunVotes, resolve: closeVote },
  'charter:unfreeze': { policy: mayDecideCharter, resolve: editRecord(unfreezeCharter) },
  'charter:sign': { policy: maySignCharter, resolve: editRecord(signCharter) },
  // Amendments read the charter and open votes, so they resolve outside one synchronous edit.
  'charter:amendment-mode': { policy: mayDecideCharter, resolve: setAmendmentMode },
  'amendment:propose': { policy: mayAmend, resolve: proposeAmendment },
  'amendment:withdraw': { policy: mayAmend, resolve: withdrawAmendment },
  'amendment:put-to-vote': { policy: mayPutAmendmentToVote, resolve: putAmendmentToVote },
  'audit:list': { policy: mayRunAgenda, resolve: listAudit },
};
