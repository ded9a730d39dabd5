import {
  arn,
  authorization,
  jsonBody,
  pathOnly,
  type RawRequest,
  record,
  required,
  type Scope,
  type ServiceCall,
  text,
  UnrecognisedCallError,
} from "./aws-request-parts";

// EventBridge Scheduler (restJson1). Schedules: /schedules/{Name}, the group in the GroupName body
// member (create/update) or groupName query (get/delete), "default" when absent; resource
// arn:aws:scheduler:region:account:schedule/{group}/{name}. CreateSchedule and UpdateSchedule list
// iam:PassRole as a dependent action: the target's RoleArn is passed to scheduler.amazonaws.com.
// ListSchedules (GET /schedules) has no resource type: "*".

export function scheduler(request: RawRequest, scope: Scope): ServiceCall {
  const path = pathOnly(request);
  const method = request.method.toUpperCase();
  const schedule = /^\/schedules\/([^/]+)$/.exec(path);
  if (schedule) {
    const name = decodeURIComponent(schedule[1] ?? "");
    const body = method === "POST" || method === "PUT" ? jsonBody(request) : {};
    const group = text(body.GroupName) ?? request.query.get("groupName") ?? "default";
    const resource = arn(scope, "scheduler", `schedule/${group}/${name}`);
    const operation = {
      POST: "CreateSchedule",
      PUT: "UpdateSchedule",
      GET: "GetSchedule",
      DELETE: "DeleteSchedule",
    }[method];
    if (!operation) throw new UnrecognisedCallError(`no IAM mapping for Scheduler ${method} ${path}`);
    const authorizations = [authorization(scope, `scheduler:${operation}`, resource)];
    if (operation === "CreateSchedule" || operation === "UpdateSchedule") {
      const roleArn = required(record(body.Target).RoleArn, "Target.RoleArn");
      authorizations.push(
        authorization(scope, "iam:PassRole", roleArn, { "iam:PassedToService": "scheduler.amazonaws.com" }),
      );
    }
    return { operation, authorizations };
  }
  if (path === "/schedules" && method === "GET") {
    return {
      operation: "ListSchedules",
      authorizations: [authorization(scope, "scheduler:ListSchedules", "*")],
    };
  }
  const group = /^\/schedule-groups\/([^/]+)$/.exec(path);
  if (group) {
    const resource = arn(scope, "scheduler", `schedule-group/${decodeURIComponent(group[1] ?? "")}`);
    const operation = { POST: "CreateScheduleGroup", GET: "GetScheduleGroup", DELETE: "DeleteScheduleGroup" }[
      method
    ];
    if (operation)
      return { operation, authorizations: [authorization(scope, `scheduler:${operation}`, resource)] };
  }
  if (path === "/schedule-groups" && method === "GET") {
    return {
      operation: "ListScheduleGroups",
      authorizations: [authorization(scope, "scheduler:ListScheduleGroups", "*")],
    };
  }
  throw new UnrecognisedCallError(`no IAM mapping for Scheduler ${method} ${path}`);
}
