import {
  arn,
  authorization,
  pathOnly,
  type RawRequest,
  type Scope,
  type ServiceCall,
  UnrecognisedCallError,
} from "./aws-request-parts";

// Lambda (restJson1): POST /2015-03-31/functions/{FunctionName}/invocations → lambda:InvokeFunction
// on the function's ARN, qualified by the version or alias when one is named (in the name or the
// Qualifier query). FunctionName may be a name, name:qualifier, a partial ARN
// (account:function:name) or a full ARN ("Invoke" API reference, "Name formats"). "Fine-tuning the
// Resources and Conditions sections of policies": functions can be restricted by function,
// version or alias ARN.

export function lambda(request: RawRequest, scope: Scope): ServiceCall {
  const path = pathOnly(request);
  const invoke = /^\/2015-03-31\/functions\/([^/]+)\/invocations\/?$/.exec(path);
  if (request.method.toUpperCase() !== "POST" || !invoke) {
    throw new UnrecognisedCallError(`no IAM mapping for Lambda ${request.method} ${path}`);
  }
  const resource = functionArn(scope, decodeURIComponent(invoke[1] ?? ""), request.query.get("Qualifier"));
  return { operation: "Invoke", authorizations: [authorization(scope, "lambda:InvokeFunction", resource)] };
}

function functionArn(scope: Scope, functionName: string, qualifier: string | null): string {
  const parts = functionName.split(":");
  let region = scope.region;
  let account = scope.account;
  let name: string;
  let embedded: string | undefined;
  if (parts[0] === "arn") {
    // arn:partition:lambda:region:account:function:name[:qualifier]
    region = parts[3] ?? region;
    account = parts[4] ?? account;
    name = parts[6] ?? "";
    embedded = parts[7];
  } else if (parts[1] === "function") {
    // account:function:name[:qualifier]
    account = parts[0] ?? account;
    name = parts[2] ?? "";
    embedded = parts[3];
  } else {
    name = parts[0] ?? "";
    embedded = parts[1];
  }
  if (name === "") throw new UnrecognisedCallError(`unreadable FunctionName "${functionName}"`);
  const version = qualifier ?? embedded;
  return arn(scope, "lambda", `function:${name}${version ? `:${version}` : ""}`, region, account);
}
