using Linli.Web.Platform.Scoping;

namespace Linli.Web.Platform.Jobs;

/// <summary>Work a timer runs for the whole platform (reminders...). Each run is a fresh scope acting as the system.</summary>
public interface IPeriodicWork
{
    /// <summary>Does what is due now; returns how many things it did, for the log.</summary>
    Task<int> RunDueAsync(CancellationToken cancellationToken);
}

/// <summary>
/// Runs <typeparamref name="TWork"/> every Linli:Jobs:IntervalMinutes (60 by default; 0 turns every job off, as the
/// tests do). The work must be safe to run twice at once or twice in a row: each piece is claimed by a conditional
/// update before it is done. No schedule store is needed for that; Quartz comes when jobs need calendars.
/// </summary>
public sealed class PeriodicJob<TWork>(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<PeriodicJob<TWork>> logger) : BackgroundService
    where TWork : IPeriodicWork
{
    public const string IntervalSetting = "Linli:Jobs:IntervalMinutes";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var minutes = configuration.GetValue(IntervalSetting, 60.0);
        if (minutes <= 0) return;
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(minutes));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<AccessScope>().ActAsSystem();
                var done = await scope.ServiceProvider.GetRequiredService<TWork>().RunDueAsync(stoppingToken);
                if (done > 0) logger.LogInformation("{Job}: {Count} done", typeof(TWork).Name, done);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A bad night for the database must not stop tomorrow's run.
                logger.LogError(e, "{Job} failed", typeof(TWork).Name);
            }
        }
    }
}
