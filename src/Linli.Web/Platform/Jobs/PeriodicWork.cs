using System.Diagnostics.Metrics;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Data.Migrations.Postgres;
using Linli.Web.Platform.Hosting;
using Quartz;

namespace Linli.Web.Platform.Jobs;

/// <summary>Work the scheduler runs for the whole platform (reminders...). Each run is a fresh scope acting as the system.</summary>
public interface IPeriodicWork
{
    /// <summary>Does what is due now; returns how many things it did, for the log.</summary>
    Task<int> RunDueAsync(CancellationToken cancellationToken);
}

/// <summary>
/// Periodic work on Quartz.NET (docs/decisions/0010-jobs-on-quartz.md). Every Linli:Jobs:IntervalMinutes (60 by
/// default; 0 schedules nothing, as the tests do) each work runs once: on PostgreSQL Quartz's clustered store in the
/// same database hands each firing to exactly one host; on SQLite (one host) the store is in memory. A firing missed
/// while every host was down runs once when one comes back. The work must still be safe to run twice (each piece is
/// claimed by a conditional update before it is done): a host killed mid-run leaves its piece to the next run.
/// </summary>
public static class PeriodicWork
{
    public const string IntervalSetting = "Linli:Jobs:IntervalMinutes";
    private const string Group = "linli";

    /// <summary>Schedules <typeparamref name="TWork"/> (registered by the caller) as a Quartz job.</summary>
    public static void AddPeriodicWork<TWork>(this WebApplicationBuilder builder) where TWork : class, IPeriodicWork
    {
        if (IntervalOf(builder.Configuration) is not { } interval) return;
        var job = new JobKey(typeof(TWork).Name, Group);
        builder.Services.ConfigureAllQuartzSchedulers(q =>
        {
            q.AddJob<PeriodicWorkJob>(j => j.WithIdentity(job).UsingJobData(PeriodicWorkJob.WorkKey, typeof(TWork).AssemblyQualifiedName!));
            q.AddTrigger(t => t.ForJob(job).WithIdentity(TriggerName(typeof(TWork), interval), Group)
                .StartAt(DateTimeOffset.UtcNow + interval)
                // Down for a night: one run on the way back, not one for every hour missed.
                .WithSimpleSchedule(s => s.WithInterval(interval).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow)));
        });
    }

    /// <summary>Starts the scheduler: clustered in the database on PostgreSQL, in memory on SQLite.</summary>
    public static void AddJobs(this WebApplicationBuilder builder, LinliOptions options)
    {
        // Each host keeps the triggers as stored: a restart neither resets the schedule nor runs everything again.
        builder.Services.Configure<QuartzOptions>(o =>
        {
            o.Scheduling.IgnoreDuplicates = true;
            o.Scheduling.OverwriteExistingData = false;
        });
        builder.Services.AddQuartz(q =>
        {
            q.ConfigureScheduler(s => s.InstanceName = "Linli");
            if (options.Provider != DatabaseProvider.Postgres) return;
            q.ConfigureScheduler(s => s.GenerateInstanceId = true);
            q.UsePersistentStore(store =>
            {
                store.UsePostgres(source => source.ConnectionString = builder.Configuration.GetConnectionString("Linli")!);
                // The tables are Linli's migrations' (Migrations/Postgres/QuartzTables.cs); Quartz checks them at start.
                store.ConfigureStore(o => o.TablePrefix = $"{QuartzTables.Schema}.qrtz_");
                store.UseClustering(_ => { });
            });
        });
        builder.Services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        builder.Services.AddSingleton<JobMetrics>();
    }

    internal static TimeSpan? IntervalOf(IConfiguration configuration) =>
        configuration.GetValue(IntervalSetting, 60.0) is > 0 and var minutes ? TimeSpan.FromMinutes(minutes) : null;

    /// <summary>The interval is part of the trigger's name: a changed setting is a new trigger, and the old one retires itself.</summary>
    internal static string TriggerName(Type work, TimeSpan interval) => $"{work.Name}-every-{interval.TotalMinutes:0.###}m";
}

/// <summary>One firing of an <see cref="IPeriodicWork"/>: a fresh scope acting as the system; a failure is logged and the next firing tries again.</summary>
[DisallowConcurrentExecution]
public sealed class PeriodicWorkJob(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<PeriodicWorkJob> logger, JobMetrics metrics) : IJob
{
    public const string WorkKey = "work";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var work = Type.GetType(context.MergedJobDataMap.GetString(WorkKey) ?? "");
        if (work is null || PeriodicWork.IntervalOf(configuration) is not { } interval || context.Trigger.Key.Name != PeriodicWork.TriggerName(work, interval))
        {
            // A trigger of an interval no longer configured (or of work that is gone): take it out of the schedule.
            await context.Scheduler.UnscheduleJob(context.Trigger.Key, cancellationToken);
            return;
        }
        // Which firing this is: on several hosts each scheduled time runs on one of them (TwoHostsTests reads this).
        logger.LogDebug("{Job} fired for {Scheduled:o}", work.Name, context.ScheduledFireTimeUtc);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<Scoping.AccessScope>().ActAsSystem();
            var done = await ((IPeriodicWork)scope.ServiceProvider.GetRequiredService(work)).RunDueAsync(cancellationToken);
            if (done > 0) logger.LogInformation("{Job}: {Count} done", work.Name, done);
            metrics.Ran(work.Name, "done");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A bad night for the database must not stop tomorrow's run.
            logger.LogError(e, "{Job} failed", work.Name);
            metrics.Ran(work.Name, "failed");
        }
    }
}

/// <summary>How often each job ran on this host, and how it ended (meter <c>Linli</c>, <c>linli.jobs.runs</c>).</summary>
public sealed class JobMetrics(IMeterFactory meters)
{
    private readonly Counter<long> runs = meters.Create(Hosting.Telemetry.MeterName).CreateCounter<long>("linli.jobs.runs", "{run}", "Runs of scheduled work");

    public void Ran(string job, string outcome) => runs.Add(1, new("job", job), new("outcome", outcome));
}
