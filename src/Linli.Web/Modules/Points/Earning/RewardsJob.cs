using Linli.Web.Platform.Jobs;

namespace Linli.Web.Modules.Points.Earning;

/// <summary>The timer's part of the earning rules: attendance points and weekly thresholds the desks did not already grant.</summary>
public sealed class RewardsJob(EarningService earning) : IPeriodicWork
{
    public Task<int> RunDueAsync(CancellationToken cancellationToken) => earning.RunDueAsync(cancellationToken);
}
