using System.Net;
using System.Text.Json.Serialization;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Audit;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Demo;
using Linli.Web.Platform.Hosting;
using Linli.Web.Platform.Identity;
using Linli.Web.Platform.Jobs;
using Linli.Web.Platform.Localization;
using Linli.Web.Platform.Notifications;
using Linli.Web.Platform.Privacy;
using Linli.Web.Platform.Regions;
using Linli.Web.Platform.Scoping;
using Linli.Web.Shared;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Platform;

/// <summary>What every module stands on: data, identity, scoping, privacy, audit, localization, the shells and the API plumbing.</summary>
public static class PlatformModule
{
    private const string ReadyTag = "ready";

    public static void AddPlatform(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var options = builder.Configuration.GetSection(LinliOptions.Section).Get<LinliOptions>() ?? new LinliOptions();
        services.Configure<LinliOptions>(builder.Configuration.GetSection(LinliOptions.Section));
        services.AddSingleton(TimeProvider.System);

        // Plain HTTP on the addresses given (--urls, ASPNETCORE_URLS); with none, a fixed local port.
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && builder.Configuration.GetSection("Kestrel:Endpoints").GetChildren().Any() is false)
            builder.WebHost.UseUrls("http://localhost:5080");

        // Serve the build's static assets (and their compressed forms) in every environment, not only
        // Development: `dotnet Linli.Web.dll` from a build folder must look like the published site.
        // A published app has no build manifest, and this does nothing there.
        builder.WebHost.UseStaticWebAssets();
        // Served from a build (not a publish), MapStaticAssets would patch assets at run time for hot reload: every
        // asset sent with no-cache, and gzip made on the fly without compressing. Linli serves the build's own
        // precompressed, fingerprinted files with year-long caching instead, as a published site does.
        builder.Configuration["ReloadStaticAssetsAtRuntime"] ??= "false";

        builder.AddLinliData();
        builder.AddLinliIdentity();
        services.AddLinliLocalization();
        AddKeysAndProxies(builder, options);
        builder.AddJobs(options);
        builder.AddTelemetry();

        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddOpenApi("v1", o =>
        {
            o.AddDocumentShape();
            o.AddBearerSecurity();
            o.AddProblemResponses();
            ApiSummaries.AddSummaries(o);
        });
        // /health: the database answers (the balancer's liveness); /health/ready: and this host's job scheduler runs.
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database").AddCheck<JobSchedulerHealthCheck>("jobs", tags: [ReadyTag]);
        services.AddRazorComponents();
        // Pages go out compressed (static files come precompressed from the build). Safe against BREACH here: the
        // antiforgery token in each form is encrypted afresh for every response, so no secret repeats across them.
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.MimeTypes = ["text/html", "application/json", "application/problem+json", "text/calendar"];
            o.Providers.Add<Microsoft.AspNetCore.ResponseCompression.BrotliCompressionProvider>();
            o.Providers.Add<Microsoft.AspNetCore.ResponseCompression.GzipCompressionProvider>();
        });
        services.Configure<Microsoft.AspNetCore.ResponseCompression.BrotliCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
        services.Configure<Microsoft.AspNetCore.ResponseCompression.GzipCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
        // Chinese text goes out as itself, not as &#x...; entities that triple a page's weight.
        services.AddWebEncoders(o => o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddCascadingAuthenticationState();
        services.AddScoped<Shared.Components.PlacedFields>();

        services.AddHttpContextAccessor();
        services.AddScoped<PublicAddress>();
        services.AddScoped<AuditLog>();
        services.AddScoped<AuditVerifier>();
        services.AddScoped<AuditNarrator>();
        services.AddSingleton(PlatformApiSummaries.Table);
        services.AddSingleton(new AuditNames("User", ["user"], async (sp, ids, ct) =>
            await sp.GetRequiredService<LinliDb>().Users.Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => $"{u.DisplayName}（{u.UserName}）", ct)));
        foreach (var kind in new[] { "Region", "Community", "Unit" })
            services.AddSingleton(AuditNames.ByNumber(kind, kind == "Community" ? ["community"] : [], (sp, ids, ct) =>
                sp.GetRequiredService<LinliDb>().Regions.Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Name, ct)));
        services.AddScoped<AccessRecorder>();
        services.AddScoped<UnmaskService>();
        services.AddScoped<Notifier>();
        services.AddScoped<Files.FileStore>();
        services.AddSingleton<IMessageSender, LoggingMessageSender>();
        services.AddScoped<Reencryptor>();
        services.AddSingleton<SensitiveFieldReaders>();
        services.AddSingleton(new SensitiveField(UserPhoneReader.SubjectType, UserPhoneReader.Field, UserPhoneReader.ReadAsync));
        services.AddScoped<RegionsService>();
        services.AddScoped<RegionImporter>();
        services.AddScoped<DemoSeeder>();
        services.AddScoped<Workbench.WorkbenchService>();
        services.AddSingleton<Shared.Navigation.ConsoleNav>();
        services.AddSingleton(new Shared.Navigation.NavItem("/console", "Nav.Home", 0, Policies.Staff));
        services.AddSingleton(new Shared.Navigation.NavItem("/console/regions", "Nav.Regions", 10, Policies.Staff));
        services.AddSingleton(new Shared.Navigation.NavItem("/console/users", "Nav.Users", 90, Policies.Admin));
        services.AddSingleton(new Shared.Navigation.NavItem("/console/audit", "Nav.Audit", 95, Policies.Admin));
    }

    public static void UsePlatform(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseMiddleware<EmptyQueryValues>();
        app.UseResponseCompression();
        app.UseMiddleware<SecurityHeaders>();
        // First, so that errors written on the way out are still in the request's language.
        app.UseRequestLocalization();
        // A database out of reach is a 503 on pages too (the error page says so); everything else unforeseen a 500.
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/error",
            CreateScopeForErrors = true,
            StatusCodeSelector = e => DatabaseUnavailable.Caused(e) ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError,
        });
        // Pages show the not-found page; the API answers empty error statuses with ProblemDetails,
        // and since that writes a body, the page re-execution further out leaves them alone.
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), api => api.UseStatusCodePages());
        app.UseAuthentication();
        app.UseMiddleware<SessionMiddleware>();
        app.UseMiddleware<ScopeMiddleware>();
        app.UseAuthorization();
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), api => api.UseMiddleware<QueryDateGuard>());
        app.UseAntiforgery();
    }

    public static void MapPlatform(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapHealthChecks("/health", new HealthCheckOptions { Predicate = check => !check.Tags.Contains(ReadyTag) });
        app.MapHealthChecks("/health/ready");
        app.MapTelemetry();
        app.MapCultureSwitch();
        app.MapSignOut();
        app.MapAuthApi();
        app.MapUsersApi();
        app.MapRegionsApi();
        app.MapAuditApi();
        app.MapPrivacyApi();
        app.MapNotificationsApi();
        app.MapRegionTemplate();
        app.MapRazorComponents<App>();
    }

    private static void AddKeysAndProxies(WebApplicationBuilder builder, LinliOptions options)
    {
        builder.AddDataProtectionKeys(options);

        // TLS ends at the reverse proxy; trust its X-Forwarded-* headers so cookies are marked secure
        // when the original request was HTTPS. Loopback proxies are trusted by default.
        builder.Services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in options.KnownProxies) o.KnownProxies.Add(IPAddress.Parse(proxy));
        });
    }
}
