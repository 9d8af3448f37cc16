// The baseline for infra/dev/load-bench.sh: Kestrel with the same defaults as the AllyBot host (no middleware, no
// body read, no logging per request), answering every request with 200 and an empty body.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();
app.Run(static context =>
{
    context.Response.StatusCode = StatusCodes.Status200OK;
    return Task.CompletedTask;
});
await app.RunAsync();
