// Every way into the application — each server action and route handler — and what it needs:
// a permission of lib/auth/roles.ts, any signed-in user, or nothing (public). A test reads the
// entry points from app/ and checks each against every role, so a new one missing here fails.
import type { Permission } from "./roles";

export type Gate = Permission | "signed-in" | "public";

/** "file under app/#export". */
export const SERVER_ACTIONS: Readonly<Record<string, Gate>> = {
  "(app)/actions.ts#signOutAction": "public",
  "(app)/audit/actions.ts#verifyChainAction": "verify:audit:any",
  "(app)/board/actions.ts#moveCardAction": "move:setback:any",
  "(app)/clients/actions.ts#createClientAction": "create:client:any",
  "(app)/clients/actions.ts#editClientAction": "update:client:any",
  "(app)/clients/actions.ts#addContactAction": "update:client:any",
  "(app)/clients/actions.ts#editContactAction": "update:client:any",
  "(app)/clients/actions.ts#archiveContactAction": "update:client:any",
  "(app)/clients/actions.ts#createFeedbackLinkAction": "manage:feedback-link:any",
  "(app)/clients/actions.ts#revokeFeedbackLinkAction": "manage:feedback-link:any",
  "(app)/retrospectives/actions.ts#saveNotesAction": "run:retrospective:any",
  "(app)/setbacks/[ref]/actions.ts#moveAction": "move:setback:any",
  "(app)/setbacks/[ref]/actions.ts#logCommunicationAction": "create:communication:any",
  "(app)/setbacks/[ref]/actions.ts#triageAction": "update:setback:any",
  "(app)/setbacks/[ref]/actions.ts#addRemedyTaskAction": "create:remedy:any",
  "(app)/setbacks/[ref]/actions.ts#completeRemedyTaskAction": "update:remedy:any",
  "(app)/setbacks/[ref]/actions.ts#cancelRemedyTaskAction": "update:remedy:any",
  "(app)/setbacks/[ref]/actions.ts#proposeCompensationAction": "propose:compensation:any",
  "(app)/setbacks/[ref]/actions.ts#approveCompensationAction": "approve:compensation:any",
  "(app)/setbacks/[ref]/actions.ts#rejectCompensationAction": "approve:compensation:any",
  "(app)/setbacks/[ref]/actions.ts#issueCompensationAction": "propose:compensation:any",
  "(app)/setbacks/[ref]/actions.ts#noCompensationAction": "propose:compensation:any",
  "(app)/setbacks/[ref]/actions.ts#scheduleFollowUpAction": "create:follow-up:any",
  "(app)/setbacks/[ref]/actions.ts#completeFollowUpAction": "update:follow-up:any",
  "(app)/setbacks/[ref]/actions.ts#saveLessonAction": "create:lesson:any",
  "(app)/setbacks/[ref]/actions.ts#addPreventiveActionAction": "update:lesson:any",
  "(app)/setbacks/[ref]/actions.ts#completePreventiveActionAction": "update:lesson:any",
  "(app)/setbacks/[ref]/actions.ts#recordEffectivenessAction": "update:lesson:any",
  "(app)/setbacks/actions.ts#reportSetbackAction": "create:setback:any",
  "(app)/setbacks/actions.ts#editSetbackAction": "update:setback:any",
  "(app)/settings/actions.ts#updateTargetsAction": "manage:settings:any",
  "(app)/settings/actions.ts#updateOrgSettingsAction": "manage:settings:any",
  "(app)/settings/import/actions.ts#importAction": "manage:settings:any",
  "(app)/settings/tokens/actions.ts#createTokenAction": "manage:api-token:own",
  "(app)/settings/tokens/actions.ts#revokeTokenAction": "manage:api-token:own",
  "(app)/settings/users/actions.ts#createUserAction": "manage:user:any",
  "(app)/settings/users/actions.ts#changeRoleAction": "manage:user:any",
  "(app)/settings/users/actions.ts#deactivateUserAction": "manage:user:any",
  "(app)/settings/users/actions.ts#reactivateUserAction": "manage:user:any",
  "(auth)/login/actions.ts#signInAction": "public",
  "feedback/[token]/actions.ts#submitFeedbackAction": "public",
};

/** "METHOD file under app/". API routes take a bearer token; the others a session. */
export const ROUTE_HANDLERS: Readonly<Record<string, Gate>> = {
  "GET (app)/clients/[id]/trail/route.ts": "read:audit:any",
  "GET (app)/reports/export/route.ts": "read:report:any",
  "GET (app)/retrospectives/export/route.ts": "run:retrospective:any",
  "GET api/auth/[...nextauth]/route.ts": "public",
  "POST api/auth/[...nextauth]/route.ts": "public",
  "GET api/health/route.ts": "public",
  "GET api/v1/clients/[id]/trail/route.ts": "read:audit:any",
  "GET api/v1/clients/route.ts": "read:client:any",
  "POST api/v1/clients/route.ts": "create:client:any",
  "GET api/v1/openapi.json/route.ts": "public",
  "POST api/v1/setbacks/[ref]/communications/route.ts": "create:communication:any",
  "POST api/v1/setbacks/[ref]/moves/route.ts": "move:setback:any",
  "POST api/v1/setbacks/[ref]/remedy-tasks/route.ts": "create:remedy:any",
  "GET api/v1/setbacks/[ref]/route.ts": "read:setback:any",
  "PATCH api/v1/setbacks/[ref]/route.ts": "update:setback:any",
  "GET api/v1/setbacks/route.ts": "read:setback:any",
  "POST api/v1/setbacks/route.ts": "create:setback:any",
  "GET bench/handler/route.ts": "public",
};
