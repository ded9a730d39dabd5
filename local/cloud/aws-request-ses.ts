import {
  arn,
  authorization,
  type Context,
  jsonBody,
  pathOnly,
  type RawRequest,
  record,
  type Scope,
  type ServiceCall,
  strings,
  text,
  UnrecognisedCallError,
} from "./aws-request-parts";
import { parseAddressList, parseRawMailAddresses } from "./raw-mail-addresses";

// SES v2 (restJson1, signing name "ses"): POST /v2/email/outbound-emails → ses:SendEmail.
// "Actions, resources, and condition keys for Amazon Simple Email Service v2": SendEmail needs the
// identity (required), and the configuration set and template when used; condition keys
// ses:ApiVersion, ses:FeedbackAddress, ses:FromAddress, ses:FromDisplayName, ses:Recipients
// ("ses:Recipients … include the To:, CC:, and BCC: addresses"), ses:MultiRegionEndpointId.
// The identity is FromEmailAddressIdentityArn when given (SendEmail API reference: "the ARN of the
// identity that is associated with the sending authorization policy"), else the identity SES uses
// for the From address: the address identity when it exists, else its domain's (or a parent
// domain's). In the sandbox every recipient must be a verified identity, so each recipient's
// identity is authorized too (the SES IAM guide notes sandbox restrictions interact with these
// policies). Recipients come from Destination when given; for Raw content without Destination,
// from the message's To/Cc/Bcc headers (as SES sends it).

export function ses(request: RawRequest, scope: Scope): ServiceCall {
  const path = pathOnly(request);
  if (request.method.toUpperCase() !== "POST" || path !== "/v2/email/outbound-emails") {
    throw new UnrecognisedCallError(`no IAM mapping for SES ${request.method} ${path}`);
  }
  const body = jsonBody(request);
  const content = record(body.Content);
  const raw = rawMessage(content);
  const headers = raw ? parseRawMailAddresses(raw) : undefined;
  const fromText = text(body.FromEmailAddress);
  const from = fromText !== undefined ? parseAddressList(fromText)[0] : headers?.from;
  if (!from)
    throw new UnrecognisedCallError("SendEmail has no From address (FromEmailAddress or a From header)");
  const destination = record(body.Destination);
  const recipients =
    body.Destination !== undefined
      ? [
          ...strings(destination.ToAddresses),
          ...strings(destination.CcAddresses),
          ...strings(destination.BccAddresses),
        ]
          .flatMap((a) => parseAddressList(a))
          .map((m) => m.address)
      : [...(headers?.to ?? []), ...(headers?.cc ?? []), ...(headers?.bcc ?? [])].map((m) => m.address);

  const context: Context = {
    "ses:ApiVersion": "2",
    "ses:FromAddress": from.address,
    "ses:Recipients": [...new Set(recipients)],
  };
  if (from.name) context["ses:FromDisplayName"] = from.name;
  const feedback = text(body.FeedbackForwardingEmailAddress) ?? headers?.returnPath;
  if (feedback) context["ses:FeedbackAddress"] = parseAddressList(feedback)[0]?.address ?? feedback;
  const endpoint = text(body.EndpointId);
  if (endpoint) context["ses:MultiRegionEndpointId"] = endpoint;

  const identityArn = (name: string) => arn(scope, "ses", `identity/${name}`);
  const resources = [text(body.FromEmailAddressIdentityArn) ?? identityArn(sesIdentity(scope, from.address))];
  const configurationSet = text(body.ConfigurationSetName);
  if (configurationSet) resources.push(arn(scope, "ses", `configuration-set/${configurationSet}`));
  const template = record(content.Template);
  const templateArn = text(template.TemplateArn);
  const templateName = text(template.TemplateName);
  if (templateArn) resources.push(templateArn);
  else if (templateName) resources.push(arn(scope, "ses", `template/${templateName}`));
  if (scope.caller.sesSandbox) {
    for (const recipient of recipients) resources.push(identityArn(sesIdentity(scope, recipient)));
  }
  return {
    operation: "SendEmail",
    authorizations: resources.map((resource) => authorization(scope, "ses:SendEmail", resource, context)),
  };
}

function rawMessage(content: Record<string, unknown>): Uint8Array | undefined {
  const data = text(record(content.Raw).Data);
  return data === undefined ? undefined : new Uint8Array(Buffer.from(data, "base64"));
}

/** The identity SES resolves for an address: the address identity, else the nearest domain identity. */
function sesIdentity(scope: Scope, address: string): string {
  const known = scope.caller.sesIdentities ?? [];
  const find = (name: string) => known.find((identity) => identity.toLowerCase() === name.toLowerCase());
  const exact = find(address);
  if (exact) return exact;
  const domain = address.slice(address.lastIndexOf("@") + 1).toLowerCase();
  const labels = domain.split(".");
  for (let i = 0; i < labels.length - 1; i++) {
    const parent = find(labels.slice(i).join("."));
    if (parent) return parent;
  }
  return domain;
}
