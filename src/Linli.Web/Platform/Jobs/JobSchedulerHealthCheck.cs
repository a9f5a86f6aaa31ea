using Microsoft.Extensions.Diagnostics.HealthChecks;
using Quartz;

namespace Linli.Web.Platform.Jobs;

/// <summary>Ready only while this host's scheduler runs: a host whose jobs stopped should leave the balancer's pool.</summary>
public sealed class JobSchedulerHealthCheck(ISchedulerFactory schedulers) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        return scheduler.Status == SchedulerStatus.Running ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy($"job scheduler {scheduler.Status}");
    }
}
