/**
 * Counting wrappers around the adapters whose calls the operator watches: every email SES accepted
 * or refused, every schedule call. They change nothing of what the wrapped adapter does.
 */
import { METRIC, type Meter } from "../observability/catalogue";
import type { Mailer, OneTimeSchedule, OutgoingEmail, ReminderScheduler, SentEmail } from "../ports";

export class MeteredMailer implements Mailer {
  constructor(
    private readonly mailer: Mailer,
    private readonly meter: Meter,
  ) {}

  async send(email: OutgoingEmail): Promise<SentEmail> {
    try {
      const sent = await this.mailer.send(email);
      this.meter.count(METRIC.emailsSent);
      return sent;
    } catch (error) {
      this.meter.count(METRIC.sendFailures);
      throw error;
    }
  }
}

export class MeteredScheduler implements ReminderScheduler {
  constructor(
    private readonly scheduler: ReminderScheduler,
    private readonly meter: Meter,
  ) {}

  async put(schedule: OneTimeSchedule): Promise<void> {
    await this.scheduler.put(schedule);
    this.meter.count(METRIC.scheduleOperations, { operation: "put" });
  }

  async delete(name: string): Promise<void> {
    await this.scheduler.delete(name);
    this.meter.count(METRIC.scheduleOperations, { operation: "delete" });
  }

  async list(prefix: string): Promise<string[]> {
    const names = await this.scheduler.list(prefix);
    this.meter.count(METRIC.scheduleOperations, { operation: "list" });
    return names;
  }
}
