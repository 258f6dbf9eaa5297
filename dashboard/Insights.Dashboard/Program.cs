using Insights.Dashboard.Hosting;
using Insights.Dashboard.Publishing;
using Insights.Dashboard.Security;

// The content root is the app's folder, so appsettings.json is found whatever the working directory.
// `--publish DIR [--season S]` writes the static public site from the app on a loopback port instead of serving.
var publish = PublishMode.Folder(args);
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = publish is null ? args : PublishMode.HostArguments(args), ContentRootPath = AppContext.BaseDirectory });
// `insights serve` runs the build output, not a publish: MudBlazor's files come from the static web assets manifest,
// which ASP.NET Core reads by itself only in Development.
builder.WebHost.UseStaticWebAssets();
builder.AddWarehouse();
builder.AddDashboardSecurity();
builder.AddDashboardUi();
builder.AddCommitteeComparison();
builder.AddOrganizerReports();

var app = builder.Build();
app.UseDashboard();
if (publish is not null)
{
    return await PublishMode.RunAsync(app, publish, PublishMode.Season(args));
}

await app.RunAsync();
return 0;

/// <summary>The dashboard's entry point (named so that tests can host it).</summary>
public partial class Program;
