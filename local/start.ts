/** `npm start`: the whole product on this machine, until Ctrl-C. */
import { join } from "node:path";
import { startLocalApp } from "./app";
import { localSettings } from "./settings";
import { DamagedStateFileError } from "./standins/state-file";

const settings = localSettings();
const app = await startLocalApp({
  dataDir: join(process.cwd(), ".local-data"),
  owners: settings.owners,
  allowedDomains: settings.allowedDomains,
  timeZone: settings.timeZone,
  country: settings.country,
  ports: { smtp: settings.smtpPort, ses: settings.sesPort, control: settings.controlPort },
  inboundAddress: settings.inboundAddress,
  realTime: true,
}).catch((error: unknown) => {
  // A damaged state file names itself and the way on; a stack trace would only hide that.
  if (!(error instanceof DamagedStateFileError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
});

process.stdout.write(
  [
    "",
    "interview-followup is running locally.",
    "",
    `  Inbound address   ${app.inboundAddress}  (SMTP on ${app.smtp.host}:${app.smtp.port})`,
    `  Owner(s)          ${app.owners.join(", ")}`,
    `  Sent emails       ${app.sesUrl}  (web inbox; JSON at ${app.sesUrl}/store)`,
    `  Control           ${app.controlUrl}/status`,
    `  Data              .local-data/ (kept across restarts)`,
    `  Function logs     .local-data/logs/inbound.log, reminder.log, digest.log`,
    "",
    'Forward an invite:   npx followup forward --invite "in 3 days at 2pm"  (or an .eml or .ics file)',
    "Move time forward:   npx followup local advance --to next  (the next prompt; or 3d, 12h)",
    "Stop:                Ctrl-C",
    "",
  ].join("\n"),
);

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    process.stdout.write("\nStopping…\n");
    app.stop().then(
      () => process.exit(0),
      (error: Error) => {
        process.stderr.write(`Could not stop cleanly: ${error.message}\n`);
        process.exit(1);
      },
    );
  });
}
