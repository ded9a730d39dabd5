import {
  ConflictException,
  CreateScheduleCommand,
  type CreateScheduleCommandInput,
  DeleteScheduleCommand,
  ListSchedulesCommand,
  ResourceNotFoundException,
  type SchedulerClient,
  UpdateScheduleCommand,
} from "@aws-sdk/client-scheduler";
import type { OneTimeSchedule, ReminderScheduler } from "../ports";

export interface EventBridgeReminderSchedulerProps {
  readonly client: SchedulerClient;
  readonly groupName: string;
  readonly targetArn: string;
  readonly roleArn: string;
  readonly deadLetterArn?: string;
}

/**
 * Retries stop after an hour: a prompt that could not be delivered by then no longer makes sense
 * (a thank-you a day late, a prep after the interview); it goes to the dead-letter queue instead.
 */
const RETRY_POLICY = { MaximumRetryAttempts: 3, MaximumEventAgeInSeconds: 3600 };

export class EventBridgeReminderScheduler implements ReminderScheduler {
  constructor(private readonly props: EventBridgeReminderSchedulerProps) {}

  async put(schedule: OneTimeSchedule): Promise<void> {
    const input: CreateScheduleCommandInput = {
      Name: schedule.name,
      GroupName: this.props.groupName,
      ScheduleExpression: `at(${schedule.localTime})`,
      ScheduleExpressionTimezone: schedule.timeZone,
      FlexibleTimeWindow: { Mode: "OFF" },
      ActionAfterCompletion: "DELETE",
      State: "ENABLED",
      Target: {
        Arn: this.props.targetArn,
        RoleArn: this.props.roleArn,
        Input: JSON.stringify(schedule.payload),
        RetryPolicy: RETRY_POLICY,
        ...(this.props.deadLetterArn ? { DeadLetterConfig: { Arn: this.props.deadLetterArn } } : {}),
      },
    };
    try {
      await this.props.client.send(new CreateScheduleCommand(input));
    } catch (error) {
      if (!(error instanceof ConflictException)) throw error;
      await this.props.client.send(new UpdateScheduleCommand(input));
    }
  }

  async delete(name: string): Promise<void> {
    try {
      await this.props.client.send(
        new DeleteScheduleCommand({ Name: name, GroupName: this.props.groupName }),
      );
    } catch (error) {
      if (!(error instanceof ResourceNotFoundException)) throw error;
    }
  }

  async list(prefix: string): Promise<string[]> {
    const names: string[] = [];
    let token: string | undefined;
    do {
      const page = await this.props.client.send(
        new ListSchedulesCommand({ GroupName: this.props.groupName, NamePrefix: prefix, NextToken: token }),
      );
      for (const schedule of page.Schedules ?? []) if (schedule.Name) names.push(schedule.Name);
      token = page.NextToken;
    } while (token);
    return names;
  }
}
