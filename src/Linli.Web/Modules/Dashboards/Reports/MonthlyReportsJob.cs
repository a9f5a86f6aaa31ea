using Linli.Web.Platform.Jobs;

namespace Linli.Web.Modules.Dashboards.Reports;

/// <summary>
/// Keeps last month's reports of every community, street and district on the scheduler: the first run of the 1st takes
/// them, later runs find nothing left (a host down on the 1st takes them on its way back). Safe on two hosts at once:
/// the unique index keeps the first of each.
/// </summary>
public sealed class MonthlyReportsJob(MonthlyReports reports) : IPeriodicWork
{
    public Task<int> RunDueAsync(CancellationToken cancellationToken) => reports.KeepLastMonthAsync(cancellationToken);
}
