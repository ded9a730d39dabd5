/** The planner as the policy tests call it: with the business calendar of the request's policy. */
import { loadBusinessCalendars } from "../../../lambdas/domain/business-days";
import { type PlanRequest, planReminders } from "../../../lambdas/domain/planner";

export const calendars = await loadBusinessCalendars();

export function planFor(request: Omit<PlanRequest, "calendar">) {
  return planReminders({ ...request, calendar: calendars.of(request.policy.country, request.policy.region) });
}
