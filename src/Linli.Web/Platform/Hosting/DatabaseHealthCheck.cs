using Linli.Web.Platform.Data;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Linli.Web.Platform.Hosting;

/// <summary>/health answers healthy only while the database answers.</summary>
public sealed class DatabaseHealthCheck(LinliDb db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken) ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("database unreachable");
}
