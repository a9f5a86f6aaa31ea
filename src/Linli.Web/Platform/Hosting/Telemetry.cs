using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Linli.Web.Platform.Hosting;

/// <summary>
/// Metrics and traces through OpenTelemetry, off unless configured: <c>Linli:Telemetry:Prometheus</c> opens a
/// Prometheus scrape at <c>/metrics</c> (for the monitoring network only: put it behind the proxy's allow-list);
/// <c>Linli:Telemetry:OtlpEndpoint</c> sends traces and metrics to a collector. Requests, the database (Npgsql,
/// EF Core), the scheduler and Linli's own instruments (meter <see cref="MeterName"/>: the sign-up writer's queue
/// and batches, job runs) are measured; no instrument carries a name, an id number or any other personal value.
/// </summary>
public static class Telemetry
{
    /// <summary>The meter Linli's own instruments belong to; a module creates them with IMeterFactory.Create(MeterName).</summary>
    public const string MeterName = "Linli";

    private const string PrometheusSetting = "Linli:Telemetry:Prometheus";
    private const string OtlpSetting = "Linli:Telemetry:OtlpEndpoint";

    public static void AddTelemetry(this WebApplicationBuilder builder)
    {
        var prometheus = builder.Configuration.GetValue(PrometheusSetting, false);
        var otlp = builder.Configuration[OtlpSetting] is { Length: > 0 } endpoint ? new Uri(endpoint) : null;
        if (!prometheus && otlp is null) return;
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("linli"))
            .WithMetrics(metrics =>
            {
                metrics.AddAspNetCoreInstrumentation().AddMeter(MeterName, "Npgsql", "Microsoft.EntityFrameworkCore", "Quartz");
                if (prometheus) metrics.AddPrometheusExporter();
                if (otlp is not null) metrics.AddOtlpExporter(o => o.Endpoint = otlp);
            })
            .WithTracing(tracing =>
            {
                tracing.AddAspNetCoreInstrumentation().AddSource("Npgsql", "Quartz");
                if (otlp is not null) tracing.AddOtlpExporter(o => o.Endpoint = otlp);
            });
    }

    public static void MapTelemetry(this WebApplication app)
    {
        if (app.Configuration.GetValue(PrometheusSetting, false)) app.MapPrometheusScrapingEndpoint("/metrics");
    }
}
